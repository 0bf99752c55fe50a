package org.coldwar.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.coldwar.TestFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resident memory of {@code coldwar serve} under a long mixed load (issue 9): the packaged jar in
 * a JVM of its own ({@code -Xmx512m}), 32 clients for {@code -Dsoak.minutes} minutes (10 by
 * default) asking entity pages, SPARQL lookups, searches and the query page, VmRSS sampled every
 * 30 s. Prints the samples; fails if the second half of the run grows more than 15% over the
 * first half's peak (no plateau). Needs {@code mvn package -DskipTests} first.
 */
@Tag("benchmark")
class SoakBenchmark {

    private static final int CLIENTS = 32;
    private static final List<String> ENTITIES = List.of("joseph_stalin", "mao_zedong", "liu_shaoqi", "korean_war",
            "moscow", "laszlo_rajk", "zhou_enlai", "chinese_communist_party", "soviet_union", "beijing");

    @TempDir
    Path temp;

    @Test
    void residentMemoryPlateaus() throws Exception {
        Duration run = Duration.ofMinutes(Long.getLong("soak.minutes", 10));
        Path jar = Path.of("target/coldwar.jar").toAbsolutePath();
        assertTrue(Files.exists(jar), "run mvn package -DskipTests first");
        Path seeds = temp.resolve("seeds");
        TestFiles.copyTree(TestFiles.projectSeeds(), seeds);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(), "serve", "--seeds", seeds.toString(),
                "--release", temp.resolve("dist").toString(), "--store", temp.resolve("dist.tdb2").toString(),
                "--port", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(temp.resolve("serve.log").toFile()).start();
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
        String base = "http://127.0.0.1:" + port + "/";
        List<String> samples = new ArrayList<>();
        List<Long> rss = new ArrayList<>();
        try {
            awaitStarted(http, base, server);
            AtomicLong requests = new AtomicLong();
            AtomicLong errors = new AtomicLong();
            long end = System.nanoTime() + run.toNanos();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.submit(() -> {
                    for (int i = client; System.nanoTime() < end; i += CLIENTS) {
                        try {
                            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + path(i)))
                                    .header("Accept", "text/html, application/sparql-results+json;q=0.9").build(),
                                    HttpResponse.BodyHandlers.discarding());
                            requests.incrementAndGet();
                            if (r.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (IOException | InterruptedException e) {
                            errors.incrementAndGet();
                        }
                    }
                });
            }
            long start = System.nanoTime();
            while (System.nanoTime() < end) {
                Thread.sleep(30_000);
                long kib = residentKib(server.pid());
                rss.add(kib);
                samples.add(String.format("%5.1f min  RSS %6.0f MiB  %,d requests, %,d errors",
                        (System.nanoTime() - start) / 60e9, kib / 1024.0, requests.get(), errors.get()));
            }
            clients.shutdown();
        } finally {
            server.destroy();
            server.waitFor();
        }
        System.out.println("BENCH soak: " + CLIENTS + " clients, " + run.toMinutes() + " min, server -Xmx512m, 2-core machine");
        samples.forEach(s -> System.out.println("BENCH " + s));
        long firstHalfPeak = rss.subList(0, rss.size() / 2).stream().mapToLong(Long::longValue).max().orElse(0);
        long secondHalfPeak = rss.subList(rss.size() / 2, rss.size()).stream().mapToLong(Long::longValue).max().orElse(0);
        assertTrue(secondHalfPeak <= firstHalfPeak * 1.15, "no plateau: " + firstHalfPeak + " KiB then " + secondHalfPeak);
    }

    private static String path(int i) {
        String entity = ENTITIES.get(i % ENTITIES.size());
        return switch (i % 4) {
            case 0 -> "entity/" + entity;
            case 1 -> "sparql?query=" + URLEncoder.encode("SELECT ?p ?o WHERE { <https://w3id.org/coldwar/entity/"
                    + entity + "> ?p ?o }", StandardCharsets.UTF_8);
            case 2 -> "search?q=" + URLEncoder.encode(entity.replace('_', ' '), StandardCharsets.UTF_8);
            default -> "query?example=timeline";
        };
    }

    private static long residentKib(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D+", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    private static void awaitStarted(HttpClient http, String base, Process server) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (!server.isAlive()) {
                throw new AssertionError("serve stopped");
            }
            try {
                http.send(HttpRequest.newBuilder(URI.create(base + "sparql?query=ASK%7B%7D")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(500);
            }
        }
        throw new AssertionError("serve did not start");
    }
}
