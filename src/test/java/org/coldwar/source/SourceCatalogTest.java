package org.coldwar.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.coldwar.TestFiles;
import org.coldwar.problem.InvalidDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue keeps its sources' metadata, not their texts (issue 11: memory must not grow with
 * the corpus): a text is read again when asked for, and must still be the text that was checked.
 */
class SourceCatalogTest {

    @TempDir
    Path temp;

    @Test
    void aTextIsReadWhenAskedForAndMustStillBeTheCheckedOne() throws IOException {
        Path seeds = temp.resolve("seeds");
        TestFiles.copyTree(TestFiles.projectSeeds(), seeds);
        SourceCatalog catalog = SourceCatalog.load(seeds, "seeds");
        SourceDocument first = catalog.documents().iterator().next();
        Path file = seeds.resolve(first.fileName());
        String original = Files.readString(file, StandardCharsets.UTF_8);

        Files.writeString(file, original + " (edited after the check)", StandardCharsets.UTF_8);
        InvalidDataException changed = assertThrows(InvalidDataException.class, first::text,
                "the catalogue must not have kept the text it checked");
        assertTrue(changed.problems().get(0).toString().startsWith("seeds/" + first.fileName() + ": changed while"),
                changed.problems().get(0).toString());

        Files.writeString(file, original, StandardCharsets.UTF_8);
        assertEquals(original, first.text());
        assertEquals(original.codePointCount(0, original.length()), first.codePointLength());
    }

    @Test
    void aTeiDocumentIsReadAgainWhenAskedFor() throws IOException {
        Path seeds = temp.resolve("edition");
        Files.createDirectories(seeds);
        Path d5 = TestFiles.resource("tei/frus1955-57v02/d5.xml");
        Files.copy(d5, seeds.resolve("d5.xml"));
        SourceDocument source = SourceCatalog.load(seeds, "seeds").documents().iterator().next();
        assertEquals("d5", source.tei().orElseThrow().documentId());
        Files.writeString(seeds.resolve("d5.xml"), Files.readString(d5).replace("appointment", "engagement"));
        assertThrows(InvalidDataException.class, () -> source.tei().orElseThrow().document());
    }
}
