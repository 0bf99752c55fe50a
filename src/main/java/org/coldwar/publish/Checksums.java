package org.coldwar.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.coldwar.source.Sha256;

/** SHA-256 of files, and the {@code SHA256SUMS} file in the format {@code sha256sum -c} reads. */
public final class Checksums {

    public static final String FILE_NAME = "SHA256SUMS";

    private Checksums() {
    }

    /** Streams the file through SHA-256. */
    public static String sha256(Path file) {
        MessageDigest digest = Sha256.digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Writes {@code SHA256SUMS} covering every other regular file of {@code dir}, sorted by name;
     * sums already {@code known} by file name are not computed again.
     */
    static void writeSums(Path dir, java.util.Map<String, String> known) {
        StringBuilder sums = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> sorted = files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals(FILE_NAME)).sorted().toList();
            for (Path file : sorted) {
                String name = file.getFileName().toString();
                sums.append(known.containsKey(name) ? known.get(name) : sha256(file)).append("  ").append(name).append('\n');
            }
            Files.writeString(dir.resolve(FILE_NAME), sums, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** File name to SHA-256, as listed in the {@code SHA256SUMS} of {@code dir}, in file order. */
    public static java.util.Map<String, String> read(Path dir) {
        java.util.Map<String, String> sums = new java.util.LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(dir.resolve(FILE_NAME), StandardCharsets.US_ASCII)) {
                String[] parts = line.split("  ", 2);
                if (parts.length == 2) {
                    sums.put(parts[1], parts[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve(FILE_NAME), e);
        }
        return sums;
    }
}
