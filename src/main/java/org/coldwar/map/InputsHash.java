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

import org.coldwar.extract.auto.ReviewFile;
import org.coldwar.source.Sha256;

/**
 * A short fingerprint of the inputs a build reads (the CSV files, source texts and TEI files of
 * the seeds directory, the claims files, and the decisions of the review files; nothing else
 * there) and of the software version.
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
            try {
                byte[] content = relative.startsWith(ReviewFile.DIR + "/") ? decisionsOf(file) : Files.readAllBytes(file);
                if (content.length == 0 && relative.startsWith(ReviewFile.DIR + "/")) {
                    continue;  // a review file with no decision yet is no input
                }
                digest.update(relative.getBytes(StandardCharsets.UTF_8));
                digest.update(Sha256.hex(content).getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 8);
    }

    /**
     * Of a review file, only the decisions count: the build itself rewrites the proposals, and a
     * rebuild of unchanged inputs must keep its IRIs.
     */
    static byte[] decisionsOf(Path reviewFile) {
        StringBuilder decisions = new StringBuilder();
        ReviewFile.read(reviewFile, reviewFile.toString(), problem -> { }).values().forEach(d -> decisions
                .append(String.join("\u001f", d.key(), Boolean.toString(d.accepted()), d.reviewer(), d.reason(),
                        d.entityId(), d.entityType())).append('\n'));
        return decisions.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isInput(Path seedsDir, Path file) {
        Path relative = seedsDir.relativize(file);
        String name = file.getFileName().toString();
        if (relative.getNameCount() == 1) {
            return name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".xml");
        }
        String dir = relative.getName(0).toString();
        return relative.getNameCount() == 2 && (dir.equals("claims") || dir.equals(ReviewFile.DIR))
                && name.endsWith(".csv");
    }
}
