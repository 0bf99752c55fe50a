package org.coldwar.extract.auto;

import java.util.List;

/**
 * A claim a rule proposes from one sentence, for a person to review: about an event or work the
 * rule proposes too ({@code subjectKey}, e.g. a meeting of the persons the sentence names), or
 * about an entity of the authority file. Never published as a fact until accepted.
 *
 * @param key a stable identifier of the proposal within its source (rule, sentence offsets, value),
 *     the key of its row in the review file
 * @param subjectKey the proposed event or work the claim is about
 * @param subjectType the ontology class of that subject ({@code Meeting}, {@code Work}); empty
 *     when the subject is an entity of the authority file (a treaty's signatory, a person's position)
 * @param subjectLabel how the review file and the pages name it
 * @param property a claim property of the ontology
 * @param value an entity id, or an EDTF date for {@code pointInTime}
 * @param start code point offset of the sentence the rule fired on
 * @param end end of that sentence, exclusive
 * @param confidence the rule's measured precision
 * @param rule the rule's name
 * @param evidence the mentions and time expression the rule used, in words
 */
public record CandidateClaim(String key, String subjectKey, String subjectType, String subjectLabel, String property,
        String value, int start, int end, double confidence, String rule, List<String> evidence) {

    public CandidateClaim {
        evidence = List.copyOf(evidence);
    }
}
