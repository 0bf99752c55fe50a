package org.coldwar.map;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.coldwar.TestFiles;
import org.coldwar.source.CsvReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests of the mappers, driven by {@code cases/mapping/manifest.csv}: a seeds directory
 * mapped with a fixed build time must give a dataset isomorphic to the expected TriG. On a
 * difference the produced dataset is printed.
 */
class MappingCasesTest {

    static final BuildInfo FIXED = new BuildInfo("test", Instant.parse("2000-01-01T00:00:00Z"));

    @TestFactory
    Stream<DynamicTest> seedsMapToTheExpectedDataset() {
        List<DynamicTest> tests = new ArrayList<>();
        new CsvReader("manifest.csv", List.of("case", "seeds", "base", "expected"))
                .read(TestFiles.resource("cases/mapping/manifest.csv"), row -> tests.add(
                        DynamicTest.dynamicTest(row.get("case"), () -> {
                            DatasetGraph actual = DatasetGraphFactory.create();
                            new DatasetAssembler(TestFiles.resource("cases/" + row.get("seeds")), "seeds",
                                    IriMinter.of(row.get("base")), FIXED).assemble(StreamRDFLib.dataset(actual));
                            DatasetGraph expected = DatasetGraphFactory.create();
                            RDFDataMgr.read(expected, TestFiles.resource("cases/" + row.get("expected")).toString());
                            assertTrue(IsoMatcher.isomorphic(expected, actual), () -> "produced:\n" + trig(actual));
                        })));
        return tests.stream();
    }

    private static String trig(DatasetGraph dataset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, dataset, RDFFormat.TRIG_PRETTY);
        return out.toString(StandardCharsets.UTF_8);
    }
}
