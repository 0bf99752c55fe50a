package org.coldwar.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.coldwar.validate.ShapesCatalog;
import org.junit.jupiter.api.Test;

/** The Java mirrors of the RDF files agree with them. */
class VocabularyTest {

    @Test
    void everyConstantOfCwIsDeclaredInTheOntology() throws IllegalAccessException {
        for (Field field : CW.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Node.class) {
                Node term = (Node) field.get(null);
                assertTrue(Ontology.get().declares(term), "ontology/coldwar.ttl lacks " + term);
            }
        }
    }

    @Test
    void everyTermOfTheOntologyHasLabelCommentAndIsDefinedBy() {
        Ontology.get().graph().find(null, RDFS.isDefinedBy.asNode(), null).forEachRemaining(t -> {
            Node term = t.getSubject();
            assertTrue(Ontology.get().graph().contains(term, RDFS.label.asNode(), Node.ANY), term + " has no label");
            assertTrue(Ontology.get().graph().contains(term, RDFS.comment.asNode(), Node.ANY), term + " has no comment");
        });
        Node ontology = NodeFactory.createURI(Namespaces.ONTOLOGY);
        assertTrue(Ontology.get().graph().contains(ontology, OWL.versionInfo.asNode(), Node.ANY));
        assertTrue(Ontology.get().graph().contains(ontology, OWL.versionIRI.asNode(), Node.ANY));
    }

    @Test
    void thePackagedOntologyIsTheOneInTheRepository() throws IOException {
        assertEquals(Files.readString(Path.of("ontology/coldwar.ttl")),
                new String(Ontology.class.getResourceAsStream(Ontology.RESOURCE).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void everyShapesFileIsListedInTheCatalog() throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(Path.of("shapes"))) {
            list.forEach(p -> files.add(p.getFileName().toString()));
        }
        assertEquals(files, new TreeSet<>(ShapesCatalog.FILES));
    }

    @Test
    void everyClaimPropertyNamesItsWikidataCounterpartOrSaysItHasNone() {
        Node close = org.apache.jena.vocabulary.SKOS.closeMatch.asNode();
        Set<String> unaligned = new TreeSet<>();
        for (String name : Ontology.get().claimProperties().names()) {
            Node property = CW.term(name);
            boolean aligned = Ontology.get().graph().find(property, close, Node.ANY).toList().stream()
                    .anyMatch(t -> t.getObject().getURI().startsWith(Namespaces.WDT));
            if (!aligned) {
                unaligned.add(name);
            }
        }
        assertEquals(Set.of("opponent"), unaligned, "Wikidata has no property for an opponent in general");
    }

    @Test
    void noPropertyIsEquivalentToAWikidataProperty() {
        assertFalse(Ontology.get().graph().contains(Node.ANY, OWL.equivalentProperty.asNode(), Node.ANY),
                "a reasoner would merge what our sources report with Wikidata's own statements");
    }

    @Test
    void claimPropertiesKnowTheClassesOfTheirSubjectsAndValues() {
        ClaimProperties properties = Ontology.get().claimProperties();
        assertEquals("Person", properties.valueClass("victim").orElseThrow());
        assertEquals("Event", properties.subjectClass("victim").orElseThrow());
        assertEquals("Treaty", properties.subjectClass("signatory").orElseThrow());
        assertTrue(properties.subjectClass("partOf").isEmpty());
        assertTrue(Ontology.get().isSubClassOf("State", "Agent"));
        assertTrue(Ontology.get().isSubClassOf("State", "Place"));
        assertFalse(Ontology.get().isSubClassOf("PoliticalParty", "Person"));
    }

    @Test
    void claimPropertiesKnowTheirValueKinds() {
        ClaimProperties properties = Ontology.get().claimProperties();
        assertEquals(ValueKind.ENTITY, properties.kindOf("participant").orElseThrow());
        assertEquals(ValueKind.DATE, properties.kindOf("pointInTime").orElseThrow());
        assertEquals(ValueKind.NUMBER, properties.kindOf("quantity").orElseThrow());
        assertEquals(ValueKind.DURATION, properties.kindOf("duration").orElseThrow());
        assertTrue(properties.kindOf("role").isEmpty(), "qualifier-only terms are not claim properties");
    }
}
