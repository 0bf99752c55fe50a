package org.coldwar.extract.auto;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.coldwar.TestFiles;
import org.coldwar.extract.EdtfDate;
import org.coldwar.source.CsvReader;
import org.coldwar.source.CsvRow;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The tagger on the three seeds (copies under {@code time/seeds/}), with no document date:
 * hand-verified expressions listed in {@code time/seeds/expected.csv} (span, the words just
 * before it if given, EDTF, relative or not) must be found exactly so, one dynamic test each; and every
 * value found must be EDTF. Prints how many expressions each seed has, and by which rule.
 */
class SeedTimeExpressionsTest {

    private static final TimeExpressionTagger TAGGER = new TimeExpressionTagger();

    @TestFactory
    Stream<DynamicTest> handVerified() {
        List<CsvRow> rows = new ArrayList<>();
        new CsvReader("expected.csv", List.of("file", "text", "before", "edtf", "relative"))
                .read(TestFiles.resource("time/seeds/expected.csv"), rows::add);
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.get("file").substring(0, 3) + " "
                + row.get("text"), () -> check(row)));
    }

    private static void check(CsvRow row) {
        String text = read(row.get("file"));
        List<TimeExpression> found = TAGGER.tag(text, null);
        boolean relative = row.get("relative").equals("yes");
        List<TimeExpression> sameText = found.stream().filter(t -> t.text().equals(row.get("text"))).toList();
        boolean ok = sameText.stream().anyMatch(t -> t.edtf().equals(row.get("edtf")) && t.relative() == relative
                && precededBy(text, t.start(), row.get("before")));
        assertTrue(ok, row.location() + ": expected " + row.get("text") + " → " + row.get("edtf")
                + (relative ? " (relative)" : "") + ", found " + sameText);
    }

    @Test
    void everyValueIsEdtfAndCountsArePrinted() {
        for (String name : List.of("000_d427f6bc00ce6211.txt", "001_152adba9dbefe8d3.txt",
                "002_d7ec91cbae82c789.txt")) {
            List<TimeExpression> found = TAGGER.tag(read(name), null);
            Map<String, Integer> byRule = new TreeMap<>();
            for (TimeExpression t : found) {
                assertTrue(EdtfDate.isValid(t.edtf()), name + ": " + t);
                byRule.merge(t.rule(), 1, Integer::sum);
            }
            System.out.printf("SEED %s: %d time expressions, %d relative; by rule %s%n", name, found.size(),
                    found.stream().filter(TimeExpression::relative).count(), byRule);
        }
    }

    /** True if {@code words} and one space come just before the code point {@code startCp}; always if empty. */
    private static boolean precededBy(String text, int startCp, String words) {
        if (words.isEmpty()) {
            return true;
        }
        int end = text.offsetByCodePoints(0, startCp);
        return text.substring(0, end).endsWith(words + " ");
    }

    private static String read(String name) {
        try {
            return Files.readString(TestFiles.resource("time/seeds/" + name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
