package org.coldwar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the commands say when a user gives too little or asks for what they cannot do here:
 * short IRIs, counts that say what they count, and a hint instead of a bare failure.
 */
class CommandHintsTest {

    @TempDir
    static Path temp;
    static Path dist;

    @BeforeAll
    static void build() {
        dist = temp.resolve("dist");
        CliRun run = CliRun.buildBaseRelease(temp);
        assertEquals(0, run.exitCode(), run.err());
        buildErr = run.err();
    }

    static String buildErr;

    @Test
    void buildShowsItsStagesAsPlainLinesWhenNotATerminal() {
        List<String> lines = buildErr.lines().toList();
        assertEquals(3, lines.size(), buildErr);
        assertTrue(lines.get(0).matches("coldwar: 1/3 reading, mapping and validating .*seeds \\([0-9.]+ s\\)"),
                lines.get(0));
        assertTrue(lines.get(1).matches("coldwar: 2/3 writing 6 dumps of [0-9,]+ statements \\(9 claims in [0-9]+ sources,"
                + " [0-9]+ validation batch(es)?\\) \\([0-9.]+ s\\)"), lines.get(1));
        assertTrue(lines.get(2).startsWith("coldwar: 3/3 describing the release and swapping it in"), lines.get(2));
    }

    @Test
    void onATerminalTheStagesRedrawOneLineWithABar() {
        java.io.StringWriter text = new java.io.StringWriter();
        ConsoleProgress progress = new ConsoleProgress(new java.io.PrintWriter(text), true);
        progress.stage(1, 3, "reading");
        progress.stage(2, 3, "validating");
        progress.done();
        assertTrue(text.toString().startsWith("\r[            ] 1/3 reading … "), text.toString());
        assertTrue(text.toString().contains("\r[####        ] 2/3 validating … "), text.toString());
        assertTrue(text.toString().endsWith("\r[############] done\u001b[K\n"), text.toString());
    }

    @Test
    void queryAndStatsPrintIrisWithTheReleasesPrefixes() {
        CliRun query = CliRun.of("query", "--release", dist.toString(),
                "SELECT ?e ?t WHERE { ?e a ?t ; <http://www.w3.org/2004/02/skos/core#prefLabel> ?l } LIMIT 3");
        assertEquals(0, query.exitCode(), query.err());
        assertTrue(query.out().contains("entity:") && query.out().contains("cw:"), query.out());
        assertFalse(query.out().contains("<https://w3id.org/coldwar/"), query.out());
        CliRun stats = CliRun.of("stats", "--release", dist.toString());
        assertEquals(0, stats.exitCode(), stats.err());
        assertTrue(stats.out().contains("cw:Person") || stats.out().contains("cw:"), stats.out());
        assertFalse(stats.out().contains("<https://w3id.org/coldwar/ontology#"), stats.out());
        assertTrue(stats.out().startsWith("Counted over the release's named graphs merged"), stats.out());
    }

    @Test
    void queryWithNothingSaysWhatToGive() {
        CliRun run = CliRun.of("query", "--release", dist.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("give a SPARQL query: as text ('SELECT ...') or from a file (--file"), run.err());
    }

    @Test
    void textSearchOfflineSaysItNeedsTheServer() {
        CliRun run = CliRun.of("query", "--release", dist.toString(),
                "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query 'Stalin' }");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("full-text search (text:query) needs the server's text index: run 'coldwar serve'"),
                run.err());
    }

    @Test
    void serveOutsideTheRepositorySaysWhereToRunIt() {
        CliRun run = CliRun.of("serve", "--port", "0", "--seeds", temp.resolve("no-seeds").toString(), "--release",
                temp.resolve("no-release").toString());
        assertEquals(3, run.exitCode());
        assertTrue(run.firstErrorLine().contains("run 'coldwar serve' in the repository (where seeds/ is), or give --seeds DIR"),
                run.err());
    }

    @Test
    void serveOnABusyPortFailsBeforeLoading() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            long started = System.nanoTime();
            CliRun run = CliRun.of("serve", "--port", Integer.toString(taken.getLocalPort()), "--release", dist.toString(),
                    "--store", temp.resolve("store").toString());
            assertEquals(3, run.exitCode());
            assertTrue(run.firstErrorLine().contains("port " + taken.getLocalPort() + " is in use"), run.err());
            assertFalse(temp.resolve("store").toFile().exists(), "nothing was loaded");
            assertTrue(System.nanoTime() - started < 5_000_000_000L, "at once");
        }
    }
}
