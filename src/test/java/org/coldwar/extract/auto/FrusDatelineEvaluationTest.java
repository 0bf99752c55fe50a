package org.coldwar.extract.auto;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.coldwar.TestFiles;
import org.coldwar.extract.EdtfDate;
import org.coldwar.source.CsvReader;
import org.coldwar.source.CsvRow;
import org.junit.jupiter.api.Test;

/**
 * Measures {@link DatelineNormaliser} on the FRUS slice (a copy of
 * {@code frus1955-57v02/gold-dates.csv} and {@code dN.txt} under {@code time/frus/}): the day
 * of each document's normalised dateline against the day of its TEI date ({@code date_min}),
 * and the place against the editors' dateline. Prints the figures; then tags every document
 * anchored to its dateline and checks that all values are EDTF.
 */
class FrusDatelineEvaluationTest {

    @Test
    void datelinesMatchTheEditorsDates() throws IOException {
        List<CsvRow> gold = new ArrayList<>();
        new CsvReader("gold-dates.csv", List.of("doc", "date_min", "date_max", "dateline"))
                .read(TestFiles.resource("time/frus/gold-dates.csv"), gold::add);
        DatelineNormaliser normaliser = new DatelineNormaliser();
        TimeExpressionTagger tagger = new TimeExpressionTagger();
        int dated = 0;
        int dayRight = 0;
        int placeRight = 0;
        int undatedRight = 0;
        int expressions = 0;
        int relative = 0;
        for (CsvRow row : gold) {
            String doc = row.get("doc");
            String text = Files.readString(TestFiles.resource("time/frus/" + doc + ".txt"), StandardCharsets.UTF_8);
            Optional<DatelineNormaliser.Dateline> found = normaliser.find(text);
            String goldDay = row.get("date_min").isEmpty() ? null : row.get("date_min").substring(0, 10);
            if (goldDay == null) {
                undatedRight += found.isEmpty() ? 1 : 0;
                System.out.printf("FRUS %s: no TEI date; dateline found: %s%n", doc, found);
            } else {
                dated++;
                boolean day = found.isPresent() && found.get().edtf().equals(goldDay);
                boolean place = found.isPresent() && expectedPlace(row.get("dateline")).equals(
                        String.valueOf(found.get().place()));
                dayRight += day ? 1 : 0;
                placeRight += place ? 1 : 0;
                if (!day || !place) {
                    System.out.printf("FRUS %s: gold %s \"%s\", found %s%n", doc, goldDay, row.get("dateline"), found);
                }
            }
            LocalDate anchor = found.map(d -> LocalDate.parse(d.edtf())).orElse(null);
            for (TimeExpression t : tagger.tag(text, anchor)) {
                assertTrue(EdtfDate.isValid(t.edtf()), doc + ": " + t);
                expressions++;
                relative += t.relative() ? 1 : 0;
            }
        }
        double accuracy = (double) dayRight / dated;
        System.out.printf("FRUS datelines: day right %d/%d (%.3f), place right %d/%d, undated recognised %d/%d;"
                + " %d time expressions tagged (%d relative)%n", dayRight, dated, accuracy, placeRight, dated,
                undatedRight, gold.size() - dated, expressions, relative);
        assertTrue(accuracy >= 0.95, "dateline accuracy " + accuracy);
    }

    /** The place of an editors' dateline: what comes before the month, or "null" if nothing does. */
    private static String expectedPlace(String dateline) {
        int comma = dateline.indexOf(", ");
        if (comma < 0 || Character.isDigit(dateline.charAt(comma + 2)) || dateline.startsWith("January")) {
            return "null";
        }
        return dateline.substring(0, comma);
    }
}
