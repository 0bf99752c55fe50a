package org.coldwar.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.coldwar.problem.InvalidDataException;
import org.coldwar.problem.Location;
import org.coldwar.problem.Problem;

/**
 * Checks the files of a seeds directory before anything reads them: each input (the
 * {@code .csv} and {@code .txt} files at the top, the {@code .csv} files in {@code claims/}) must
 * be a regular file of at most {@value #MAX_BYTES} bytes inside the seeds directory. A symbolic
 * link is followed and judged by what it reaches; one that leads out of the directory, or to a
 * FIFO, a device or a directory, is refused (a FIFO hung the build, {@code /dev/zero} exhausted
 * the heap, and a link to a file elsewhere published that file).
 */
public final class SeedFiles {

    /** The largest input file accepted: far above any source or claims file, far below the heap. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    private SeedFiles() {
    }

    /** Throws an {@link InvalidDataException} listing every input that is not acceptable. */
    public static void check(Path seedsDir, String shownDir) {
        Path root;
        try {
            root = seedsDir.toRealPath();
        } catch (IOException e) {
            throw new InvalidDataException(Problem.at(Location.of(shownDir), "seeds directory not found"));
        }
        List<Problem> problems = new ArrayList<>();
        for (Path entry : inputs(seedsDir)) {
            String shown = shownDir + "/" + seedsDir.relativize(entry).toString().replace('\\', '/');
            String problem = problemWith(root, entry);
            if (problem != null) {
                problems.add(Problem.at(Location.of(shown), problem));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
    }

    /** What is wrong with one input, or null. */
    static String problemWith(Path root, Path entry) {
        Path real;
        try {
            real = entry.toRealPath();
        } catch (IOException e) {
            return "a symbolic link to nothing";
        }
        if (!real.startsWith(root)) {
            return "a symbolic link to " + real + ", outside the seeds directory: copy the file in instead";
        }
        if (!Files.isRegularFile(real)) {
            return "not a regular file (a directory, FIFO, socket or device)";
        }
        try {
            if (Files.size(real) > MAX_BYTES) {
                return "larger than " + MAX_BYTES / (1024 * 1024) + " MiB, the most an input file may be";
            }
        } catch (IOException e) {
            return "cannot read file: " + e.getMessage();
        }
        return null;
    }

    /** The entries that name inputs, without following links (sorted, for a stable report). */
    private static List<Path> inputs(Path seedsDir) {
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> top = Files.list(seedsDir)) {
            top.filter(p -> name(p).endsWith(".csv") || name(p).endsWith(".txt")).forEach(inputs::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + seedsDir, e);
        }
        Path claims = seedsDir.resolve("claims");
        if (Files.isSymbolicLink(claims)) {
            inputs.add(claims);  // judged like a file: a link out of the seeds is refused, a directory too
            return inputs;
        }
        if (Files.isDirectory(claims, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> list = Files.list(claims)) {
                list.filter(p -> name(p).endsWith(".csv")).forEach(inputs::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + claims, e);
            }
        }
        inputs.sort(null);
        return inputs;
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }
}
