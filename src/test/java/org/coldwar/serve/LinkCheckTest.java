package org.coldwar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.coldwar.TestFiles;
import org.coldwar.cli.CliRun;
import org.coldwar.source.CsvReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code coldwar link check} against the Wikidata stand-in, driven by
 * {@code cases/linkcheck/manifest.csv}: planted wrong links are each reported on their own line
 * with the row they come from; a clean authority file passes.
 */
class LinkCheckTest {

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> linkCheckReportsEveryDisagreement() {
        String endpoint = WikidataStandIn.endpoint(TestServer.get().wikidata.wikidata);
        List<DynamicTest> tests = new ArrayList<>();
        new CsvReader("manifest.csv", List.of("case", "seeds", "exit", "expected"))
                .read(TestFiles.resource("cases/linkcheck/manifest.csv"), row -> tests.add(DynamicTest.dynamicTest(
                        row.get("case"), () -> {
                            Path seeds = temp.resolve(row.get("case")).resolve("seeds");
                            TestFiles.copyTree(TestFiles.resource("cases/" + row.get("seeds")), seeds);
                            CliRun run = CliRun.of("link", "check", "--seeds", seeds.toString(), "--endpoint", endpoint);
                            String expected = row.get("expected").replace("{seeds}", seeds.toString())
                                    .replace("{endpoint}", endpoint).replace("\nwikidata-links.csv", "\n" + seeds + "/wikidata-links.csv");
                            if (expected.startsWith("wikidata-links.csv")) {
                                expected = seeds + "/" + expected;
                            }
                            assertEquals(expected, run.out().strip(), run.err());
                            assertEquals(Integer.parseInt(row.get("exit")), run.exitCode(), run.err());
                        })));
        return tests.stream();
    }
}
