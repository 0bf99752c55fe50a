package org.coldwar.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.coldwar.TestFiles;
import org.coldwar.map.ProvenanceIndex;
import org.coldwar.source.CsvReader;
import org.coldwar.source.CsvRow;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests of the shapes, driven by {@code cases/shapes/manifest.csv}: each case applies a
 * SPARQL Update to the conforming graph of the mapping golden case and expects a number of
 * violations, one of which carries the expected message. Every shape has a violating case.
 */
class ShapesCasesTest {

    static final String PREFIXES = """
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX cw: <https://w3id.org/coldwar/ontology#>
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX entity: <https://w3id.org/coldwar/entity/>
            PREFIX schema: <http://schema.org/>
            PREFIX cito: <http://purl.org/spar/cito/>
            PREFIX edtf: <http://id.loc.gov/datatypes/edtf/>
            PREFIX claim: <https://w3id.org/coldwar/claim/>
            PREFIX citation: <https://w3id.org/coldwar/citation/report/>
            """;

    private static final ShaclGate GATE = ShaclGate.standard();

    static List<CsvRow> manifest() {
        List<CsvRow> rows = new ArrayList<>();
        new CsvReader("manifest.csv", List.of("case", "update", "violations", "message"))
                .read(TestFiles.resource("cases/shapes/manifest.csv"), rows::add);
        return rows;
    }

    static Graph conformingGraph() {
        DatasetGraph dataset = DatasetGraphFactory.create();
        RDFDataMgr.read(dataset, TestFiles.resource("cases/mapping/base/expected.trig").toString());
        Graph graph = GraphFactory.createDefaultGraph();
        dataset.getUnionGraph().find().forEachRemaining(graph::add);
        return graph;
    }

    private static ShaclGate.Outcome validate(String update) {
        Graph graph = conformingGraph();
        if (!update.isBlank()) {
            UpdateExec.dataset(DatasetGraphFactory.wrap(graph)).update(PREFIXES + update).execute();
        }
        return GATE.validate(graph, new ProvenanceIndex());
    }

    @TestFactory
    Stream<DynamicTest> eachCaseGivesItsViolations() {
        return manifest().stream().map(row -> DynamicTest.dynamicTest(row.get("case"), () -> {
            ShaclGate.Outcome outcome = validate(row.get("update"));
            String messages = outcome.problems().stream().map(Object::toString).collect(Collectors.joining("\n"));
            assertEquals(Integer.parseInt(row.get("violations")), outcome.problems().size(), messages);
            assertTrue(messages.contains(row.get("message")), messages);
        }));
    }

    @Test
    void everyShapeHasAViolatingCase() {
        Set<String> violated = new TreeSet<>();
        Graph shapes = GATE.shapesGraph();
        for (CsvRow row : manifest()) {
            for (ReportEntry entry : validate(row.get("update")).report().getEntries()) {
                violated.add(nodeShapeOf(shapes, entry.source()));
            }
        }
        Set<String> declared = new TreeSet<>();
        shapes.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().getURI().startsWith("http://www.w3.org/ns/shacl#")
                    && t.getObject().getURI().endsWith("Shape")) {
                declared.add(t.getSubject().getLocalName());
            }
        });
        declared.removeAll(violated);
        assertTrue(declared.isEmpty(), "shapes with no violating case: " + declared);
    }

    /** The named node shape a reported shape belongs to (property shapes are reached by sh:property). */
    private static String nodeShapeOf(Graph shapes, Node shape) {
        Node owner = shapes.find(Node.ANY, SH_PROPERTY, shape).nextOptional().map(t -> t.getSubject()).orElse(shape);
        return owner.isURI() ? owner.getLocalName() : owner.toString();
    }

    private static final Node SH_PROPERTY = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/shacl#property");
}
