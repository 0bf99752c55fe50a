package org.coldwar.extract.auto;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What the rules of one {@link TimeExpressionTagger#tag} call may consult: the text, the
 * document date (may be null), the last absolute date seen so far (the anchor, null until one
 * is seen) and, while a range is read, the year its second end gives to its first.
 */
final class TimeContext {

    final String text;
    final LocalDate documentDate;
    TimeValue anchor;
    Integer yearOverride;

    TimeContext(String text, LocalDate documentDate) {
        this.text = text;
        this.documentDate = documentDate;
    }

    /** The year a date without one belongs to: the range's, the anchor's or the document's; null if none. */
    Integer impliedYear() {
        if (yearOverride != null) {
            return yearOverride;
        }
        if (anchor != null) {
            return anchor.earliest().getYear();
        }
        return documentDate == null ? null : documentDate.getYear();
    }

    /** What "two weeks later" counts from: the last absolute date, else the document date; null if neither. */
    TimeValue anaphoricAnchor() {
        if (anchor != null) {
            return anchor;
        }
        return documentDate == null ? null : TimeValue.of(EdtfText.day(documentDate), true);
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
