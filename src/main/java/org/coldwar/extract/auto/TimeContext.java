package org.coldwar.extract.auto;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * What the rules of one {@link TimeExpressionTagger#tag} call may consult: the text, the
 * document date (may be null), the last absolute date seen so far (the anchor, null until one
 * is seen) and, while a range is read, the year its second end gives to its first.
 */
final class TimeContext {

    /** How far from the last absolute date a yearless date may lie before the next or previous year is tried. */
    private static final long ANCHOR_REACH_DAYS = 270;

    final String text;
    final LocalDate documentDate;
    TimeValue anchor;
    /** Where the text of {@link #anchor} ends (a char index). */
    int anchorEnd;
    Integer yearOverride;

    TimeContext(String text, LocalDate documentDate) {
        this.text = text;
        this.documentDate = documentDate;
    }

    /**
     * A value the text gives without its year ("January 4", "in November", "the summer"), in
     * the year that fits: while a range is read, the year of its second end; with a document
     * date, the year that puts it nearest to that date (a January letter's "in November" is the
     * November before); without one, the year of the last absolute date, or the year next to it
     * if that is much nearer (after "December 2, 1954", "January 6" is 1955). Null if there is
     * nothing to take a year from. The value is marked relative.
     */
    TimeValue inImpliedYear(IntFunction<TimeValue> valueIn) {
        if (yearOverride != null) {
            TimeValue value = valueIn.apply(yearOverride);
            return value == null ? null : value.asRelative();
        }
        TimeValue reference = documentDate != null ? TimeValue.of(EdtfText.day(documentDate), true) : anchor;
        if (reference == null) {
            return null;
        }
        int year = reference.earliest().getYear();
        long reach = documentDate != null ? 0 : ANCHOR_REACH_DAYS;
        TimeValue best = valueIn.apply(year);
        long bestGap = best == null ? Long.MAX_VALUE : gap(best, reference);
        if (bestGap > reach) {
            for (int other : new int[] {year - 1, year + 1}) {
                TimeValue value = valueIn.apply(other);
                if (value != null && gap(value, reference) < bestGap) {
                    best = value;
                    bestGap = gap(value, reference);
                }
            }
        }
        return best == null ? null : best.asRelative();
    }

    /** Days between two values; 0 if they overlap. */
    private static long gap(TimeValue a, TimeValue b) {
        if (a.latest().isBefore(b.earliest())) {
            return ChronoUnit.DAYS.between(a.latest(), b.earliest());
        }
        if (b.latest().isBefore(a.earliest())) {
            return ChronoUnit.DAYS.between(b.latest(), a.earliest());
        }
        return 0;
    }

    /**
     * What "two weeks later" at {@code pos} counts from: the last absolute date, else the
     * document date; null if neither. With a document date, an absolute date of an earlier
     * paragraph (a footnote, another section) gives way to the document date.
     */
    TimeValue anaphoricAnchor(int pos) {
        TimeValue day = documentDate == null ? null : TimeValue.of(EdtfText.day(documentDate), true);
        if (anchor == null || (day != null && text.lastIndexOf('\n', pos) > anchorEnd)) {
            return day;
        }
        return anchor;
    }

    /** What "yesterday" counts from: the document date, else the last absolute date; null if neither. */
    TimeValue deicticAnchor() {
        if (documentDate != null) {
            return TimeValue.of(EdtfText.day(documentDate), true);
        }
        return anchor;
    }

    /** The word before {@code pos}, lower case, with a trailing full stop kept ("no."); "" at the start. */
    String previousWord(int pos) {
        int end = pos;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && start > end - 20 && (Character.isLetter(text.charAt(start - 1))
                || (start == end && text.charAt(start - 1) == '.'))) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** The word starting at {@code pos} after blanks, lower case; "" if none. */
    String nextWord(int pos) {
        int start = pos;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && end < start + 20 && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }
}
