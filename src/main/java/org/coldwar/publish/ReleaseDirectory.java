package org.coldwar.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Where releases are built and published so that a crash at any instant leaves one: each build
 * writes a new directory {@code <target>.releases/<id>}, complete once it has its
 * {@code SHA256SUMS}, and {@code <target>} is a symbolic link to the current one, switched by a
 * single atomic rename of a new link over the old. {@link #recover()} (run by {@link #stage()},
 * and by {@code serve} before it reads the release) repairs whatever a crash left: a missing or
 * dangling link points at the newest complete release, incomplete releases and stray links are
 * removed, and so is the layout of older versions ({@code <target>.staging},
 * {@code <target>.previous}, {@code <target>} as a plain directory, which becomes a release).
 *
 * <p>A failed build keeps nothing but its SHACL report, in {@code <target>.failed/}: never
 * what might fill the disk again.
 */
public final class ReleaseDirectory {

    private static final String ID_PATTERN = "r\\d{13}-\\d{6}";
    private static final String LINK_SUFFIX = ".link";

    private final Path target;
    private final Consumer<String> steps;

    public ReleaseDirectory(Path target) {
        this(target, step -> { });
    }

    /** With a hook told each step of a swap before it is taken (tests inject crashes there). */
    ReleaseDirectory(Path target, Consumer<String> steps) {
        this.target = target.toAbsolutePath().normalize();
        this.steps = steps;
    }

    public Path target() {
        return target;
    }

    /** The directory holding every release; {@code <target>} links to one of them. */
    public Path releases() {
        return sibling(".releases");
    }

    /**
     * The cache of per-source stage outputs ({@code <target>.cache}), which lets a rebuild map
     * only the sources whose inputs changed; deleting it costs time, never correctness.
     */
    public Path stageCache() {
        return sibling(".cache");
    }

    /**
     * A fresh, empty directory for a new release, after {@link #recover()} and after removing
     * what an earlier failed build left.
     *
     * @throws IllegalStateException if the target exists but is not a release (no SHA256SUMS):
     *     a build never replaces a directory it did not make
     */
    public Path stage() {
        if (Files.exists(target) && !Files.isRegularFile(target.resolve(Checksums.FILE_NAME))) {
            throw new IllegalStateException("refusing to replace " + target
                    + ": it exists and is not a coldwar release (no " + Checksums.FILE_NAME + ")");
        }
        recover();
        Directories.deleteRecursively(sibling(".failed"));
        Path staging = releases().resolve(newId());
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + staging, e);
        }
        return staging;
    }

    /**
     * Makes {@code staging} (complete: it has its SHA256SUMS) the current release with one atomic
     * rename, then removes older releases.
     */
    public void commit(Path staging) {
        if (!Files.isRegularFile(staging.resolve(Checksums.FILE_NAME))) {
            throw new IllegalStateException(staging + " is not complete (no " + Checksums.FILE_NAME + ")");
        }
        try {
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                steps.accept("move-legacy");
                Files.move(target, releases().resolve(newId()), StandardCopyOption.ATOMIC_MOVE);
            }
            switchTo(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + staging + " the current release " + target, e);
        }
        steps.accept("prune");
        prune();
    }

    /** Removes a failed build's directory, keeping only its SHACL report; returns where that is. */
    public Path abandon(Path staging) {
        Path failed = sibling(".failed");
        Directories.deleteRecursively(failed);
        try {
            Path report = staging.resolve(ReleaseBuilder.REPORT_FILE);
            if (Files.isRegularFile(report)) {
                Files.createDirectories(failed);
                Files.move(report, failed.resolve(ReleaseBuilder.REPORT_FILE));
            }
        } catch (IOException e) {
            // no room even for the report: nothing is kept
        } finally {
            Directories.deleteRecursively(staging);
        }
        return failed;
    }

    /**
     * Repairs what an interrupted build or swap left, so that {@code <target>} is the newest
     * complete release (if there is any) and nothing else of ours is left over.
     */
    public void recover() {
        try {
            Files.deleteIfExists(sibling(LINK_SUFFIX));
            Directories.deleteRecursively(sibling(".staging"));
            Path previous = sibling(".previous");
            if (isComplete(previous)) {
                Files.createDirectories(releases());
                Files.move(previous, releases().resolve(newId()), StandardCopyOption.ATOMIC_MOVE);
            } else {
                Directories.deleteRecursively(previous);
            }
            if (!Files.exists(target)) {
                Files.deleteIfExists(target);  // a dangling link
                Optional<Path> newest = completeReleases().max(Comparator.comparing(p -> p.getFileName().toString()));
                if (newest.isPresent()) {
                    switchTo(newest.get());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot repair the release " + target, e);
        }
        prune();
    }

    /** Points the target at {@code release}: a new link beside it, renamed over the old one. */
    private void switchTo(Path release) throws IOException {
        Path link = sibling(LINK_SUFFIX);
        Files.deleteIfExists(link);
        Files.createDirectories(target.getParent());
        steps.accept("create-link");
        Files.createSymbolicLink(link, target.getParent().relativize(release));
        steps.accept("rename-link");
        Files.move(link, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes every release of ours but the current one, and incomplete ones. */
    private void prune() {
        Path current;
        try {
            current = Files.exists(target) ? target.toRealPath() : null;
        } catch (IOException e) {
            return;
        }
        for (Path release : ours()) {
            try {
                if (current == null ? !isComplete(release) : !release.toRealPath().equals(current)) {
                    Directories.deleteRecursively(release);
                }
            } catch (IOException | UncheckedIOException e) {
                // in use or gone: removed on a later build
            }
        }
    }

    private Stream<Path> completeReleases() {
        return ours().stream().filter(ReleaseDirectory::isComplete);
    }

    private List<Path> ours() {
        if (!Files.isDirectory(releases())) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(releases())) {
            return list.filter(p -> p.getFileName().toString().matches(ID_PATTERN)
                    && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + releases(), e);
        }
    }

    private static boolean isComplete(Path release) {
        return Files.isDirectory(release, LinkOption.NOFOLLOW_LINKS)
                && Files.isRegularFile(release.resolve(Checksums.FILE_NAME));
    }

    /** A new release id, sorting after every earlier one. */
    private static synchronized String newId() {
        long now = System.currentTimeMillis();
        if (now <= lastMillis) {
            now = lastMillis + 1;
        }
        lastMillis = now;
        return String.format("r%013d-%06d", now, ProcessHandle.current().pid() % 1_000_000);
    }

    private static long lastMillis;

    private Path sibling(String suffix) {
        return target.resolveSibling(target.getFileName() + suffix);
    }
}
