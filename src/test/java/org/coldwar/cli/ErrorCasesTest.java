package org.coldwar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.coldwar.TestFiles;
import org.coldwar.source.CsvReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * One negative test per error path, driven by {@code cases/errors/manifest.csv}: each case
 * overlays a few files on a small valid seeds directory ({@code cases/errors/base}), runs
 * {@code coldwar validate}, and checks the exit code and the exact first line of the error
 * (file, line, message and offending value).
 */
class ErrorCasesTest {

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyErrorPathReportsFileLineAndValue() {
        Path cases = TestFiles.resource("cases/errors");
        List<DynamicTest> tests = new ArrayList<>();
        new CsvReader("manifest.csv", List.of("case", "exit", "first_error")).read(cases.resolve("manifest.csv"),
                row -> tests.add(DynamicTest.dynamicTest(row.get("case"), () -> {
                    Path seeds = temp.resolve(row.get("case")).resolve("seeds");
                    TestFiles.copyTree(cases.resolve("base/seeds"), seeds);
                    TestFiles.copyTree(cases.resolve(row.get("case")), seeds);
                    CliRun run = CliRun.of("validate", "--seeds", seeds.toString());
                    String expected = row.get("first_error").replace("{seeds}", seeds.toString());
                    assertEquals(expected, run.firstErrorLine(), run.err());
                    assertEquals(Integer.parseInt(row.get("exit")), run.exitCode());
                    assertFalse(run.err().contains("\tat "), "no stack trace without --verbose");
                })));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> theBaseCaseIsValid() throws IOException {
        return Stream.of(DynamicTest.dynamicTest("base", () -> {
            Path seeds = temp.resolve("base/seeds");
            TestFiles.copyTree(TestFiles.resource("cases/errors/base/seeds"), seeds);
            long workDirsBefore = validationWorkDirs();
            CliRun run = CliRun.of("validate", "--seeds", seeds.toString());
            assertEquals(0, run.exitCode(), run.err());
            assertEquals("valid: 9 claims, " , run.out().substring(0, "valid: 9 claims, ".length()));
            assertEquals(workDirsBefore, validationWorkDirs(), "validate removes its sorted runs");
        }));
    }

    /** The temporary directories of {@code coldwar validate}'s sorted runs now present. */
    private static long validationWorkDirs() throws IOException {
        try (Stream<Path> entries = java.nio.file.Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(p -> p.getFileName().toString().startsWith("coldwar-validate")).count();
        }
    }
}
