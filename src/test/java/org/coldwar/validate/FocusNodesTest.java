package org.coldwar.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.coldwar.TestFiles;
import org.coldwar.map.BuildInfo;
import org.coldwar.map.DatasetAssembler;
import org.coldwar.map.IriMinter;
import org.coldwar.map.StageCache;
import org.coldwar.vocab.Ontology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link FocusNodes} targets, among any candidates, exactly the nodes Jena's validator targets:
 * over the FRUS slice with the ontology, every shape of {@code shapes/} (class targets through
 * subclasses, subjects-of targets, SPARQL targets), for every subject and for every other one.
 */
class FocusNodesTest {

    @TempDir
    Path temp;

    @Test
    void everyShapeTargetsWhatJenasValidatorTargetsAmongTheCandidates() throws IOException {
        Graph data = theFrusSliceWithTheOntology();
        Set<Node> subjects = new HashSet<>();
        data.find().forEachRemaining(t -> subjects.add(t.getSubject()));
        Set<Node> everyOther = new HashSet<>();
        subjects.stream().sorted(java.util.Comparator.comparing(Node::toString)).reduce(0, (i, node) -> {
            if (i % 2 == 0) {
                everyOther.add(node);
            }
            return i + 1;
        }, Integer::sum);
        List<Shape> shapes = List.copyOf(ShapesCatalog.shapes().getTargetShapes());
        FocusNodes focusNodes = new FocusNodes();
        for (Set<Node> candidates : List.of(subjects, everyOther)) {
            Map<Shape, Set<Node>> found = focusNodes.among(shapes, data, candidates);
            int targeting = 0;
            for (Shape shape : shapes) {
                Set<Node> expected = new HashSet<>(VLib.focusNodes(data, shape));
                expected.retainAll(candidates);
                assertEquals(expected, found.get(shape), shape.toString());
                targeting += expected.isEmpty() ? 0 : 1;
            }
            assertTrue(targeting >= 10, "most shapes target some of the slice's nodes: " + targeting);
        }
    }

    private Graph theFrusSliceWithTheOntology() throws IOException {
        Path seeds = TestFiles.frusEdition(temp.resolve("seeds"));
        Graph data = GraphFactory.createDefaultGraph();
        Ontology.get().graph().find().forEachRemaining(data::add);
        new DatasetAssembler(seeds, "seeds", IriMinter.of(IriMinter.DEFAULT_BASE), new BuildInfo("test", Instant.EPOCH))
                .assemble(new StreamRDFBase() {
                    @Override
                    public void quad(Quad quad) {
                        data.add(quad.asTriple());
                    }
                }, StageCache.none(), DatasetAssembler.Parts.NONE);
        return data;
    }
}
