package org.coldwar.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.coldwar.TestFiles;
import org.coldwar.source.CsvReader;
import org.coldwar.source.CsvRow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints how fast {@link CsvReader} (Apache Commons CSV) parses the seeds' CSV files replicated
 * to about 50 MB, beside the hand-written reader it replaced ({@link HandWrittenCsvReader}), and
 * checks that both give the same rows at the same lines. Each file's data rows are repeated
 * under its header; best of five runs after a warm-up. Run with
 * {@code mvn test -Dgroups=benchmark -DexcludedGroups=none -Dtest=CsvBenchmark}.
 */
@Tag("benchmark")
class CsvBenchmark {

    private static final long TARGET_CHARS = 50_000_000;

    @Test
    void parseThroughput() throws IOException {
        List<String> texts = replicatedSeeds();
        long chars = texts.stream().mapToLong(String::length).sum();
        BiConsumer<String, Consumer<CsvRow>> commons = (text, rows) -> new CsvReader("bench.csv", List.of()).parse(text, rows);
        BiConsumer<String, Consumer<CsvRow>> hand = (text, rows) -> new HandWrittenCsvReader("bench.csv", List.of()).parse(text, rows);

        for (String text : texts) {
            List<CsvRow> a = new ArrayList<>();
            List<CsvRow> b = new ArrayList<>();
            commons.accept(text, a::add);
            hand.accept(text, b::add);
            assertEquals(b, a, "the same rows at the same lines");
        }
        for (int round = 0; round < 2; round++) {  // warm-up
            time(hand, texts);
            time(commons, texts);
        }
        long handBest = Long.MAX_VALUE;
        long commonsBest = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            handBest = Math.min(handBest, time(hand, texts));
            commonsBest = Math.min(commonsBest, time(commons, texts));
        }
        System.out.printf("CSV %.1f M characters (%d rows): hand-written %d ms (%.0f M characters/s), Commons CSV %d ms (%.0f M characters/s), "
                + "ratio %.2f%n", chars / 1e6, rows(commons, texts), handBest / 1_000_000, chars / 1e3 / (handBest / 1e6),
                commonsBest / 1_000_000, chars / 1e3 / (commonsBest / 1e6), (double) commonsBest / handBest);
    }

    private static long time(BiConsumer<String, Consumer<CsvRow>> reader, List<String> texts) {
        long[] cells = {0};
        long start = System.nanoTime();
        for (String text : texts) {
            reader.accept(text, row -> cells[0] += row.cells().size());
        }
        long nanos = System.nanoTime() - start;
        if (cells[0] == 0) {
            throw new AssertionError("no cells read");
        }
        return nanos;
    }

    private static long rows(BiConsumer<String, Consumer<CsvRow>> reader, List<String> texts) {
        long[] n = {0};
        texts.forEach(text -> reader.accept(text, row -> n[0]++));
        return n[0];
    }

    /** Each seeds CSV with its data rows repeated, in all about {@link #TARGET_CHARS} characters. */
    private static List<String> replicatedSeeds() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(TestFiles.projectSeeds())) {
            files = walk.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        List<String> originals = new ArrayList<>();
        for (Path file : files) {
            originals.add(Files.readString(file, StandardCharsets.UTF_8));
        }
        long total = originals.stream().mapToLong(String::length).sum();
        int copies = (int) Math.ceil((double) TARGET_CHARS / total);
        List<String> texts = new ArrayList<>();
        for (String text : originals) {
            int headerEnd = text.indexOf('\n') + 1;
            String body = text.substring(headerEnd);
            if (!body.isEmpty() && !body.endsWith("\n")) {
                body += "\n";
            }
            texts.add(text.substring(0, headerEnd) + body.repeat(copies));
        }
        return texts;
    }
}
