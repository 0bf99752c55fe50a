package org.coldwar.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.coldwar.TestFiles;
import org.coldwar.extract.auto.TimeExpressionTagger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints the throughput of {@link TimeExpressionTagger} on one core: the FRUS slice and the
 * three seeds, replicated to about 20 MB and tagged document by document after a warm-up pass.
 * Prints wall time and the thread's CPU time (the one-core figure, fair on a busy machine).
 * Figures only; nothing is asserted. Run with
 * {@code mvn test -Dgroups=benchmark -DexcludedGroups=none -Dtest=TimeExpressionBenchmark}.
 */
@Tag("benchmark")
class TimeExpressionBenchmark {

    private static final long TARGET_BYTES = 20L << 20;

    @Test
    void throughput() throws IOException {
        List<String> documents = new ArrayList<>();
        for (String folder : List.of("time/frus", "time/seeds")) {
            try (Stream<Path> files = Files.list(TestFiles.resource(folder))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    documents.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        long sliceBytes = documents.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum();
        int copies = (int) Math.max(1, TARGET_BYTES / sliceBytes);
        TimeExpressionTagger tagger = new TimeExpressionTagger();
        LocalDate date = LocalDate.of(1955, 1, 4);
        run(tagger, documents, Math.max(1, copies / 4), date);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long found = run(tagger, documents, copies, date);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double megabytes = (double) sliceBytes * copies / (1 << 20);
        System.out.printf("BENCH time expressions: %.1f MB (%d copies of %d documents), %d expressions;"
                + " wall %.2f s = %.2f MB/s; thread CPU %.2f s = %.2f MB/s on one core%n", megabytes, copies,
                documents.size(), found, seconds, megabytes / seconds, cpuSeconds, megabytes / cpuSeconds);
    }

    private static long run(TimeExpressionTagger tagger, List<String> documents, int copies, LocalDate date) {
        long found = 0;
        for (int i = 0; i < copies; i++) {
            for (String document : documents) {
                found += tagger.tag(document, date).size();
            }
        }
        return found;
    }
}
