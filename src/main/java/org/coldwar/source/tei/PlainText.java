package org.coldwar.source.tei;

import java.text.Normalizer;

/**
 * The character-level part of the text rule, as {@code convert.py} has it: Python's notion of
 * white space, whitespace collapsing with transparent markers, stripping, NFC.
 *
 * <p>While rendering, markers (private-use characters) stand in the text for where a span, block or
 * footnote opens or closes; they survive collapsing, so offsets can be read off the final text.
 * Mention markers (those of {@code persName corresp="#p_…"}) are the ones {@code convert.py} uses
 * and, as there, keep an otherwise empty line alive; the other markers never do.
 */
final class PlainText {

    static final char MENTION_OPEN = '\uE000';
    static final char MENTION_CLOSE = '\uE001';
    static final char NOTE = '\uE002';
    static final char NAME_END = '\uE003';
    static final char OPEN = '\uE004';
    static final char CLOSE = '\uE005';

    private PlainText() {
    }

    static boolean isSentinel(int c) {
        return c >= MENTION_OPEN && c <= CLOSE;
    }

    /** Python's {@code str.isspace()} for one code point (bidi WS/B/S or category Zs). */
    static boolean isSpace(int c) {
        return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
                || c == 0x3000;
    }

    /** Collapses white-space runs to one space, drops leading and trailing spaces, NFC; markers are transparent. */
    static String collapse(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean prevSpace = true;
        for (int i = 0; i < raw.length(); ) {
            int c = Character.codePointAt(raw, i);
            i += Character.charCount(c);
            if (isSentinel(c)) {
                out.append((char) c);
            } else if (isSpace(c)) {
                if (!prevSpace) {
                    out.append(' ');
                    prevSpace = true;
                }
            } else {
                out.appendCodePoint(c);
                prevSpace = false;
            }
        }
        for (int k = out.length() - 1; k >= 0 && (isSentinel(out.charAt(k)) || out.charAt(k) == ' '); k--) {
            if (out.charAt(k) == ' ') {
                out.deleteCharAt(k);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** Without any marker. */
    static String plain(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!isSentinel(s.charAt(i))) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    /** Python's {@code str.strip()}. */
    static String strip(String s) {
        return stripStart(stripEnd(s));
    }

    static String stripStart(String s) {
        int i = 0;
        while (i < s.length() && isSpace(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
        }
        return s.substring(i);
    }

    static String stripEnd(String s) {
        int j = s.length();
        while (j > 0 && isSpace(s.codePointBefore(j))) {
            j -= Character.charCount(s.codePointBefore(j));
        }
        return s.substring(0, j);
    }

    /** Whether the line stays in the text: it holds something other than white space and non-mention markers. */
    static boolean keepsLine(String collapsedLine) {
        for (int i = 0; i < collapsedLine.length(); i++) {
            char c = collapsedLine.charAt(i);
            if (c == MENTION_OPEN || c == MENTION_CLOSE || !(isSpace(c) || isSentinel(c))) {
                return true;
            }
        }
        return false;
    }
}
