package org.coldwar.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.coldwar.problem.InvalidDataException;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<CsvRow> parse(String text) {
        List<CsvRow> rows = new ArrayList<>();
        new CsvReader("x.csv", List.of("a", "b")).parse(text, rows::add);
        return rows;
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
        List<CsvRow> rows = parse("a,b\n\"one, two\",\"say \"\"hi\"\"\nthere\"\nlast,row\n");
        assertEquals("one, two", rows.get(0).get("a"));
        assertEquals("say \"hi\"\nthere", rows.get(0).get("b"));
        assertEquals("x.csv:2", rows.get(0).location().toString());
        assertEquals("x.csv:4", rows.get(1).location().toString(), "a row after a multi-line field keeps its own line");
    }

    @Test
    void crlfLineEndsAndBlankLinesAreAccepted() {
        List<CsvRow> rows = parse("a,b\r\n1,2\r\n\r\n3,4\r\n");
        assertEquals(2, rows.size());
        assertEquals("4", rows.get(1).get("b"));
        assertEquals(4, rows.get(1).location().line());
    }

    @Test
    void shortRowsReadMissingCellsAsEmpty() {
        assertEquals("", parse("a,b\nonly\n").get(0).get("b"));
    }

    @Test
    void textAfterAClosingQuoteIsAnError() {
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> parse("a,b\n\"x\"y,z\n"));
        assertEquals("x.csv:2: text after a closing quote: \"\"x\"y\"", e.problems().get(0).toString(),
                "the line as written, up to the offending character");
    }

    @Test
    void textAfterAClosingQuoteOnALaterLineOfAFieldNamesThatLine() {
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> parse("a,b\n1,\"two\nlines\"!\n"));
        assertEquals("x.csv:3: text after a closing quote: \"lines\"!\"", e.problems().get(0).toString());
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItsRecordStarts() {
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> parse("a,b\n1,2\n3,\"four\nfive\n"));
        assertEquals("x.csv:3: quoted field is never closed", e.problems().get(0).toString());
    }

    @Test
    void recordsAfterSeveralMultiLineFieldsKeepTheirFirstLine() {
        List<CsvRow> rows = parse("a,b\n\"1\n2\n3\",x\n\n\"4\r\n5\",y\nz,\"6\"\n");
        assertEquals(List.of(2, 6, 8), rows.stream().map(r -> r.location().line()).toList());
        assertEquals("4\r\n5", rows.get(1).get("a"));
    }
}
