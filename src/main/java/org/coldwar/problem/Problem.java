package org.coldwar.problem;

import java.util.Objects;

/**
 * One thing wrong with the input: where, what, and the offending value (may be null when
 * there is no single value to show). Rendered on one line as {@code file:line: message: value}.
 */
public record Problem(Location location, String message, String value) {

    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    public static Problem at(Location location, String message) {
        return new Problem(location, message, null);
    }

    public static Problem at(Location location, String message, String value) {
        return new Problem(location, message, value);
    }

    /** The one-line form printed to users. Line breaks inside the value are shown as spaces. */
    @Override
    public String toString() {
        String line = location + ": " + message;
        if (value != null) {
            line += ": " + quoteForDisplay(value);
        }
        return line;
    }

    private static String quoteForDisplay(String value) {
        String flat = value.replaceAll("\\s+", " ");
        if (flat.length() > 120) {
            flat = flat.substring(0, 117) + "...";
        }
        return "\"" + flat + "\"";
    }
}
