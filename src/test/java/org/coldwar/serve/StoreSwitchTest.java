package org.coldwar.serve;

import org.coldwar.Crash;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.coldwar.TestFiles;
import org.coldwar.map.IriMinter;
import org.coldwar.publish.Checksums;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store switch survives a crash at any step (issue 9): with an old release's store in
 * place, loading a new release is killed (simulated, through the step hook, leaving the files as
 * a kill would) before each step in turn. At that instant {@code current} still names a complete
 * store; the next start, with the new release or back with the old one, serves a complete store
 * with the release's data and leaves nothing else behind.
 */
class StoreSwitchTest {

    private static final List<String> STEPS = List.of("wipe", "load", "index", "mark", "create-link", "rename-link", "prune");

    @TempDir
    Path temp;

    @Test
    void aCrashAtAnyStepLeavesAStoreAndTheNextStartRecovers() throws Exception {
        Path newRelease = TestServer.get().release.toRealPath();
        Path oldRelease = temp.resolve("old-release");
        TestFiles.copyTree(newRelease, oldRelease);
        // another release as far as the loader can tell (its id is the digest of SHA256SUMS)
        Files.writeString(oldRelease.resolve(Checksums.FILE_NAME), "\n", java.nio.file.StandardOpenOption.APPEND);
        IriMinter iris = IriMinter.of(IriMinter.DEFAULT_BASE);
        FusekiConfiguration config = FusekiConfiguration.packaged();
        Path template = temp.resolve("template");
        Path old = StoreLoader.loadIfStale(oldRelease, template, iris, config).getFileName();
        expelAll(template);

        for (String step : STEPS) {
            Path crashed = temp.resolve("on-" + step);
            copyWithLinks(template, crashed);
            assertThrows(Crash.class, () -> StoreLoader.loadIfStale(newRelease, crashed, iris, config, s -> {
                if (s.equals(step)) {
                    throw new Crash(s);
                }
            }), "crash before " + step);
            expelAll(crashed);  // the process is gone: so are its open stores
            Path current = crashed.resolve(StoreLoader.CURRENT).toRealPath();
            assertTrue(Files.exists(current.resolve(StoreLoader.MARKER)), "crash before " + step + ": current names a complete store");
            Path back = temp.resolve("back-" + step);
            copyWithLinks(crashed, back);

            recovers(crashed, newRelease, null, "crash before " + step + ", then started again", config);
            recovers(back, oldRelease, back.resolve(old), "crash before " + step + ", then started with the old release", config);
        }
    }

    /** The next start serves a complete store with the release's data, names it current, and leaves nothing else. */
    private static void recovers(Path root, Path release, Path expected, String what, FusekiConfiguration config) throws Exception {
        Path served = StoreLoader.loadIfStale(release, root, IriMinter.of(IriMinter.DEFAULT_BASE), config);
        if (expected != null) {
            assertEquals(expected, served, what);
        }
        assertEquals(served, root.resolve(StoreLoader.CURRENT).toRealPath(), what + ": current names the served store");
        assertTrue(Files.exists(served.resolve(StoreLoader.MARKER)), what);
        try (Stream<Path> left = Files.list(root)) {
            assertEquals(java.util.Set.of(StoreLoader.CURRENT, served.getFileName().toString()),
                    left.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()),
                    what + ": nothing else is left");
        }
        assertTrue(quads(served, config) > 1000, what + ": the store holds the release");
        expelAll(root);
    }

    /** Copies a store root as a crash left it, links as links. */
    private static void copyWithLinks(Path from, Path to) throws java.io.IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isSymbolicLink(p)) {
                    Files.copy(p, target, LinkOption.NOFOLLOW_LINKS);
                } else if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static long quads(Path store, FusekiConfiguration config) {
        Dataset dataset = config.withStore(store).assembleDataset();
        try {
            return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
        } finally {
            dataset.close();
        }
    }

    private static void expelAll(Path root) throws Exception {
        try (Stream<Path> stores = Files.list(root)) {
            for (Path store : stores.filter(Files::isDirectory).toList()) {
                DatabaseConnection.internalExpel(Location.create(store.resolve("tdb2").toString()), true);
            }
        }
    }
}
