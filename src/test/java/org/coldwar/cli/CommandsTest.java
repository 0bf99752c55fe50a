package org.coldwar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The subcommands end to end on the small fixture seeds: exit codes, help, version, outputs. */
class CommandsTest {

    @TempDir
    static Path temp;
    static Path dist;

    @BeforeAll
    static void build() {
        dist = temp.resolve("dist");
        CliRun run = CliRun.buildBaseRelease(temp);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("built " + dist + ": 9 claims, 12 entities"), run.out());
    }

    @Test
    void versionAndHelpWorkEverywhere() {
        assertTrue(CliRun.of("--version").out().startsWith("coldwar "));
        for (String command : new String[] {"build", "validate", "query", "stats"}) {
            CliRun help = CliRun.of(command, "--help");
            assertEquals(0, help.exitCode(), command);
            assertTrue(help.out().contains("Usage: coldwar " + command), help.out());
        }
    }

    @Test
    void usageErrorsExitWithTwoAndOneLine() {
        CliRun unknown = CliRun.of("build", "--no-such-option");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.firstErrorLine().contains("--no-such-option"), unknown.err());
        CliRun badBase = CliRun.of("validate", "--base", "not an iri");
        assertEquals(2, badBase.exitCode());
        assertEquals("coldwar: base IRI is not a valid IRI: not an iri", badBase.firstErrorLine());
        CliRun badQuery = CliRun.of("query", "--release", dist.toString(), "SELEKT * WHERE {}");
        assertEquals(2, badQuery.exitCode());
        assertTrue(badQuery.firstErrorLine().startsWith("coldwar: invalid SPARQL: Lexical error at line 1, column 7"),
                badQuery.err());
        assertEquals(2, CliRun.of().exitCode(), "a subcommand is required");
    }

    @Test
    void queryGivesCsvJsonAndTurtle() {
        String select = "PREFIX cw: <https://w3id.org/coldwar/ontology#> "
                + "SELECT ?n WHERE { ?m cw:quantity ?n FILTER(isLiteral(?n)) }";
        CliRun csv = CliRun.of("query", "--release", dist.toString(), "--format", "csv", select);
        assertEquals(0, csv.exitCode(), csv.err());
        assertEquals("n\r\n6\r\n", csv.out());
        CliRun json = CliRun.of("query", "--release", dist.toString(), "--format", "json", select);
        assertTrue(json.out().contains("\"datatype\": \"http://www.w3.org/2001/XMLSchema#decimal\""), json.out());
        CliRun construct = CliRun.of("query", "--release", dist.toString(),
                "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(?o = 6) }");
        assertTrue(construct.out().contains("meetings_1949"), construct.out());
        CliRun ask = CliRun.of("query", "--release", dist.toString(), "ASK { ?s ?p ?o }");
        assertEquals("true", ask.out().strip());
    }

    @Test
    void statsCountTheRelease() {
        CliRun stats = CliRun.of("stats", "--release", dist.toString());
        assertEquals(0, stats.exitCode(), stats.err());
        assertTrue(stats.out().contains("| \"doc.txt\"    | 4      | 8         | 5        |"), stats.out());
    }

    @Test
    void readingWithoutAReleaseSaysWhatToDo() {
        CliRun run = CliRun.of("stats", "--release", temp.resolve("nothing").toString());
        assertEquals(3, run.exitCode());
        assertTrue(run.firstErrorLine().endsWith("coldwar.nq.gz: no release here; run 'coldwar build' first"), run.err());
    }

    @Test
    void verboseShowsTheStackTrace() {
        CliRun run = CliRun.of("stats", "--verbose", "--release", temp.resolve("nothing").toString());
        assertTrue(run.err().contains("\tat "), run.err());
    }
}
