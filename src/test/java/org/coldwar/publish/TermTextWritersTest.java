package org.coldwar.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * The writers that remember terms' texts write byte for byte what RIOT's streaming writers write,
 * with more distinct terms than they remember (so remembered texts are replaced), terms whose
 * text could go wrong (escapes, tags, datatypes, blank nodes) and a prefix declared after data.
 */
class TermTextWritersTest {

    private static final String BASE = "https://example.org/";

    @Test
    void nQuadsAsRiotWritesThem() {
        assertSameBytes(RDFFormat.NQUADS_UTF8, TermTextWriters::lines, true);
    }

    @Test
    void nTriplesAsRiotWritesThem() {
        assertSameBytes(RDFFormat.NTRIPLES_UTF8, TermTextWriters::lines, false);
    }

    @Test
    void trigBlocksAsRiotWritesThem() {
        assertSameBytes(RDFFormat.TRIG_BLOCKS, TermTextWriters::blocks, true);
    }

    @Test
    void turtleBlocksAsRiotWritesThem() {
        assertSameBytes(RDFFormat.TURTLE_BLOCKS, TermTextWriters::blocks, false);
    }

    private static void assertSameBytes(RDFFormat format,
            Function<java.io.OutputStream, StreamRDF> ours, boolean quads) {
        List<Quad> statements = statements(3 * TermTexts.SLOTS, new Random(7));
        byte[] riot = write(statements, out -> StreamRDFWriter.getWriterStream(out, format), quads);
        byte[] remembering = write(statements, ours, quads);
        assertTrue(riot.length > 1_000_000, "a test of some size: " + riot.length + " bytes");
        assertArrayEquals(riot, remembering, format.toString());
    }

    private static byte[] write(List<Quad> statements, Function<java.io.OutputStream, StreamRDF> writer,
            boolean quads) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamRDF sink = writer.apply(bytes);
        sink.start();
        sink.prefix("ex", BASE);
        sink.prefix("claim", BASE + "claim/");
        for (int i = 0; i < statements.size(); i++) {
            if (i == 1000) {
                sink.prefix("entity", BASE + "entity/");
            }
            if (quads) {
                sink.quad(statements.get(i));
            } else {
                sink.triple(statements.get(i).asTriple());
            }
        }
        sink.finish();
        return bytes.toByteArray();
    }

    /** Sorted, distinct statements over many subjects and values, some terms recurring often. */
    private static List<Quad> statements(int n, Random random) {
        List<Quad> quads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Node graph = i % 11 == 0 ? Quad.defaultGraphIRI
                    : NodeFactory.createURI(BASE + "graph/" + random.nextInt(40));
            Node subject = random.nextInt(50) == 0 ? NodeFactory.createBlankNode("b" + random.nextInt(100))
                    : NodeFactory.createURI(BASE + "claim/" + random.nextInt(30_000));
            Node predicate = random.nextInt(8) == 0 ? RDF.type.asNode()
                    : NodeFactory.createURI(BASE + "ontology#p" + random.nextInt(12));
            Node object = switch (random.nextInt(4)) {
                case 0 -> ExternalSortTest.OBJECTS.get(random.nextInt(ExternalSortTest.OBJECTS.size()));
                case 1 -> NodeFactory.createURI(BASE + "entity/e" + random.nextInt(150_000));
                case 2 -> NodeFactory.createLiteralString("passage " + random.nextInt(150_000) + "\n\"quoted\""
                        + (random.nextBoolean() ? "" : " and a long quote".repeat(10)));
                default -> NodeFactory.createURI(BASE + "ontology#C" + random.nextInt(20));
            };
            quads.add(Quad.create(graph, subject, predicate, object));
        }
        return quads.stream().distinct().sorted(DumpWriter.QUADS).toList();
    }
}
