package org.coldwar.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.coldwar.TestFiles;
import org.coldwar.map.BuildInfo;
import org.coldwar.map.IriMinter;
import org.coldwar.publish.Release;
import org.coldwar.publish.ReleaseBuilder;
import org.coldwar.publish.ReleaseDirectory;
import org.coldwar.serve.FusekiConfiguration;
import org.coldwar.serve.StoreLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds a synthetic archive of N copies of the seeds (each copy's texts, TEI edition, claims
 * files, rows of {@code sources.csv} and {@code citations.csv} under distinct file names and stems;
 * one shared authority file and link file) and prints, for each N: wall time, quads per second,
 * peak resident memory and peak heap, the time of each stage, RIOT writing the same quads to
 * N-Quads (the floor) with the ratios of the build and of its mapping stage to it, and the load
 * of the release into TDB2 as {@code serve} does it (Jena's phased bulk loader, then the text
 * index). Figures only. Run with
 * {@code mvn test -Dgroups=benchmark -DexcludedGroups=none -Dtest=ScaleBenchmark [-Dscale.n=1,10,100]
 * [-Dscale.rebuildUpTo=100] [-Dscale.load=true] [-DargLine=-Xmx2g]}; the rebuild after one changed
 * source is timed up to {@code scale.rebuildUpTo} copies.
 */
@Tag("benchmark")
class ScaleBenchmark {

    @TempDir
    Path temp;

    @Test
    void buildAtScale() throws IOException {
        int[] sizes = Arrays.stream(System.getProperty("scale.n", "1,10,100").split(","))
                .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        List<String> table = new ArrayList<>();
        table.add("| N | sources | quads | build (s) | quads/s | peak RSS (MiB) | heap pools' peaks (MiB)"
                + " | RIOT N-Quads write (s) | build / RIOT | mapping stage (s) | mapping / RIOT rate"
                + " | serve's load, phased loader + text index (s) |");
        table.add("|---|---|---|---|---|---|---|---|---|---|---|---|");
        List<String> incremental = new ArrayList<>();
        incremental.add("| N | sources | clean build (s) | rebuild, one claims file changed (s) | sources reused |");
        incremental.add("|---|---|---|---|---|");
        for (int n : sizes) {
            Path seeds = temp.resolve("seeds" + n);
            TestFiles.replicateSeeds(TestFiles.projectSeeds(), seeds, n);
            ReleaseBuilder builder = new ReleaseBuilder(seeds, "seeds", IriMinter.of(IriMinter.DEFAULT_BASE),
                    IriMinter.DEFAULT_BASE + "sparql", new BuildInfo("bench", Instant.EPOCH));
            System.gc();
            resetPeaks();
            ProcessTimes before = ProcessTimes.now();
            long start = System.nanoTime();
            Release release = builder.build(new ReleaseDirectory(temp.resolve("dist" + n)));
            double wall = (System.nanoTime() - start) / 1e9;
            ProcessTimes spent = ProcessTimes.now().since(before);
            long peak = peakHeapMiB();
            long rss = ResidentMemory.peakMiB();
            double riot = riotNQuadsSeconds(release.directory().resolve("coldwar.nq.gz"), temp.resolve("floor.nq"));
            Map<String, Long> stages = builder.stageTimes().millis();
            double mapping = stages.get("assemble and validate") / 1e3;
            System.out.printf("BENCH scale N=%d: %d sources, %d quads, %d triples, %d claims; build %.1f s (%.0f quads/s),"
                    + " peak RSS %d MiB, heap pools' peaks %d MiB; RIOT N-Quads write %.2f s; build/RIOT %.1fx;"
                    + " mapping stage %.1f s (%.0f quads/s), %.3f of RIOT's rate%n", n, release.sources(),
                    release.quads(), release.triples(), release.claims(), wall, release.quads() / wall, rss, peak, riot,
                    wall / riot, mapping, release.quads() / mapping, riot / mapping);
            System.out.println("BENCH scale N=" + n + " stages (ms): " + stages);
            System.out.printf("BENCH scale N=%d processor time: %.1f s on %d cores over %.1f s (%.2f cores busy);"
                    + " of it JIT compilation %.1f s, GC (%s, collection time) %.1f s%n", n, spent.cpuSeconds(),
                    Runtime.getRuntime().availableProcessors(), wall, spent.cpuSeconds() / wall, spent.jitSeconds(),
                    ProcessTimes.collectors(), spent.gcSeconds());
            String load = "not run";
            if (Boolean.parseBoolean(System.getProperty("scale.load", "true"))) {
                double loaded = serveLoadSeconds(release.directory(), temp.resolve("store" + n));
                System.out.printf("BENCH scale N=%d serve's load (TDB2 phased loader, then the text index): %.1f s"
                        + " (%.0f quads/s)%n", n, loaded, release.quads() / loaded);
                load = String.format("%.1f", loaded);
            }
            table.add(String.format("| %d | %,d | %,d | %.1f | %,.0f | %d | %d | %.2f | %.1f× | %.1f | %.3f | %s |", n,
                    release.sources(), release.quads(), wall, release.quads() / wall, rss, peak, riot, wall / riot,
                    mapping, riot / mapping, load));
            if (n <= Integer.getInteger("scale.rebuildUpTo", 100)) {
                incremental.add(rebuildAfterChangingOneSource(builder, seeds, n, wall));
            }
            Directory.delete(seeds);
            Directory.delete(temp.resolve("dist" + n + ".releases"));
            Files.deleteIfExists(temp.resolve("dist" + n));
            Directory.delete(temp.resolve("dist" + n + ".cache"));
        }
        table.forEach(line -> System.out.println("BENCH " + line));
        incremental.forEach(line -> System.out.println("BENCH " + line));
    }

