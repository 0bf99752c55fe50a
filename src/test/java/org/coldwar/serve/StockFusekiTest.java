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
import java.util.List;

import org.coldwar.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stock-Fuseki promise (issue 9): {@code fuseki-config/coldwar.ttl}, unchanged, served by
 * Fuseki's own command ({@code FusekiMain}, no coldwar code) in a separate JVM started in a
 * directory laid out like the repository: the store and its text index are found, SERVICE
 * reaches nothing, and there is no admin or update operation.
 */
class StockFusekiTest {

    @TempDir
    Path work;

    /**
     * Fuseki's own command line ({@code FusekiMainCmd} without its log4j set-up, which the test
     * class path lacks): parses the arguments, reads the configuration, serves.
     */
    public static final class Launcher {
        public static void main(String[] args) {
            org.apache.jena.fuseki.system.FusekiLogging.markInitialized(true);
            org.apache.jena.fuseki.main.cmds.FusekiMain.run(args);
        }
    }

    @Test
    void theShippedConfigurationIsSafeAndFindsTheStore() throws Exception {
        TestServer server = TestServer.get();
        Path store = server.server.storeDirectory();
        Path copy = work.resolve("dist.tdb2").resolve(store.getFileName());
        TestFiles.copyTree(store, copy);
        Files.deleteIfExists(copy.resolve("tdb2/tdb.lock"));
        Files.createSymbolicLink(work.resolve("dist.tdb2/current"), copy.getFileName());
        Files.createDirectories(work.resolve("fuseki-config"));
        Files.copy(Path.of("fuseki-config/coldwar.ttl"), work.resolve("fuseki-config/coldwar.ttl"));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process fuseki = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "--config=fuseki-config/coldwar.ttl", "--localhost", "--port=" + port)
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("fuseki.log").toFile()).start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port;
            awaitStarted(http, base, fuseki);

            HttpResponse<String> text = query(http, base, "PREFIX text: <http://jena.apache.org/text#> "
                    + "SELECT ?s WHERE { ?s text:query \"Vladimirov\" }");
            assertEquals(200, text.statusCode(), text.body());
            assertTrue(text.body().contains("pyotr_vladimirov"), "the text index was found: " + text.body());
            assertFalse(Files.exists(work.resolve("fuseki-config/dist.tdb2")), "no index made beside the configuration");

            int before = server.wikidata.canaryConnections.get();
            HttpResponse<String> service = query(http, base, "SELECT * WHERE { SERVICE <"
                    + server.wikidata.canaryEndpoint() + "> { ?s ?p ?o } }");
            assertTrue(service.statusCode() >= 400, "SERVICE is off: " + service.statusCode() + " " + service.body());
            assertEquals(before, server.wikidata.canaryConnections.get(), "nothing was contacted");

            for (HttpRequest write : List.of(
                    HttpRequest.newBuilder(URI.create(base + "/$/datasets?dbName=x&dbType=mem"))
                            .POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpRequest.newBuilder(URI.create(base + "/sparql")).header("Content-Type", "application/sparql-update")
                            .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x:a> <urn:x:b> 1 }")).build(),
                    HttpRequest.newBuilder(URI.create(base + "/coldwar/data?default")).header("Content-Type", "text/turtle")
                            .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:b> 1 .")).build())) {
                int status = http.send(write, HttpResponse.BodyHandlers.ofString()).statusCode();
                assertTrue(status >= 400, write.method() + " " + write.uri() + " -> " + status);
            }
            assertFalse(query(http, base, "ASK { ?s <urn:x:b> ?o }").body().contains("true"));
        } finally {
            fuseki.destroy();
            fuseki.waitFor();
        }
    }

    private static HttpResponse<String> query(HttpClient http, String base, String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void awaitStarted(HttpClient http, String base, Process fuseki) throws Exception {
        for (int i = 0; i < 120; i++) {
            if (!fuseki.isAlive()) {
                throw new AssertionError("the stock Fuseki stopped: " + Files.readString(work.resolve("fuseki.log")));
            }
            try {
                http.send(HttpRequest.newBuilder(URI.create(base + "/sparql?query=ASK%7B%7D")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(500);
            }
        }
        throw new AssertionError("the stock Fuseki did not start: " + Files.readString(work.resolve("fuseki.log")));
    }
}
