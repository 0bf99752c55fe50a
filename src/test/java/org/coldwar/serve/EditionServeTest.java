package org.coldwar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.coldwar.TestFiles;
import org.coldwar.map.BuildInfo;
import org.coldwar.map.IriMinter;
import org.coldwar.publish.ReleaseBuilder;
import org.coldwar.publish.ReleaseDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site of an edition's release shows what the editors and the machine found. */
class EditionServeTest {

    @TempDir
    static Path temp;
    static ColdwarServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void serveTheEdition() throws IOException {
        Path seeds = TestFiles.frusEdition(temp.resolve("frus"));
        Path release = temp.resolve("dist");
        IriMinter iris = IriMinter.of(IriMinter.DEFAULT_BASE);
        new ReleaseBuilder(seeds, "seeds", iris, IriMinter.DEFAULT_BASE + "sparql",
                new BuildInfo("test", Instant.parse("2000-01-01T00:00:00Z"))).build(new ReleaseDirectory(release));
        server = ColdwarServer.start(ColdwarServer.Settings.of(release, iris, 0).withStore(temp.resolve("store")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    @Test
    void aListedPersonSaysWhereTheEditorsAndTheMachineFoundHim() throws Exception {
        String dulles = get("/entity/p_DJF1");
        assertTrue(dulles.contains("John Foster Dulles"), dulles);
        assertTrue(dulles.contains("<h2>Mentioned in</h2>"), dulles);
        assertTrue(dulles.matches("(?s).*[1-9][0-9]* by the editors, [1-9][0-9]* found by the machine.*"), dulles);
    }

    @Test
    void aDocumentPageHighlightsMentionsAndADocumentIsDated() throws Exception {
        assertTrue(get("/source/d1").contains("<mark class=\"mention\">"), "mentions are highlighted");
        assertTrue(get("/entity/d1").contains("4 January 1955"), "the document's date in words");
    }
}
