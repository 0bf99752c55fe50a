package org.coldwar.source.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.coldwar.problem.InvalidDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text rule on a small document whose expected output convert.py produced; then every error path. */
class TeiReaderTest {

    /** convert.py gives the text and person spans asserted below for this input. */
    private static final String RULES = """
            <div type="document" xml:id="t1" frus:doc-dateTime-min="1955-01-01"><head>1. T<note n="1" \
            xml:id="t1fn1" type="source">Source: <persName corresp="#p_A1">A</persName>.</note></head>
              <dateline><placeName>Paris</placeName>, <date when="1955-01-01">January 1</date></dateline>
            <p>One<lb/>two<pb n="2"/>three <placeName>Paris</placeName>.<note n="2">Second<note>nested</note> \
            <p>note</p></note></p>
            <p><!-- c -->x&amp;y <persName corresp="#p_B1 #p_C1"> Bo  </persName> <persName>Nobody</persName></p><p>  </p>
            <list><label>1.</label><item>first <gloss target="#t_X">X</gloss></item><item>second</item></list>
            <note rend="inline">inline</note>
            </div>""";

    private static TeiDocument rules() {
        return new TeiReader().parse(RULES, "cases/t1.xml");
    }

    @Test
    void textFollowsConvertPysRule() {
        TeiDocument doc = rules();
        assertEquals("1. T\nParis, January 1\nOne twothree Paris.\nx&y Bo Nobody\n1. first X\nsecond\ninline\n"
                + "Notes:\n[1] Source: A.\n[2] Secondnested note\n", doc.text());
        assertEquals("t1", doc.id());
        assertEquals("t1.xml", doc.fileName());
        assertEquals("1. T", doc.title());
        assertEquals("1955-01-01", doc.dateMin());
        assertEquals("", doc.dateMax());
        assertEquals("Paris, January 1", doc.dateline());
    }

    @Test
    void spansPointWhereTheirElementsAre() {
        assertEquals(List.of(
                new TeiDocument.TeiSpan("placeName", 5, 10, "Paris", "", "/div[1]/dateline[1]/placeName[1]"),
                new TeiDocument.TeiSpan("date", 12, 21, "January 1", "1955-01-01", "/div[1]/dateline[1]/date[1]"),
                new TeiDocument.TeiSpan("placeName", 35, 40, "Paris", "", "/div[1]/p[1]/placeName[1]"),
                new TeiDocument.TeiSpan("persName", 46, 48, "Bo", "p_B1 p_C1", "/div[1]/p[2]/persName[1]"),
                new TeiDocument.TeiSpan("gloss", 65, 66, "X", "t_X", "/div[1]/list[1]/item[1]/gloss[1]"),
                new TeiDocument.TeiSpan("persName", 100, 101, "A", "p_A1", "/div[1]/head[1]/note[1]/persName[1]")),
                rules().spans());
    }

    @Test
    void notesSitAfterNotesAndRememberTheirPlace() {
        assertEquals(List.of(
                new TeiDocument.TeiNote("1", "t1fn1", "source", 92, 102, 4, "/div[1]/head[1]/note[1]"),
                new TeiDocument.TeiNote("2", "", "", 107, 124, 41, "/div[1]/p[1]/note[1]")),
                rules().notes());
    }

    @Test
    void blocksAreTheLinesElements() {
        assertEquals(List.of(
                new TeiDocument.TeiBlock("head", 0, 4, "/div[1]/head[1]"),
                new TeiDocument.TeiBlock("dateline", 5, 21, "/div[1]/dateline[1]"),
                new TeiDocument.TeiBlock("p", 22, 41, "/div[1]/p[1]"),
                new TeiDocument.TeiBlock("p", 42, 55, "/div[1]/p[2]"),
                new TeiDocument.TeiBlock("list", 56, 73, "/div[1]/list[1]"),
                new TeiDocument.TeiBlock("label", 56, 58, "/div[1]/list[1]/label[1]"),
                new TeiDocument.TeiBlock("item", 59, 66, "/div[1]/list[1]/item[1]"),
                new TeiDocument.TeiBlock("item", 67, 73, "/div[1]/list[1]/item[2]"),
                new TeiDocument.TeiBlock("note", 74, 80, "/div[1]/note[1]")),
                rules().blocks());
    }

    @Test
    void offsetsCountCodePointsNotUtf16Units() {
        TeiDocument doc = new TeiReader().parse("<div type=\"document\" xml:id=\"x\"><p>\uD835\uDD38 "
                + "<persName corresp=\"#p_A1\">Ann</persName></p></div>", "x.xml");
        assertEquals(List.of(new TeiDocument.TeiSpan("persName", 2, 5, "Ann", "p_A1", "/div[1]/p[1]/persName[1]")),
                doc.spans());
    }

    @Test
    void malformedXmlNamesFileAndLine() {
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> new TeiReader().parse(
                "<div type=\"document\" xml:id=\"d1\">\n<p>one\n<p>two</p>\n</div>", "seeds/d1.xml"));
        assertTrue(e.getMessage().startsWith("seeds/d1.xml:4: not well-formed XML: "), e.getMessage());
        assertTrue(e.getMessage().contains("\"p\""), e.getMessage());
    }

    @Test
    void doctypeWithExternalEntityIsRefused() {
        String xxe = "<!DOCTYPE div [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<div type=\"document\" xml:id=\"d1\"><p>&xxe;</p></div>";
        InvalidDataException e = assertThrows(InvalidDataException.class,
                () -> new TeiReader().parse(xxe, "seeds/d1.xml"));
        assertEquals("seeds/d1.xml:1: DOCTYPE is not allowed (DTDs and external entities are refused)",
                e.getMessage());
    }

    @Test
    void undeclaredEntityIsRefused() {
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> new TeiReader().parse(
                "<div type=\"document\" xml:id=\"d1\">\n<p>&xxe;</p></div>", "seeds/d1.xml"));
        assertTrue(e.getMessage().startsWith("seeds/d1.xml:2: not well-formed XML: "), e.getMessage());
    }

    @Test
    void aDivThatIsNotADocumentIsRefusedAtItsLine() {
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> new TeiReader().parse(
                "\n\n<div type=\"chapter\"\n     xml:id=\"ch1\"><p>x</p></div>", "seeds/ch1.xml"));
        assertEquals("seeds/ch1.xml:3: not a TEI document div (<div type=\"document\">): \"<div type=\"chapter\">\"",
                e.getMessage());
    }

    @Test
    void twoTopLevelElementsAreRefused() {
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> new TeiReader().parse(
                "<div type=\"document\" xml:id=\"d1\"/>\n<div type=\"document\" xml:id=\"d2\"/>", "seeds/d1.xml"));
        assertEquals("seeds/d1.xml:2: expected exactly one top-level element, found 2", e.getMessage());
    }

    @Test
    void aDocumentWithoutIdIsRefused() {
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> new TeiReader().parse(
                "<div type=\"document\"><p>x</p></div>", "seeds/d9.xml"));
        assertEquals("seeds/d9.xml:1: document div has no xml:id", e.getMessage());
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        InvalidDataException e = assertThrows(InvalidDataException.class,
                () -> new TeiReader().read(dir.resolve("d0.xml"), "seeds/d0.xml"));
        assertEquals("seeds/d0.xml: file not found", e.getMessage());
    }
}
