package org.coldwar.source.tei;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.coldwar.TestFiles;
import org.coldwar.source.CsvReader;
import org.coldwar.source.CsvRow;

/** The FRUS 1955–57 vol. II slice under {@code src/test/resources/tei/frus1955-57v02/}, with convert.py's outputs. */
final class FrusSlice {

    static final String DIR = "tei/frus1955-57v02";
    static final List<String> DOCS = IntStream.rangeClosed(1, 22).mapToObj(i -> "d" + i).toList();

    private FrusSlice() {
    }

    static Path file(String name) {
        return TestFiles.resource(DIR + "/" + name);
    }

    static String utf8(String name) {
        try {
            return Files.readString(file(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TeiDocument read(String doc) {
        return new TeiReader().read(file(doc + ".xml"), DIR + "/" + doc + ".xml");
    }

    static List<CsvRow> csv(String name, List<String> columns) {
        List<CsvRow> rows = new ArrayList<>();
        new CsvReader(name, columns).read(file(name), rows::add);
        return rows;
    }

    /** {@code text} between code points {@code start} and {@code end}. */
    static String codePoints(String text, int start, int end) {
        int[] cps = text.codePoints().toArray();
        return new String(cps, start, end - start);
    }
}
