package org.coldwar.publish;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.coldwar.vocab.CW;

/**
 * The counts a release's VoID description gives, taken in one pass over the distinct triples of
 * the merged graph sorted by subject (as the N-Triples dump is written), holding one subject's
 * flags at a time and the set of properties.
 */
final class ReleaseStatistics extends StreamRDFBase {

    private static final Node PROPOSED = CW.term("Proposed");

    private long triples;
    private long subjects;
    private long labelled;
    private long publishedEntities;
    private long claims;
    private long sources;
    private long passages;
    private long sameAs;
    private long closeMatches;
    private final Set<Node> properties = new HashSet<>();

    private Node subject;
    private boolean hasPrefLabel;
    private boolean proposed;

    @Override
    public void triple(Triple triple) {
        if (!triple.getSubject().equals(subject)) {
            endSubject();
            subject = triple.getSubject();
            subjects++;
        }
        triples++;
        Node p = triple.getPredicate();
        Node o = triple.getObject();
        properties.add(p);
        if (p.equals(SKOS.prefLabel.asNode())) {
            hasPrefLabel = true;
        } else if (p.equals(CW.reviewStatus) && o.equals(PROPOSED)) {
            proposed = true;
        } else if (p.equals(OWL.sameAs.asNode())) {
            sameAs++;
        } else if (p.equals(SKOS.closeMatch.asNode())) {
            closeMatches++;
        } else if (p.equals(RDF.type.asNode())) {
            if (o.equals(CW.Claim)) {
                claims++;
            } else if (o.equals(CW.term("SourceDocument"))) {
                sources++;
            } else if (o.equals(CW.term("Passage"))) {
                passages++;
            }
        }
    }

    @Override
    public void finish() {
        endSubject();
        subject = null;
    }

    private void endSubject() {
        if (subject != null && hasPrefLabel) {
            labelled++;
            if (!proposed) {
                publishedEntities++;
            }
        }
        hasPrefLabel = false;
        proposed = false;
    }

    long triples() {
        return triples;
    }

    long subjects() {
        return subjects;
    }

    /** Distinct resources with a preferred label (VoID's {@code void:entities}). */
    long labelled() {
        return labelled;
    }

    /** Labelled resources that are not a program's unreviewed proposal: the entities a release reports. */
    long publishedEntities() {
        return publishedEntities;
    }

    long properties() {
        return properties.size();
    }

    long claims() {
        return claims;
    }

    long sources() {
        return sources;
    }

    long passages() {
        return passages;
    }

    long sameAs() {
        return sameAs;
    }

    long closeMatches() {
        return closeMatches;
    }
}
