package org.coldwar.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release's date comes from its inputs, not from when or by which jar it was built. */
class BuildInfoTest {

    @TempDir
    Path seeds;

    @Test
    void theDateIsTheNewestInputsNotTheBuildsOrTheReviewFiles() throws Exception {
        Assumptions.assumeTrue(System.getenv("SOURCE_DATE_EPOCH") == null, "SOURCE_DATE_EPOCH decides otherwise");
        Files.writeString(seeds.resolve("sources.csv"), "a");
        Files.createDirectories(seeds.resolve("claims"));
        Files.writeString(seeds.resolve("claims/x.csv"), "b");
        Files.createDirectories(seeds.resolve("review"));
        Files.writeString(seeds.resolve("review/x.csv"), "written by the build");
        Files.setLastModifiedTime(seeds.resolve("sources.csv"), FileTime.from(Instant.parse("2020-01-01T00:00:00.700Z")));
        Files.setLastModifiedTime(seeds.resolve("claims/x.csv"), FileTime.from(Instant.parse("2021-06-01T12:00:00.300Z")));
        Files.setLastModifiedTime(seeds.resolve("review/x.csv"), FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        BuildInfo first = BuildInfo.ofInputs(seeds);
        assertEquals(Instant.parse("2021-06-01T12:00:00Z"), first.startedAt(), "the newest input, to the second");
        Thread.sleep(1100);
        assertEquals(first, BuildInfo.ofInputs(seeds), "built again later: the same date");
        Files.setLastModifiedTime(seeds.resolve("sources.csv"), FileTime.from(Instant.parse("2022-02-02T00:00:00Z")));
        assertEquals(Instant.parse("2022-02-02T00:00:00Z"), BuildInfo.ofInputs(seeds).startedAt(), "an input changed");
    }
}
