package org.coldwar.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.coldwar.TestFiles;
import java.util.List;

import org.coldwar.federate.ServicePolicy;
import org.coldwar.map.BuildInfo;
import org.coldwar.map.IriMinter;
import org.coldwar.publish.ReleaseBuilder;
import org.coldwar.publish.ReleaseDirectory;

/**
 * A real server on a free loopback port over a release of the project's seeds, built once per
 * JVM into a temporary directory, with a short query timeout; and an HTTP client for it.
 */
final class TestServer {

    static final Duration TIMEOUT = Duration.ofSeconds(3);
    /** Requests one query may send to one remote endpoint. */
    static final int REMOTE_BUDGET = 20;
    private static TestServer shared;

    final Path root;
    final Path release;
    final ColdwarServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final WikidataStandIn wikidata;

    private TestServer(Path root) {
        this.root = root;
        Path seeds = root.resolve("seeds");
        TestFiles.copyTree(TestFiles.projectSeeds(), seeds);
        this.release = root.resolve("dist");
        new ReleaseBuilder(seeds, "seeds", IriMinter.of(IriMinter.DEFAULT_BASE), IriMinter.DEFAULT_BASE + "sparql",
                new BuildInfo("test", Instant.parse("2000-01-01T00:00:00Z"))).build(new ReleaseDirectory(release));
        try {
            this.wikidata = new WikidataStandIn();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ServicePolicy policy = ServicePolicy.defaults()
                .allowing(List.of(WikidataStandIn.endpoint(wikidata.wikidata), WikidataStandIn.endpoint(wikidata.slow),
                        WikidataStandIn.endpoint(wikidata.throttled)))
                .withRemoteTimeout(Duration.ofSeconds(2)).withRequestBudget(REMOTE_BUDGET, 50);
        this.server = ColdwarServer.start(ColdwarServer.Settings.of(release, IriMinter.of(IriMinter.DEFAULT_BASE), 0)
                .withStore(root.resolve("store")).withQueryTimeout(TIMEOUT).withMaxRequestBytes(64 * 1024)
                .withServicePolicy(policy).withAccessLog(root.resolve("logs/access.log")));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                wikidata.close();
            } catch (IOException e) {
                // exiting anyway
            }
        }));
    }

    /** The server shared by the serve tests (started on first use, stopped when the JVM exits). */
    static synchronized TestServer get() {
        if (shared == null) {
            try {
                shared = new TestServer(Files.createTempDirectory("coldwar-serve-test"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return shared;
    }

    int port() {
        return server.port();
    }

    URI uri(String path) {
        return URI.create(server.url() + (path.startsWith("/") ? path.substring(1) : path));
    }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends on a connection of its own (a client of its own), for requests the server refuses
     * without reading their body: such a connection is closed, and must not be reused by others.
     */
    static HttpResponse<String> sendFresh(HttpRequest request) {
        return sendFresh(request, HttpResponse.BodyHandlers.ofString());
    }

    /** {@link #sendFresh(HttpRequest)} with a body handler of the caller's choice. */
    static <T> HttpResponse<T> sendFresh(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            return fresh.send(request, body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A SPARQL query by GET with an Accept header; returns the response. */
    HttpResponse<String> sparql(String query, String accept) {
        return get("/sparql?query=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8),
                "Accept", accept);
    }
}
