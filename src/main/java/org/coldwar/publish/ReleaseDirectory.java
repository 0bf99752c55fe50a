package org.coldwar.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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

    /**
     * A fresh, empty staging directory.
     *
     * @throws IllegalStateException if the target exists but is not a release (no SHA256SUMS):
     *     a build never replaces a directory it did not make
     */
    public Path stage() {
        if (Files.exists(target) && !Files.isRegularFile(target.resolve(Checksums.FILE_NAME))) {
            throw new IllegalStateException("refusing to replace " + target
                    + ": it exists and is not a coldwar release (no " + Checksums.FILE_NAME + ")");
        }
        Path staging = sibling(".staging");
        Directories.deleteRecursively(staging);
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
        Directories.deleteRecursively(previous);
        try {
            if (Files.exists(target)) {
                Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the previous release " + target + " aside", e);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                if (Files.exists(previous)) {
                    Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException rollback) {
                e.addSuppressed(rollback);
            }
            throw new UncheckedIOException("cannot swap in the release " + target, e);
        }
        Directories.deleteRecursively(previous);
        Directories.deleteRecursively(sibling(".failed"));
    }

    /** Keeps a failed staging directory as {@code <target>.failed}; returns that path. */
    public Path abandon(Path staging) {
        Path failed = sibling(".failed");
        Directories.deleteRecursively(failed);
        try {
            if (Files.exists(staging)) {
                Files.move(staging, failed);
            }
        } catch (IOException e) {
            Directories.deleteRecursively(staging);
        }
        return failed;
    }

    private Path sibling(String suffix) {
        return target.resolveSibling(target.getFileName() + suffix);
    }
}
