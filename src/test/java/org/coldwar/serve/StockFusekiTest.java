package org.coldwar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

import org.coldwar.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stock-Fuseki promise (issue 9): {@code fuseki-config/coldwar.ttl}, unchanged, served by the
 * stock {@code jena-fuseki-server} jar of Maven Central (copied to {@code target/stock-fuseki/}
 * by the build, pinned to our Jena version, never on our class path), in a process of its own
 * started in a directory laid out like the repository.
 *
 * <p>Run as the README says ({@code FusekiMainCmd}): the store and its text index are found,
 * SERVICE reaches nothing, and there is no admin or update operation. What holds only under
 * {@code coldwar serve} is asserted as it is, so the README's table cannot drift: there is no
 * request-body cap. Run as {@code java -jar} (the full server, {@code FusekiServerCmd}) the admin
 * API is open to localhost, as the README warns.
 */
class StockFusekiTest {

    static final Path JAR = Path.of("target/stock-fuseki/jena-fuseki-server-5.6.0.jar");

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theDocumentedCommandFindsTheStoreAndIsSafe() throws Exception {
        TestServer server = TestServer.get();
        Path root = repositoryLayout(server, "main");
        try (Stock fuseki = Stock.start(root, "-cp", JAR.toAbsolutePath().toString(),
                "org.apache.jena.fuseki.main.cmds.FusekiMainCmd", "--config", "fuseki-config/coldwar.ttl", "--localhost")) {
            HttpResponse<String> text = query(fuseki.base, "PREFIX text: <http://jena.apache.org/text#> "
                    + "SELECT ?s WHERE { ?s text:query \"Vladimirov\" }");
            assertEquals(200, text.statusCode(), text.body());
            assertTrue(text.body().contains("pyotr_vladimirov"), "the text index was found: " + text.body());
            assertFalse(Files.exists(root.resolve("fuseki-config/dist.tdb2")), "no index made beside the configuration");

            int before = server.wikidata.canaryConnections.get();
            HttpResponse<String> service = query(fuseki.base, "SELECT * WHERE { SERVICE <"
                    + server.wikidata.canaryEndpoint() + "> { ?s ?p ?o } }");
            assertTrue(service.statusCode() >= 400, "SERVICE is off: " + service.statusCode() + " " + service.body());
            assertEquals(before, server.wikidata.canaryConnections.get(), "nothing was contacted");

            for (HttpRequest write : writes(fuseki.base)) {
                int status = send(write).statusCode();
                assertTrue(status >= 400, write.method() + " " + write.uri() + " -> " + status);
            }
            assertEquals(404, send(HttpRequest.newBuilder(URI.create(fuseki.base + "/$/server")).build()).statusCode(),
                    "no admin API");
            assertFalse(query(fuseki.base, "ASK { ?s <urn:x:b> ?o }").body().contains("true"), "nothing was written");

            // only coldwar serve caps request bodies (README): the stock server reads a 300 KB query
            String padded = "ASK {} #" + "x".repeat(300 * 1024);
            HttpResponse<String> big = send(HttpRequest.newBuilder(URI.create(fuseki.base + "/sparql"))
                    .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString(padded)).build());
            assertEquals(200, big.statusCode(), "no 413 in a stock Fuseki: " + big.body());
        }
    }

    @Test
    void theFullServerOpensItsAdminApiToLocalhost() throws Exception {
        TestServer server = TestServer.get();
        Path root = repositoryLayout(server, "full");
        try (Stock fuseki = Stock.start(root, "-jar", JAR.toAbsolutePath().toString(),
                "--config", "fuseki-config/coldwar.ttl", "--localhost")) {
            HttpResponse<String> text = query(fuseki.base, "PREFIX text: <http://jena.apache.org/text#> "
                    + "SELECT ?s WHERE { ?s text:query \"Vladimirov\" }");
            assertTrue(text.body().contains("pyotr_vladimirov"), "the text index was found: " + text.body());
            for (HttpRequest write : writes(fuseki.base).subList(1, 3)) {
                int status = send(write).statusCode();
                assertTrue(status >= 400, write.method() + " " + write.uri() + " -> " + status);
            }
            // the README's warning, as it is: the admin API answers on localhost and creates datasets
            assertEquals(200, send(HttpRequest.newBuilder(URI.create(fuseki.base + "/$/server")).build()).statusCode());
            assertEquals(200, send(writes(fuseki.base).get(0)).statusCode(), "POST /$/datasets creates one");
        }
    }

    /** The writes a read-only service refuses: a new dataset, an update, a graph store PUT. */
    private static List<HttpRequest> writes(String base) {
        return List.of(
                HttpRequest.newBuilder(URI.create(base + "/$/datasets?dbName=x&dbType=mem"))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpRequest.newBuilder(URI.create(base + "/sparql")).header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x:a> <urn:x:b> 1 }")).build(),
                HttpRequest.newBuilder(URI.create(base + "/coldwar/data?default")).header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:b> 1 .")).build());
    }

    /** A directory like the repository after one {@code coldwar serve}: the store, the link, the configuration. */
    private Path repositoryLayout(TestServer server, String name) {
        Path root = work.resolve(name);
        Path store = server.server.storeDirectory();
        Path copy = root.resolve("dist.tdb2").resolve(store.getFileName());
        TestFiles.copyTree(store, copy);
        try {
            Files.deleteIfExists(copy.resolve("tdb2/tdb.lock"));
            Files.createSymbolicLink(root.resolve("dist.tdb2/current"), copy.getFileName());
            Files.createDirectories(root.resolve("fuseki-config"));
            Files.copy(Path.of("fuseki-config/coldwar.ttl"), root.resolve("fuseki-config/coldwar.ttl"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return root;
    }

    private HttpResponse<String> query(String base, String query) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(HttpRequest.newBuilder(request, (name, value) -> true).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A stock Fuseki process on a free loopback port, stopped (and waited for) on close. */
    private static final class Stock implements AutoCloseable {

        final Process process;
        final String base;
        final Path log;

        private Stock(Process process, int port, Path log) {
            this.process = process;
            this.base = "http://127.0.0.1:" + port;
            this.log = log;
        }

        static Stock start(Path directory, String... args) throws Exception {
            assertTrue(Files.isRegularFile(JAR), JAR + " is copied by the build (mvn process-test-resources)");
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m"));
            command.addAll(List.of(args));
            command.add("--port=" + port);
            Path log = directory.resolve("fuseki.log");
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            Stock stock = new Stock(process, port, log);
            try {
                stock.awaitStarted();
            } catch (Exception | AssertionError e) {
                stock.close();
                throw e;
            }
            return stock;
        }

        private void awaitStarted() throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < 240; i++) {
                if (!process.isAlive()) {
                    throw new AssertionError("the stock Fuseki stopped: " + Files.readString(log));
                }
                try {
                    http.send(HttpRequest.newBuilder(URI.create(base + "/sparql?query=ASK%7B%7D")).build(),
                            HttpResponse.BodyHandlers.discarding());
                    return;
                } catch (IOException notYet) {
                    Thread.sleep(250);
                }
            }
            throw new AssertionError("the stock Fuseki did not start: " + Files.readString(log));
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
