package org.coldwar.extract;

import java.util.Objects;

import org.coldwar.problem.Location;

/**
 * A verified link from one of our entities to a Wikidata item, with how it was verified.
 *
 * @param qid {@code Q} followed by digits
 * @param match {@link Match#EXACT} is published as {@code owl:sameAs}, {@link Match#CLOSE} as {@code skos:closeMatch}
 * @param evidence where the link was verified; never empty
 */
public record WikidataLink(String entityId, String qid, Match match, String wikidataLabel, String evidence,
        Location declaredAt) {

    /** How sure the identity is. */
    public enum Match { EXACT, CLOSE }

    public WikidataLink {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(qid, "qid");
        Objects.requireNonNull(match, "match");
    }
}
