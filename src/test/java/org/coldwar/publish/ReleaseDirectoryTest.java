package org.coldwar.publish;

import org.coldwar.Crash;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build replaces only a directory that is a release, and a crash at any step of the swap
 * (injected through the step hook, which leaves the files as a kill would) leaves a release that
 * {@link ReleaseDirectory#recover()} makes current again, with nothing left over that stops the
 * next build.
 */
class ReleaseDirectoryTest {

    @TempDir
    Path temp;

    @Test
    void aDirectoryThatIsNotAReleaseIsNeverReplaced() throws Exception {
        Path precious = temp.resolve("seeds");
        Files.createDirectories(precious);
        Files.writeString(precious.resolve("claims.csv"), "a,b\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new ReleaseDirectory(precious).stage());
        assertTrue(e.getMessage().contains("is not a coldwar release"), e.getMessage());
        assertTrue(Files.exists(precious.resolve("claims.csv")));
    }

    @Test
    void aCrashAtAnyStepOfTheSwapLeavesARelease() throws Exception {
        for (boolean legacy : List.of(true, false)) {
            for (String step : List.of("move-legacy", "create-link", "rename-link", "prune")) {
                Path dist = temp.resolve((legacy ? "legacy-" : "linked-") + step).resolve("dist");
                if (legacy) {
                    Files.createDirectories(dist);
                    Files.writeString(dist.resolve(Checksums.FILE_NAME), "A");
                } else {
                    publish(new ReleaseDirectory(dist), "A");
                }
                ReleaseDirectory crashing = new ReleaseDirectory(dist, s -> {
                    if (s.equals(step)) {
                        throw new Crash(s);
                    }
                });
                Path staging = crashing.stage();
                Files.writeString(staging.resolve(Checksums.FILE_NAME), "B");
                try {
                    crashing.commit(staging);
                } catch (Crash expected) {
                    // the process died here
                }
                ReleaseDirectory after = new ReleaseDirectory(dist);
                after.recover();
                String what = (legacy ? "from a plain directory" : "from a link") + ", crash before " + step;
                assertTrue(Set.of("A", "B").contains(Files.readString(dist.resolve(Checksums.FILE_NAME))), what);
                if (step.equals("prune")) {
                    assertEquals("B", Files.readString(dist.resolve(Checksums.FILE_NAME)), what);
                }
                publish(after, "C");
                assertEquals("C", Files.readString(dist.resolve(Checksums.FILE_NAME)), what);
                assertEquals(1, count(after.releases()), what + ": only the current release is kept");
                assertFalse(Files.exists(dist.resolveSibling("dist.link"), java.nio.file.LinkOption.NOFOLLOW_LINKS), what);
            }
        }
    }

    @Test
    void theStateAnOlderVersionLeftBetweenItsTwoRenamesIsRepaired() throws Exception {
        Path dist = temp.resolve("old/dist");
        Path previous = dist.resolveSibling("dist.previous");
        Path staging = dist.resolveSibling("dist.staging");
        Files.createDirectories(previous);
        Files.writeString(previous.resolve(Checksums.FILE_NAME), "A");
        Files.createDirectories(staging);
        Files.writeString(staging.resolve("coldwar.ttl"), "half written");
        new ReleaseDirectory(dist).recover();
        assertEquals("A", Files.readString(dist.resolve(Checksums.FILE_NAME)));
        assertFalse(Files.exists(previous));
        assertFalse(Files.exists(staging));
    }

    @Test
    void aFailedBuildKeepsOnlyItsReport() throws Exception {
        Path dist = temp.resolve("failed/dist");
        ReleaseDirectory release = new ReleaseDirectory(dist);
        publish(release, "A");
        Path staging = release.stage();
        Files.write(staging.resolve("coldwar.nq.gz"), new byte[100_000]);
        Files.writeString(staging.resolve(ReleaseBuilder.REPORT_FILE), "report");
        Path failed = release.abandon(staging);
        assertFalse(Files.exists(staging));
        try (Stream<Path> kept = Files.list(failed)) {
            assertEquals(List.of(ReleaseBuilder.REPORT_FILE), kept.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals(1, count(release.releases()));
        publish(release, "B");
        assertFalse(Files.exists(failed), "the next build removes what a failed one left");
    }

    private static void publish(ReleaseDirectory release, String sums) throws IOException {
        Path staging = release.stage();
        Files.writeString(staging.resolve(Checksums.FILE_NAME), sums);
        release.commit(staging);
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.count();
        }
    }
}
