package org.coldwar.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.coldwar.map.ProvenanceIndex;
import org.coldwar.problem.Location;
import org.coldwar.vocab.CW;
import org.junit.jupiter.api.Test;

/**
 * An entity's statements gathered from every source are checked whole: what no single batch saw
 * (two sources naming one entity differently) is a violation at the entity's row, and what the
 * batches already checked with the claims beside them (a truthy triple) raises nothing here.
 */
class MergedEntityCheckTest {

    private static final Node LIU = NodeFactory.createURI("https://w3id.org/coldwar/entity/liu_shaoqi");
    private static final Node STALIN = NodeFactory.createURI("https://w3id.org/coldwar/entity/joseph_stalin");

    private static MergedEntityCheck check(List<Triple> sortedBySubject) {
        ProvenanceIndex provenance = new ProvenanceIndex();
        provenance.record(LIU, new Location("seeds/entities.csv", 7));
        provenance.record(STALIN, new Location("seeds/entities.csv", 3));
        MergedEntityCheck check = new MergedEntityCheck(ShaclGate.standard(), provenance);
        check.start();
        sortedBySubject.forEach(check::triple);
        check.finish();
        return check;
    }

    private static List<Triple> person(Node entity, String... englishNames) {
        List<Triple> triples = new java.util.ArrayList<>(List.of(
                Triple.create(entity, RDF.type.asNode(), CW.term("Person")),
                Triple.create(entity, RDFS.label.asNode(), NodeFactory.createLiteralLang(englishNames[0], "en"))));
        for (String name : englishNames) {
            triples.add(Triple.create(entity, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(name, "en")));
        }
        return triples;
    }

    @Test
    void twoSourcesNamingOneEntityDifferentlyIsAViolationAtItsRow() {
        List<Triple> triples = new java.util.ArrayList<>(person(LIU, "Liu Shaoqi", "Liu Shao-chi"));
        triples.addAll(person(STALIN, "Joseph Stalin"));
        MergedEntityCheck check = check(triples);
        assertEquals(2, check.checked());
        assertEquals(1, check.problems().size(), check.problems().toString());
        assertTrue(check.problems().get(0).toString().startsWith("seeds/entities.csv:7: SHACL: an entity needs exactly"
                + " one English preferred label"), check.problems().get(0).toString());
    }

    @Test
    void whatTheBatchesCheckedWithTheClaimsBesideThemIsNotCheckedAgain() {
        List<Triple> triples = new java.util.ArrayList<>(person(STALIN, "Joseph Stalin"));
        triples.add(Triple.create(STALIN, CW.term("memberOfParty"),
                NodeFactory.createURI("https://w3id.org/coldwar/entity/cpsu")));  // backed by a claim of its source's part
        MergedEntityCheck check = check(triples);
        assertEquals(List.of(), check.problems());
    }
}
