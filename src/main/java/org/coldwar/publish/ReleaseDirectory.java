package org.coldwar.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Stages a release beside its target and swaps it in only when complete: a failed build leaves
 * the previous release untouched. Staging is {@code <target>.staging}; a failed build's staging
 * is kept as {@code <target>.failed} for inspection (e.g. its validation report).
 */
public final class ReleaseDirectory {

    private final Path target;

    public ReleaseDirectory(Path target) {
        this.target = target.toAbsolutePath().normalize();
    }

    public Path target() {
        return target;
    }

    /** A fresh, empty staging directory. */
    public Path stage() {
        Path staging = sibling(".staging");
        deleteRecursively(staging);
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + staging, e);
        }
        return staging;
    }

    /** Replaces the target with the staging directory (rename, so readers never see half a release). */
    public void commit(Path staging) {
        Path previous = sibling(".previous");
        deleteRecursively(previous);
        try {
            if (Files.exists(target)) {
                Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot swap in the release " + target, e);
        }
        deleteRecursively(previous);
        deleteRecursively(sibling(".failed"));
    }

    /** Keeps a failed staging directory as {@code <target>.failed}; returns that path. */
    public Path abandon(Path staging) {
        Path failed = sibling(".failed");
        deleteRecursively(failed);
        try {
            if (Files.exists(staging)) {
                Files.move(staging, failed);
            }
        } catch (IOException e) {
            deleteRecursively(staging);
        }
        return failed;
    }

    private Path sibling(String suffix) {
        return target.resolveSibling(target.getFileName() + suffix);
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
