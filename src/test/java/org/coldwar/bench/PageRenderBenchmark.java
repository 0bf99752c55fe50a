package org.coldwar.bench;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
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
 * Prints the time to render the HTML page of a hub entity (Stalin) from data already fetched,
 * N times in one thread, and the time and size of the whole page over HTTP. Run at two commits
 * (Java string building, then Mustache templates) to compare them; figures only. The page code
 * is package-private, so it is reached by reflection through the signature the escaping test
 * also uses.
 */
@Tag("benchmark")
class PageRenderBenchmark {

    private static final int RENDERS = 20_000;
    private static final int ROUNDS = 10;
    private static final int REQUESTS = 300;
    private static final Node STALIN = NodeFactory.createURI(IriMinter.DEFAULT_BASE + "entity/joseph_stalin");

    @TempDir
    Path temp;

    @Test
    void renderFigures() throws Exception {
        Path release = temp.resolve("dist");
        IriMinter iris = IriMinter.of(IriMinter.DEFAULT_BASE);
        new ReleaseBuilder(TestFiles.projectSeeds(), "seeds", iris, IriMinter.DEFAULT_BASE + "sparql",
                new BuildInfo("bench", Instant.EPOCH)).build(new ReleaseDirectory(release));
        FusekiConfiguration config = FusekiConfiguration.packaged();
        Path store = StoreLoader.loadIfStale(release, temp.resolve("store"), iris, config);
        Dataset dataset = config.withStore(store).assembleDataset();
        String render;
        try {
            render = renders(dataset.asDatasetGraph(), iris);
        } finally {
            dataset.close();
        }
        String http = requests(release, iris);
        System.out.println("BENCH " + render);
        System.out.println("BENCH " + http);
    }

    @SuppressWarnings("unchecked")
    private static String renders(DatasetGraph dataset, IriMinter iris) throws Exception {
        Class<?> queriesClass = Class.forName("org.coldwar.serve.SiteQueries");
        Constructor<?> newQueries = queriesClass.getDeclaredConstructor(DatasetGraph.class);
        newQueries.setAccessible(true);
        Object queries = newQueries.newInstance(dataset);
        Method select = queriesClass.getDeclaredMethod("select", String.class, Map.class);
        Method construct = queriesClass.getDeclaredMethod("construct", String.class, Map.class);
        select.setAccessible(true);
        construct.setAccessible(true);
        Graph description = (Graph) construct.invoke(queries, "describe", Map.of("resource", STALIN));
        List<?> claims = (List<?>) select.invoke(queries, "claims-of", Map.of("resource", STALIN));
        List<?> mentions = (List<?>) select.invoke(queries, "mentions-of", Map.of("resource", STALIN));

        Class<?> pathsClass = Class.forName("org.coldwar.serve.LocalPaths");
        Constructor<?> newPaths = pathsClass.getDeclaredConstructor(IriMinter.class);
        newPaths.setAccessible(true);
        Object paths = newPaths.newInstance(iris);
        Class<?> representation = Class.forName("org.coldwar.serve.Representation");
        Object offered = representation.getDeclaredField("FOR_TRIPLES").get(null);
        Method render = Class.forName("org.coldwar.serve.ResourcePage").getDeclaredMethod("render", Node.class,
                Graph.class, List.class, List.class, pathsClass, String.class, String.class, List.class);
        render.setAccessible(true);
        int bytes = 0;
        for (int i = 0; i < RENDERS / 4; i++) {  // warm-up
            bytes = ((String) render.invoke(null, STALIN, description, claims, mentions, paths, "", "/entity/joseph_stalin",
                    offered)).length();
        }
        // The machine is shared: the best of several rounds is the figure least disturbed by others.
        double[] rounds = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < RENDERS / ROUNDS; i++) {
                render.invoke(null, STALIN, description, claims, mentions, paths, "", "/entity/joseph_stalin", offered);
            }
            rounds[r] = (System.nanoTime() - start) / 1e6 / (RENDERS / ROUNDS);
        }
        java.util.Arrays.sort(rounds);
        return String.format("render Stalin page (%d claims, %d mention rows, %d chars): best %.4f ms, median %.4f ms "
                + "per page (%d rounds of %d renders)", claims.size(), mentions.size(), bytes, rounds[0],
                rounds[ROUNDS / 2], ROUNDS, RENDERS / ROUNDS);
    }

    private String requests(Path release, IriMinter iris) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (ColdwarServer server = ColdwarServer.start(ColdwarServer.Settings.of(release, iris, 0)
                .withStore(temp.resolve("store")))) {
            URI page = URI.create(server.url() + "entity/joseph_stalin");
            HttpRequest request = HttpRequest.newBuilder(page).header("Accept", "text/html").build();
            int bytes = 0;
            for (int i = 0; i < REQUESTS / 3; i++) {
                bytes = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body().length;
            }
            long[] times = new long[REQUESTS];
            for (int i = 0; i < REQUESTS; i++) {
                long start = System.nanoTime();
                http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                times[i] = System.nanoTime() - start;
            }
            java.util.Arrays.sort(times);
            return String.format("GET /entity/joseph_stalin (%d bytes), one client: p10 %.2f ms, median %.2f ms over %d "
                    + "requests", bytes, times[REQUESTS / 10] / 1e6, times[REQUESTS / 2] / 1e6, REQUESTS);
        }
    }
}
