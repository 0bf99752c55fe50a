package org.coldwar.publish;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build replaces only a directory that is a release. */
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
}
