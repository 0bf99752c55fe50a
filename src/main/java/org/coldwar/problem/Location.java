package org.coldwar.problem;

import java.util.Objects;

/**
 * A place in an input file: the file as the user names it (relative to the project, e.g.
 * {@code seeds/claims/x.csv}) and a 1-based line, or 0 when the whole file is meant.
 */
public record Location(String file, int line) {

    public Location {
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, was " + line);
        }
    }

    /** The whole file, with no particular line. */
    public static Location of(String file) {
        return new Location(file, 0);
    }

    /** {@code file:line}, or just {@code file} for the whole file. */
    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line;
    }
}
