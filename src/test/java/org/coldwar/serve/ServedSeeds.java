package org.coldwar.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;

import org.coldwar.map.BuildInfo;
import org.coldwar.map.IriMinter;
import org.coldwar.publish.ReleaseBuilder;
import org.coldwar.publish.ReleaseDirectory;

/**
 * A server over a release built from a seeds directory, with the store in the same working
 * directory: the fixture of tests that serve a corpus larger than the project's seeds. Close it
 * to stop the server (and remove the directory, if it made it).
 */
final class ServedSeeds implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final ColdwarServer server;
    private final Path temporary;

    private ServedSeeds(ColdwarServer server, Path temporary) {
        this.server = server;
        this.temporary = temporary;
    }

    /**
     * Serves {@code copies} copies of the project's seeds (each copy's sources under their own
     * names, the same claims), built in a new temporary directory: a corpus with hubs.
     */
    static ServedSeeds copiesOfTheSeeds(int copies) throws IOException {
        Path work = java.nio.file.Files.createTempDirectory("coldwar-served-copies");
        Path seeds = work.resolve("seeds");
        org.coldwar.TestFiles.replicateSeeds(org.coldwar.TestFiles.projectSeeds(), seeds, copies);
        ServedSeeds served = start(seeds, work);
        return new ServedSeeds(served.server, work);
    }

    /** Builds {@code seeds} into {@code work}/dist and serves it, on a free loopback port. */
    static ServedSeeds start(Path seeds, Path work) {
        Path release = work.resolve("dist");
        IriMinter iris = IriMinter.of(IriMinter.DEFAULT_BASE);
        new ReleaseBuilder(seeds, "seeds", iris, IriMinter.DEFAULT_BASE + "sparql",
                new BuildInfo("test", Instant.parse("2000-01-01T00:00:00Z"))).build(new ReleaseDirectory(release));
        return new ServedSeeds(ColdwarServer.start(ColdwarServer.Settings.of(release, iris, 0)
                .withStore(work.resolve("store"))), null);
    }

    /** GET {@code path} (from the root, e.g. {@code /entity/joseph_stalin}) with {@code accept}. */
    HttpResponse<String> get(String path, String accept) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                    .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        if (temporary != null) {
            org.coldwar.publish.Directories.deleteRecursively(temporary);
        }
    }
}
