package org.coldwar.extract.auto;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline of a FRUS-style document ("Washington, January 4, 1955.", "Taipei,
 * January 5, 1955—4 p.m.", "January 19, 1955, 12:45 p.m.") into its place and its day, for
 * documents with no machine-readable date. The time of day, if any, is read past but not kept:
 * the EDTF subset stops at days.
 */
public final class DatelineNormaliser {

    /**
     * A normalised dateline.
     *
     * @param place the place as written ("New York"), or null if the dateline names none
     * @param edtf the day, e.g. {@code 1955-01-04}
     */
    public record Dateline(String place, String edtf) {
    }

    private static final Pattern LINE = Pattern.compile("\\s*(?:([\\p{L}][\\p{L} .'\u2019-]{0,40}?),\\s+)?"
            + TimeWords.MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})(?:\\s*[,\u2014\u2013-][^\\n]{0,60})?\\.?\\s*");

    /** How many lines from the top of a document {@link #find} looks at. */
    private static final int HEAD_LINES = 6;

    /** The dateline {@code line} states, or empty if it is not a dateline. */
    public Optional<Dateline> normalise(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(4)), TimeWords.month(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return Optional.of(new Dateline(m.group(1) == null ? null : m.group(1).strip(), EdtfText.day(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The first dateline among the first lines of {@code documentText}, or empty if there is none. */
    public Optional<Dateline> find(String documentText) {
        String[] lines = documentText.split("\n", HEAD_LINES + 1);
        for (int i = 0; i < Math.min(lines.length, HEAD_LINES); i++) {
            Optional<Dateline> dateline = normalise(lines[i]);
            if (dateline.isPresent()) {
                return dateline;
            }
        }
        return Optional.empty();
    }
}
