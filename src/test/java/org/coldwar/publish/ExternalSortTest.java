package org.coldwar.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The external sort gives every distinct statement added, in dump order, term for term as
 * added (lexical forms, language tags, directions, datatypes, blank nodes), whether it held them
 * in one buffer or merged many runs from disk.
 */
class ExternalSortTest {

    @TempDir
    Path temp;

    /** Terms whose encoding could lose something: non-canonical lexical forms, tags, odd characters. */
    static final List<Node> OBJECTS = List.of(
            NodeFactory.createLiteralString("plain"),
            NodeFactory.createLiteralString("line\nbreak \"quoted\" \\ tab\t"),
            NodeFactory.createLiteralString("Сталин 毛泽东 \uD83D\uDCDC"),
            NodeFactory.createLiteralLang("Stalin", "en"),
            NodeFactory.createLiteralLang("Staline", "fr-CA"),
            NodeFactory.createLiteralDirLang("ستالين", "ar", "rtl"),
            NodeFactory.createLiteralDT("007", XSDDatatype.XSDinteger),
            NodeFactory.createLiteralDT("1.50", XSDDatatype.XSDdecimal),
            NodeFactory.createLiteralDT("1953-03-05", XSDDatatype.XSDdate),
            NodeFactory.createLiteralDT("1950-02", XSDDatatype.XSDgYearMonth),
            NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean),
            NodeFactory.createLiteralDT("195X", new BaseDatatype("http://id.loc.gov/datatypes/edtf/EDTF")),
            NodeFactory.createURI("https://www.wikidata.org/wiki/Q855"),
            NodeFactory.createURI("https://example.org/entity/Mao_Zedong?x=%C3%A9#frag"),
            NodeFactory.createBlankNode("b0"));

    @Test
    void quadsComeBackDistinctInDumpOrderFromManyRuns() throws Exception {
        List<Quad> added = randomQuads(5_000, new Random(11));
        List<Quad> expected = added.stream().distinct().sorted(DumpWriter.QUADS).toList();
        for (int buffer : new int[] {100_000, 997, 64}) {
            assertEquals(expected, sortAll(added, buffer, ExternalSort.QUADS), "buffer of " + buffer);
        }
    }

    @Test
    void triplesComeBackDistinctInDumpOrderFromManyRuns() throws Exception {
        List<Triple> added = randomQuads(5_000, new Random(12)).stream().map(Quad::asTriple).toList();
        List<Triple> expected = added.stream().distinct().sorted(DumpWriter.TRIPLES).toList();
        for (int buffer : new int[] {100_000, 997, 64}) {
            assertEquals(expected, sortAll(added, buffer, ExternalSort.TRIPLES), "buffer of " + buffer);
        }
    }

    private <T> List<T> sortAll(List<T> statements, int buffer, ExternalSort.Codec<T> codec) throws Exception {
        Path dir = Files.createTempDirectory(temp, "runs");
        List<T> out = new ArrayList<>();
        try (ExternalSort<T> sort = new ExternalSort<>(dir, "s", buffer, codec)) {
            statements.forEach(sort::add);
            assertEquals(statements.size(), sort.added());
            for (Iterator<T> it = sort.sorted(); it.hasNext();) {
                out.add(it.next());
            }
        }
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count(), "runs removed on close");
        }
        return out;
    }

    /** Quads drawn from few subjects, graphs and predicates, so that duplicates are frequent. */
    private static List<Quad> randomQuads(int n, Random random) {
        List<Quad> quads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Node graph = i % 7 == 0 ? Quad.defaultGraphIRI
                    : NodeFactory.createURI("https://example.org/graph/" + random.nextInt(5));
            Node subject = NodeFactory.createURI("https://example.org/claim/" + random.nextInt(40));
            Node predicate = NodeFactory.createURI("https://example.org/ontology#p" + random.nextInt(6));
            quads.add(Quad.create(graph, subject, predicate, OBJECTS.get(random.nextInt(OBJECTS.size()))));
        }
        return quads;
    }
}
