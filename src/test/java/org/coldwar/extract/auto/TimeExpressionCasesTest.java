package org.coldwar.extract.auto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.coldwar.TestFiles;
import org.coldwar.extract.EdtfDate;
import org.coldwar.source.CsvReader;
import org.coldwar.source.CsvRow;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests of {@link TimeExpressionTagger}, driven by {@code cases/time/manifest.csv}: each
 * row gives a text, a document date (may be empty) and the expected expressions, written
 * {@code span → EDTF} with {@code (relative)} for resolved ones and separated by {@code ; }.
 * Every result must also parse as EDTF and its code point offsets must cut out its text.
 */
class TimeExpressionCasesTest {

    private static final TimeExpressionTagger TAGGER = new TimeExpressionTagger();

    @TestFactory
    Stream<DynamicTest> cases() {
        List<CsvRow> rows = new ArrayList<>();
        new CsvReader("manifest.csv", List.of("case", "text", "document_date", "expected"))
                .read(TestFiles.resource("cases/time/manifest.csv"), rows::add);
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.get("case"), () -> check(row)));
    }

    private static void check(CsvRow row) {
        String text = row.get("text");
        String date = row.get("document_date");
        List<TimeExpression> found = TAGGER.tag(text, date.isEmpty() ? null : LocalDate.parse(date));
        List<String> actual = new ArrayList<>();
        int lastEnd = 0;
        for (TimeExpression t : found) {
            assertTrue(EdtfDate.isValid(t.edtf()), t.edtf() + " does not parse as EDTF");
            assertTrue(t.start() >= lastEnd && t.end() > t.start(), "out of order or overlapping: " + found);
            assertEquals(t.text(), cut(text, t.start(), t.end()), "code point offsets of " + t);
            lastEnd = t.end();
            actual.add(t.text() + " → " + t.edtf() + (t.relative() ? " (relative)" : ""));
        }
        String expected = row.get("expected");
        List<String> wanted = expected.isEmpty() ? List.of() : List.of(expected.split("; "));
        assertEquals(wanted, actual, row.location() + ": " + text + "\nrules: "
                + found.stream().map(TimeExpression::rule).toList());
    }

    private static String cut(String text, int startCp, int endCp) {
        return text.substring(text.offsetByCodePoints(0, startCp), text.offsetByCodePoints(0, endCp));
    }
}