    /**
     * Changes the bytes of one copy's claims file (a blank line at its end, which the reader
     * skips) and rebuilds: the stage cache gives every other source; prints and returns a row.
     */
    private String rebuildAfterChangingOneSource(ReleaseBuilder builder, Path seeds, int n, double cleanWall)
            throws IOException {
        Path claims;
        try (java.util.stream.Stream<Path> files = Files.list(seeds.resolve("claims"))) {
            claims = files.sorted().findFirst().orElseThrow();
        }
        Files.writeString(claims, "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        long start = System.nanoTime();
        Release again = builder.build(new ReleaseDirectory(temp.resolve("dist" + n)));
        double wall = (System.nanoTime() - start) / 1e9;
        System.out.printf("BENCH scale N=%d rebuild after changing %s: %.1f s, %d of %d sources reused; stages (ms): %s%n",
                n, claims.getFileName(), wall, again.sourcesReused(), again.sources(), builder.stageTimes().millis());
        return String.format("| %d | %d | %.1f | %.1f | %d |", n, again.sources(), cleanWall, wall, again.sourcesReused());
    }

    /**
     * The time RIOT takes to write the release's quads as N-Quads (no sorting, no gzip), in bounded
     * memory: a streaming copy of the dump (parse and write) less a streaming parse of it alone.
     */
    private static double riotNQuadsSeconds(Path nquadsGz, Path out) {
        riotCopySeconds(nquadsGz, null);  // warm-up: a small dump's parse is otherwise mostly compilation
        double parseOnly = riotCopySeconds(nquadsGz, null);
        double parseAndWrite = riotCopySeconds(nquadsGz, out);
        try {
            Files.delete(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Math.max(0, parseAndWrite - parseOnly);
    }

    /** Streams the dump through RIOT into an N-Quads file ({@code out}) or nowhere ({@code null}). */
    private static double riotCopySeconds(Path nquadsGz, Path out) {
        long start = System.nanoTime();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(nquadsGz), 1 << 16);
                OutputStream os = out == null ? OutputStream.nullOutputStream()
                        : new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            StreamRDF stream = out == null ? org.apache.jena.riot.system.StreamRDFLib.sinkNull()
                    : StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS_UTF8);
            RDFParser.source(in).lang(Lang.NQUADS).parse(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Loads the release into a fresh TDB2 store as {@code serve} does; the store is removed after. */
    private static double serveLoadSeconds(Path release, Path store) {
        long start = System.nanoTime();
        StoreLoader.loadIfStale(release, store, IriMinter.of(IriMinter.DEFAULT_BASE), FusekiConfiguration.packaged());
        double seconds = (System.nanoTime() - start) / 1e9;
        Directory.delete(store);
        return seconds;
    }

    /**
     * The process's processor time, the JIT compilers' time and the collectors' time so far, as
     * the JVM's management beans count them (all threads, in seconds).
     */
    private record ProcessTimes(double cpuSeconds, double jitSeconds, double gcSeconds) {
        static ProcessTimes now() {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long gcMillis = ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
            return new ProcessTimes(os.getProcessCpuTime() / 1e9,
                    ManagementFactory.getCompilationMXBean().getTotalCompilationTime() / 1e3, gcMillis / 1e3);
        }

        /** The collectors' names, "PS Scavenge + PS MarkSweep" or "G1 Young Generation + ...". */
        static String collectors() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .map(java.lang.management.GarbageCollectorMXBean::getName)
                    .collect(java.util.stream.Collectors.joining(" + "));
        }

        ProcessTimes since(ProcessTimes before) {
            return new ProcessTimes(cpuSeconds - before.cpuSeconds, jitSeconds - before.jitSeconds,
                    gcSeconds - before.gcSeconds);
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        ResidentMemory.resetPeak();
    }

    /** The sum of the heap pools' peaks since the last reset (an upper bound of the peak heap in use). */
    private static long peakHeapMiB() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }

    /** The process's peak resident set (Linux: VmHWM, reset by writing 5 to clear_refs). */
    private static final class ResidentMemory {
        static void resetPeak() {
            try {
                Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot reset the peak resident set", e);
            }
        }

        static long peakMiB() {
            try {
                String status = Files.readString(Path.of("/proc/self/status"));
                String line = status.lines().filter(l -> l.startsWith("VmHWM:")).findFirst().orElseThrow();
                return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Directory {
        static void delete(Path dir) {
            if (Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                org.coldwar.publish.Directories.deleteRecursively(dir);
            }
        }
    }
}
