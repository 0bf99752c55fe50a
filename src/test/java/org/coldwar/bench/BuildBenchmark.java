package org.coldwar.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.coldwar.TestFiles;
import org.coldwar.map.BuildInfo;
import org.coldwar.map.IriMinter;
import org.coldwar.publish.Release;
import org.coldwar.publish.ReleaseBuilder;
import org.coldwar.publish.ReleaseDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints how long a build of the real seeds takes: in a warm JVM (median of runs) and as a
 * fresh {@code java -jar target/coldwar.jar build} process, JVM start included. Figures only;
 * nothing is asserted. Run with {@code mvn test -Dgroups=benchmark -DexcludedGroups=none}.
 */
@Tag("benchmark")
class BuildBenchmark {

    @TempDir
    Path temp;

    @Test
    void buildTimes() throws Exception {
        ReleaseBuilder builder = new ReleaseBuilder(TestFiles.projectSeeds(), "seeds",
                IriMinter.of(IriMinter.DEFAULT_BASE), IriMinter.DEFAULT_BASE + "sparql",
                new BuildInfo("bench", Instant.EPOCH));
        List<Long> millis = new ArrayList<>();
        Release release = null;
        for (int i = 0; i < 6; i++) {
            long start = System.nanoTime();
            release = builder.build(new ReleaseDirectory(temp.resolve("dist" + i)));
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        System.out.printf("BENCH build (in-process): first %d ms, warm median %d ms over %d runs; %d claims, %d quads%n",
                millis.get(0), median(millis.subList(1, millis.size())), millis.size() - 1, release.claims(),
                release.quads());
        Runtime rt = Runtime.getRuntime();
        System.out.printf("BENCH heap in use after builds: %d MiB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);

        Path jar = Path.of("target/coldwar.jar");
        if (Files.exists(jar)) {
            List<Long> cold = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                Process process = new ProcessBuilder("java", "-jar", jar.toString(), "build", "--out",
                        temp.resolve("cold" + i).toString()).inheritIO().start();
                int code = process.waitFor();
                cold.add((System.nanoTime() - start) / 1_000_000);
                if (code != 0) {
                    System.out.println("BENCH cold build failed with exit code " + code);
                }
            }
            System.out.printf("BENCH build (java -jar, JVM start included): median %d ms of %s%n", median(cold), cold);
        } else {
            System.out.println("BENCH cold build skipped: run 'mvn package' first to make target/coldwar.jar");
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
