package org.coldwar.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.apache.jena.fuseki.main.FusekiServer;
import org.coldwar.TestFiles;
import org.coldwar.map.BuildInfo;
import org.coldwar.map.IriMinter;
import org.coldwar.publish.ReleaseBuilder;
import org.coldwar.publish.ReleaseDirectory;
import org.coldwar.serve.ColdwarServer;
import org.coldwar.serve.FusekiConfiguration;
import org.coldwar.serve.StoreLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints throughput and latency of entity pages and of a lookup SPARQL query at 1 and 32
 * concurrent clients against {@code coldwar serve}, and of the same query against a stock
 * Fuseki built from the same {@code fuseki-config/coldwar.ttl} over the same TDB2 store (run
 * one after the other: a TDB2 store is opened by one server at a time). Figures only.
 */
@Tag("benchmark")
class ServeBenchmark {

    private static final Duration RUN = Duration.ofSeconds(8);
    private static final List<String> ENTITIES = List.of("joseph_stalin", "mao_zedong", "liu_shaoqi", "korean_war",
            "moscow", "laszlo_rajk", "zhou_enlai", "chinese_communist_party", "soviet_union", "beijing");

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();

    @Test
    void serveFigures() throws Exception {
        Path release = temp.resolve("dist");
        IriMinter iris = IriMinter.of(IriMinter.DEFAULT_BASE);
        new ReleaseBuilder(TestFiles.projectSeeds(), "seeds", iris, IriMinter.DEFAULT_BASE + "sparql",
                new BuildInfo("bench", Instant.EPOCH)).build(new ReleaseDirectory(release));
        Path storeRoot = temp.resolve("store");
        List<String> lines = new ArrayList<>();
        try (ColdwarServer ours = ColdwarServer.start(ColdwarServer.Settings.of(release, iris, 0).withStore(storeRoot))) {
            // The stock server gets a byte-for-byte copy of the same store (Lucene allows one writer
            // per index directory), built from the same configuration file, without our layer.
            FusekiConfiguration config = FusekiConfiguration.packaged();
            Path store = temp.resolve("stock-store");
            TestFiles.copyTree(StoreLoader.loadIfStale(release, storeRoot, iris, config), store);
            FusekiServer stock = FusekiServer.create().port(0).loopback(true)
                    .parseConfig(config.withStore(store).model()).build();
            stock.start();
            try {
                // Warm both up before measuring, so the JIT does not favour whichever runs second.
                measure("warm-up", 4, i -> lookup(ours.url() + "sparql", i));
                measure("warm-up", 4, i -> lookup("http://127.0.0.1:" + stock.getHttpPort() + "/sparql", i));
                String oursRoot = ours.url();
                String stockRoot = "http://127.0.0.1:" + stock.getHttpPort() + "/";
                for (int round = 1; round <= 2; round++) {
                    for (int clients : new int[] {1, 32}) {
                        String r = "round " + round + " ";
                        lines.add(measure(r + "coldwar entity page  ", clients,
                                i -> oursRoot + "entity/" + ENTITIES.get(i % ENTITIES.size())));
                        lines.add(measure(r + "coldwar SPARQL lookup", clients, i -> lookup(oursRoot + "sparql", i)));
                        lines.add(measure(r + "stock   SPARQL lookup", clients, i -> lookup(stockRoot + "sparql", i)));
                    }
                }
            } finally {
                stock.stop();
            }
        }
        System.out.println("BENCH " + RUN.toSeconds() + " s per run, 2-core machine, client and server on loopback");
        lines.forEach(line -> System.out.println("BENCH " + line));
    }

    private static String lookup(String endpoint, int i) {
        String query = "SELECT ?p ?o WHERE { <https://w3id.org/coldwar/entity/" + ENTITIES.get(i % ENTITIES.size())
                + "> ?p ?o }";
        return endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private String measure(String label, int clients, IntFunction<String> urls) throws Exception {
        for (int i = 0; i < 200; i++) {
            get(urls.apply(i));
        }
        long end = System.nanoTime() + RUN.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            results.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                for (int i = client; System.nanoTime() < end; i += clients) {
                    long start = System.nanoTime();
                    get(urls.apply(i));
                    latencies.add(System.nanoTime() - start);
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : results) {
            all.addAll(f.get());
        }
        pool.shutdown();
        Collections.sort(all);
        double rps = all.size() / (double) RUN.toSeconds();
        return String.format("%s %2d clients: %8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  (%d requests)", label, clients, rps,
                all.get(all.size() / 2) / 1e6, all.get((int) (all.size() * 0.99)) / 1e6, all.size());
    }

    private void get(String url) throws Exception {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/html, application/sparql-results+json;q=0.9").build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " -> " + r.statusCode());
        }
    }
}
