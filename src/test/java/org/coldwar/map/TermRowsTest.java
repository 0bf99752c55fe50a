package org.coldwar.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/**
 * Rows read back give every term as written, whatever its kind, its length or the row before it;
 * a stream cut short or of another kind is refused, and so is a term a row cannot hold.
 */
class TermRowsTest {

    private static final Node LONG = NodeFactory.createLiteralString("x".repeat(200_000) + "é");

    private static final List<Node> TERMS = List.of(
            NodeFactory.createURI("https://example.org/entity/Mao_Zedong?x=%C3%A9#frag"),
            NodeFactory.createBlankNode("b0"),
            NodeFactory.createLiteralString(""),
            NodeFactory.createLiteralString("line\nbreak \"quoted\" Сталин 毛泽东 \uD83D\uDCDC"),
            NodeFactory.createLiteralLang("Staline", "fr-CA"),
            NodeFactory.createLiteralDirLang("ستالين", "ar", "rtl"),
            NodeFactory.createLiteralDT("007", XSDDatatype.XSDinteger),
            NodeFactory.createLiteralDT("1953-03-05", XSDDatatype.XSDdate),
            NodeFactory.createLiteralDT("195X", new BaseDatatype("http://id.loc.gov/datatypes/edtf/EDTF")),
            Quad.defaultGraphIRI, LONG);

    @Test
    void everyTermComesBackAsWritten() {
        List<Node[]> rows = new ArrayList<>();
        Node graph = NodeFactory.createURI("https://example.org/graph/g");
        for (int i = 0; i < 3 * TERMS.size(); i++) {
            Node subject = TERMS.get(i / 3 % 2);
            Node predicate = NodeFactory.createURI("https://example.org/p" + (i % 2));
            Node object = TERMS.get(i % TERMS.size());
            rows.add(i % 4 == 3 ? new Node[] {subject, predicate, object} : new Node[] {graph, subject, predicate, object});
            rows.add(rows.get(rows.size() - 1).clone());
        }
        byte[] bytes = write(rows);
        TermRows.Reader reader = new TermRows.Reader(new ByteArrayInputStream(bytes));
        for (Node[] written : rows) {
            assertArrayEquals(written, reader.next());
        }
        assertNull(reader.next());
        assertNull(reader.next());
    }

    @Test
    void aStreamCutShortOrOfAnotherKindIsRefused() {
        byte[] bytes = write(List.<Node[]>of(new Node[] {TERMS.get(0), TERMS.get(0), TERMS.get(3)}));
        for (int cut = 1; cut < bytes.length; cut++) {
            TermRows.Reader reader = new TermRows.Reader(new ByteArrayInputStream(Arrays.copyOf(bytes, cut)));
            assertThrows(UncheckedIOException.class, reader::next, "cut at " + cut);
        }
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> new TermRows.Reader(new ByteArrayInputStream("@prefix".getBytes())).next());
        assertTrue(e.getMessage().contains("not a statement row"), e.getMessage());
    }

    @Test
    void aTermARowCannotHoldIsRefused() {
        TermRows.Writer writer = new TermRows.Writer(new ByteArrayOutputStream());
        Node variable = NodeFactory.createVariable("x");
        assertThrows(IllegalArgumentException.class, () -> writer.write(TERMS.get(0), TERMS.get(0), variable));
    }

    @Test
    void aRepeatedGraphOrSubjectTakesOneByte() {
        Node[] row = {TERMS.get(0), TERMS.get(0), TERMS.get(0), TERMS.get(0)};
        assertEquals(5, write(List.of(row, row)).length - write(List.<Node[]>of(row)).length);
    }

    private static byte[] write(List<Node[]> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TermRows.Writer writer = new TermRows.Writer(out);
        rows.forEach(writer::write);
        writer.flush();
        return out.toByteArray();
    }
}
