package org.coldwar.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.coldwar.TestFiles;
import org.coldwar.map.IriMinter;

/**
 * A server over a release of copies of the seeds, with the store in the same temporary
 * directory: the fixture of tests that serve a corpus larger than the project's seeds. Close it
 * to stop the server and remove the directory.
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
     * Serves {@code copies} copies of the project's seeds ({@link TestFiles#releaseOfCopies}),
     * built in a new temporary directory, on a free loopback port.
     */
    static ServedSeeds copiesOfTheSeeds(int copies) throws IOException {
        Path work = java.nio.file.Files.createTempDirectory("coldwar-served-copies");
        Path release = TestFiles.releaseOfCopies(work, copies).directory();
        return new ServedSeeds(ColdwarServer.start(ColdwarServer.Settings.of(release,
                IriMinter.of(IriMinter.DEFAULT_BASE), 0).withStore(work.resolve("store"))), work);
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
        org.coldwar.publish.Directories.deleteRecursively(temporary);
    }
}
