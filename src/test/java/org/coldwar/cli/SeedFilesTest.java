package org.coldwar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.coldwar.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that are not plain files inside the seeds directory (issue 9): a link to /dev/zero ran
 * the heap out, a FIFO hung the build, a link to a file elsewhere published it. Each is now one
 * line naming the file, exit 1, before anything is read.
 */
class SeedFilesTest {

    @TempDir
    Path temp;

    private Path seeds(String name) {
        Path seeds = temp.resolve(name).resolve("seeds");
        TestFiles.copyTree(TestFiles.resource("cases/errors/base/seeds"), seeds);
        return seeds;
    }

    private static void assertRefused(Path seeds, String file, String message) {
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> CliRun.of("validate", "--seeds", seeds.toString()));
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.firstErrorLine().startsWith(seeds + "/" + file + ": " + message), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aLinkToADeviceIsRefused() throws Exception {
        Path seeds = seeds("device");
        Files.delete(seeds.resolve("entities.csv"));
        Files.createSymbolicLink(seeds.resolve("entities.csv"), Path.of("/dev/zero"));
        assertRefused(seeds, "entities.csv", "a symbolic link to /dev/zero, outside the seeds directory");
    }

    @Test
    void aFifoIsRefusedWithoutWaiting() throws Exception {
        Path seeds = seeds("fifo");
        Files.delete(seeds.resolve("claims/doc.csv"));
        Process mkfifo = new ProcessBuilder("mkfifo", seeds.resolve("claims/doc.csv").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        assertRefused(seeds, "claims/doc.csv", "not a regular file");
    }

    @Test
    void aLinkOutOfTheSeedsIsRefusedAndOneWithinIsFollowed() throws Exception {
        Path seeds = seeds("outside");
        Path elsewhere = temp.resolve("elsewhere.txt");
        Files.move(seeds.resolve("doc.txt"), elsewhere);
        Files.createSymbolicLink(seeds.resolve("doc.txt"), elsewhere);
        assertRefused(seeds, "doc.txt", "a symbolic link to " + elsewhere.toRealPath() + ", outside the seeds directory");

        Path inside = seeds("inside");
        Files.move(inside.resolve("doc.txt"), inside.resolve("claims/original.txt"));
        Files.createSymbolicLink(inside.resolve("doc.txt"), Path.of("claims/original.txt"));
        CliRun ok = CliRun.of("validate", "--seeds", inside.toString());
        assertEquals(0, ok.exitCode(), ok.err());
    }

    @Test
    void anOversizedFileIsRefusedUnread() throws Exception {
        Path seeds = seeds("large");
        try (RandomAccessFile file = new RandomAccessFile(seeds.resolve("wikidata-links.csv").toFile(), "rw")) {
            file.setLength(40L * 1024 * 1024);  // sparse: takes no disk
        }
        assertRefused(seeds, "wikidata-links.csv", "larger than 32 MiB");
    }
}
