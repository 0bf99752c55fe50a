package org.coldwar.extract.auto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coldwar.TestFiles;
import org.coldwar.source.CsvReader;
import org.coldwar.source.tei.ListedPerson;

/** The FRUS 1955–57 vol. II slice under {@code src/test/resources/gazetteer/}: persons, texts, gold. */
final class FrusSlice {

    /** A gold mention: the editors' {@code persName corresp}, code-point offsets into the text. */
    record Gold(String doc, int start, int end, String text, String personId) {
    }

    private FrusSlice() {
    }

    static Path dir() {
        return TestFiles.resource("gazetteer");
    }

    static List<ListedPerson> persons() {
        List<ListedPerson> out = new ArrayList<>();
        new CsvReader("gazetteer/persons.csv", List.of("id", "name", "description")).read(
                dir().resolve("persons.csv"),
                row -> out.add(new ListedPerson(row.get("id"), row.get("name"), row.get("description"))));
        return out;
    }

    /** d1 … d22 by name, in order. */
    static Map<String, String> texts() {
        Map<String, String> out = new LinkedHashMap<>();
        for (int n = 1; n <= 22; n++) {
            out.put("d" + n, read(dir().resolve("d" + n + ".txt")));
        }
        return out;
    }

    static List<Gold> gold() {
        List<Gold> out = new ArrayList<>();
        new CsvReader("gazetteer/gold-mentions.csv", List.of("doc", "start", "end", "text", "person_id")).read(
                dir().resolve("gold-mentions.csv"),
                row -> out.add(new Gold(row.get("doc"), Integer.parseInt(row.get("start")),
                        Integer.parseInt(row.get("end")), row.get("text"), row.get("person_id"))));
        return out;
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
