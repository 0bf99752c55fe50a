package org.coldwar.source.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.coldwar.source.CsvRow;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every document of the FRUS slice against what convert.py wrote: text, gold mentions, dates, notes. */
class TeiReaderCorpusTest {

    @TestFactory
    Stream<DynamicTest> textIsExactlyConvertPysText() {
        return FrusSlice.DOCS.stream().map(doc -> DynamicTest.dynamicTest(doc, () -> {
            TeiDocument read = FrusSlice.read(doc);
            assertEquals(FrusSlice.utf8(doc + ".txt"), read.text());
            assertEquals(doc, read.id());
            assertEquals(doc + ".xml", read.fileName());
        }));
    }

    @TestFactory
    Stream<DynamicTest> personSpansAreExactlyTheGoldMentions() {
        List<CsvRow> gold = FrusSlice.csv("gold-mentions.csv", List.of("doc", "start", "end", "text", "person_id"));
        assertEquals(593, gold.size());
        return FrusSlice.DOCS.stream().map(doc -> DynamicTest.dynamicTest(doc, () -> {
            List<String> expected = new ArrayList<>();
            gold.stream().filter(row -> row.get("doc").equals(doc)).forEach(row -> expected.add(
                    row.get("start") + "," + row.get("end") + "," + row.get("text") + "," + row.get("person_id")));
            List<String> actual = new ArrayList<>();
            FrusSlice.read(doc).spans().stream()
                    .filter(s -> s.element().equals("persName") && s.ref().startsWith("p_"))
                    .forEach(s -> actual.add(s.start() + "," + s.end() + "," + s.text() + "," + s.ref()));
            assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList());
        }));
    }

    @Test
    void datesAndDatelinesAreConvertPys() {
        for (CsvRow row : FrusSlice.csv("gold-dates.csv", List.of("doc", "date_min", "date_max", "dateline"))) {
            TeiDocument read = FrusSlice.read(row.get("doc"));
            assertEquals(row.get("date_min"), read.dateMin(), row.location().toString());
            assertEquals(row.get("date_max"), read.dateMax(), row.location().toString());
            assertEquals(row.get("dateline"), read.dateline(), row.location().toString());
        }
    }

    @Test
    void titlesAreConvertPys() {
        for (CsvRow row : FrusSlice.csv("index.csv", List.of("doc", "title"))) {
            assertEquals(row.get("title"), FrusSlice.read(row.get("doc")).title(), row.location().toString());
        }
    }

    @TestFactory
    Stream<DynamicTest> eachNoteIsItsLineAfterNotes() {
        return FrusSlice.DOCS.stream().map(doc -> DynamicTest.dynamicTest(doc, () -> {
            TeiDocument read = FrusSlice.read(doc);
            List<String> lines = Arrays.asList(read.text().split("\n", -1));
            int notesLine = lines.indexOf("Notes:");
            assertEquals(read.notes().isEmpty(), notesLine < 0);
            int notesStart = read.text().codePointCount(0, read.text().indexOf("\nNotes:\n") + 1);
            for (int i = 0; i < read.notes().size(); i++) {
                TeiDocument.TeiNote note = read.notes().get(i);
                String line = lines.get(notesLine + 1 + i);
                String prefix = "[" + note.n() + "] ";
                assertTrue(line.startsWith(prefix), line);
                assertEquals(line.substring(prefix.length()),
                        FrusSlice.codePoints(read.text(), note.start(), note.end()), note.xmlId());
                assertTrue(note.markerOffset() >= 0 && note.markerOffset() < notesStart, note.xmlId());
                assertTrue(note.xpath().startsWith("/div[1]/"), note.xpath());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> spansAndBlocksAreSubstringsByCodePoints() {
        return FrusSlice.DOCS.stream().map(doc -> DynamicTest.dynamicTest(doc, () -> {
            TeiDocument read = FrusSlice.read(doc);
            int length = read.text().codePointCount(0, read.text().length());
            for (TeiDocument.TeiSpan span : read.spans()) {
                assertEquals(span.text(), FrusSlice.codePoints(read.text(), span.start(), span.end()), span.xpath());
                assertFalse(span.text().isBlank(), span.xpath());
                assertTrue(span.xpath().startsWith("/div[1]/"), span.xpath());
            }
            for (TeiDocument.TeiBlock block : read.blocks()) {
                assertTrue(0 <= block.start() && block.start() < block.end() && block.end() <= length, block.xpath());
            }
            assertEquals("head", read.blocks().get(0).element());
            assertEquals("/div[1]/head[1]", read.blocks().get(0).xpath());
        }));
    }

    @Test
    void editorsSpansOfTheFirstDocument() {
        TeiDocument d1 = FrusSlice.read("d1");
        assertEquals("1. Memorandum From the Secretary of State to the Executive Secretary of the National "
                + "Security Council (Lay)", d1.title());
        assertTrue(d1.spans().contains(new TeiDocument.TeiSpan("gloss", 23, 41, "Secretary of State", "from", "from",
                "/div[1]/head[1]/gloss[1]")), d1.spans().toString());
        assertTrue(d1.spans().contains(new TeiDocument.TeiSpan("date", 120, 135, "January 4, 1955", "1955-01-04",
                "/div[1]/dateline[1]/date[1]")), d1.spans().toString());
        TeiDocument.TeiNote source = d1.notes().get(0);
        assertEquals("2", source.n());
        assertEquals("d1fn2", source.xmlId());
        assertEquals("source", source.type());
        assertEquals(107, source.markerOffset(), "right after '(Lay)' at the end of the head");
        assertEquals("/div[1]/head[1]/note[1]", source.xpath());
    }
}
