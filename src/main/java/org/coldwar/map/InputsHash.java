package org.coldwar.map;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.coldwar.source.Sha256;

/**
 * A short fingerprint of the inputs a build reads (the CSV files and the source texts of the seeds
 * directory, nothing else there) and of the software version.
 */
final class InputsHash {

    private InputsHash() {
    }

    static String of(Path seedsDir, String softwareVersion) {
        MessageDigest digest = Sha256.digest();
        digest.update(softwareVersion.getBytes(StandardCharsets.UTF_8));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(seedsDir)) {
            files = walk.filter(Files::isRegularFile).filter(f -> isInput(seedsDir, f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            String relative = seedsDir.relativize(file).toString().replace('\\', '/');
            digest.update(relative.getBytes(StandardCharsets.UTF_8));
            try {
                digest.update(Sha256.hex(Files.readAllBytes(file)).getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 8);
    }

    private static boolean isInput(Path seedsDir, Path file) {
        Path relative = seedsDir.relativize(file);
        String name = file.getFileName().toString();
        if (relative.getNameCount() == 1) {
            return name.endsWith(".csv") || name.endsWith(".txt");
        }
        return relative.getNameCount() == 2 && relative.getName(0).toString().equals("claims") && name.endsWith(".csv");
    }
}
