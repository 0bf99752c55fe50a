package org.coldwar.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.coldwar.TestFiles;
import org.coldwar.map.IriMinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental rebuilds (issue 11): a rebuild maps again only the sources whose inputs changed,
 * taking the others from the stage cache, and its release is byte for byte the release a clean
 * build of the same inputs makes.
 */
class IncrementalBuildTest {

    @TempDir
    Path temp;

    @Test
    void changingOneDocumentMapsOnlyThatDocumentAndGivesTheCleanBuildsRelease() throws IOException {
        Path seeds = editionSeeds("seeds");
        Release first = build(seeds, "dist");
        assertEquals(0, first.sourcesReused(), "a first build has nothing to reuse");
        int documents = first.sources();
        assertTrue(documents > 20, "the FRUS slice: " + documents);
        assertEquals(documents, builder.sourcesValidated());

        Path firstFiles = snapshot(first, "first");
        Release unchanged = build(seeds, "dist");
        assertEquals(documents, unchanged.sourcesReused(), "nothing changed: every source from the cache");
        assertEquals(0, builder.sourcesValidated(), "every part passed the same gate in the last release");
        assertSameFiles(firstFiles, unchanged.directory());

        Path d5 = seeds.resolve("d5.xml");
        String tei = Files.readString(d5, StandardCharsets.UTF_8);
        String changed = tei.replaceFirst("appointment", "engagement");
        assertNotEquals(tei, changed);
        Files.writeString(d5, changed, StandardCharsets.UTF_8);
        Path cleanSeeds = temp.resolve("clean-seeds");
        TestFiles.copyTree(seeds, cleanSeeds);

        Release incremental = build(seeds, "dist");
        assertEquals(documents - 1, incremental.sourcesReused(), "only d5 is read and mapped again");
        assertEquals(1, builder.sourcesValidated(), "and validated again");
        Release clean = build(cleanSeeds, "clean-dist");
        assertEquals(0, clean.sourcesReused());
        assertEquals(documents, builder.sourcesValidated());
        assertSameFiles(clean.directory(), incremental.directory());
        assertNotEquals(Files.readString(firstFiles.resolve("SHA256SUMS")),
                Files.readString(incremental.directory().resolve("SHA256SUMS")), "the change is in the release");
    }

    @Test
    void aDamagedCacheEntryIsMappedAgainNotTrusted() throws IOException {
        Path seeds = editionSeeds("seeds");
        Release first = build(seeds, "dist");
        Path firstFiles = snapshot(first, "first");
        Path cache = temp.resolve("dist.cache");
        List<Path> entries;
        try (Stream<Path> files = Files.list(cache)) {
            entries = files.filter(f -> f.toString().endsWith(".rows")).sorted().toList();
        }
        assertEquals(first.sources(), entries.size(), "one entry a source");
        byte[] bytes = Files.readAllBytes(entries.get(0));
        Files.write(entries.get(0), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        Release again = build(seeds, "dist");
        assertEquals(first.sources() - 1, again.sourcesReused());
        assertEquals(1, builder.sourcesValidated(), "the damaged entry's source is mapped and validated again");
        assertSameFiles(firstFiles, again.directory());
    }

    private Path editionSeeds(String name) throws IOException {
        return TestFiles.frusEdition(temp.resolve(name));
    }

    /** The builder of the last {@link #build}, which says how many sources it validated. */
    private ReleaseBuilder builder;

    private Release build(Path seeds, String dist) {
        builder = new ReleaseBuilder(seeds, "seeds", IriMinter.of(IriMinter.DEFAULT_BASE),
                IriMinter.DEFAULT_BASE + "sparql", ReleaseTest.FIXED);
        return builder.build(new ReleaseDirectory(temp.resolve(dist)));
    }

    /** A copy of the release's files, which the next build into the same directory replaces. */
    private Path snapshot(Release release, String name) throws IOException {
        Path copy = temp.resolve("snapshot-" + name);
        TestFiles.copyTree(release.directory().toRealPath(), copy);
        return copy;
    }

    /** Every file of release {@code a} is in {@code b} with the same bytes, and no other. */
    private static void assertSameFiles(Path a, Path b) throws IOException {
        List<String> namesA = names(a);
        assertEquals(namesA, names(b));
        for (String name : namesA) {
            assertArrayEquals(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)), name);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir.toRealPath())) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
