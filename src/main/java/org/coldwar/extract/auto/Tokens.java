package org.coldwar.extract.auto;

import java.util.Arrays;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The words of a text as the {@link Gazetteer} compares them: letter-or-digit runs, lower-cased,
 * folded to ASCII (Rákosi = Rakosi), with the tolerances of running text undone.
 *
 * <ul>
 *   <li>Apostrophes inside a word vanish ("O’Neill" = "ONeill", "Ch’en"); a possessive "’s" or a
 *       trailing "’" after s is cut off and flagged ({@link #POSSESSIVE}).</li>
 *   <li>A hyphen inside a line splits ("Kai-shek" = "Kai" "shek"); a hyphen at the end of a line
 *       followed by a lower-case letter joins ("Chi-\nang" = "Chiang", {@link #JOINED}).</li>
 *   <li>A lower-case word glued to a capitalised one is split ("ofCzech" = "of" "Czech",
 *       {@link #GLUED}); "McArthur" stays whole since its first part is not lower case.</li>
 *   <li>Periods and whitespace separate softly; other punctuation ({@code , ; : ( ) “ ” —}) is a
 *       hard break ({@link #HARD_BEFORE}) that no multi-word match may cross.</li>
 * </ul>
 * Offsets are kept both in code points (for {@link Mention}) and in chars (for substrings).
 * Not thread-safe; one instance per text.
 */
final class Tokens {

    static final int CAPITALISED = 1, ALL_CAPS = 2, POSSESSIVE = 4, SENTENCE_START = 8,
            HARD_BEFORE = 16, JOINED = 32, FOLDED = 64, GLUED = 128, LOWER = 256;

    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of(
            "mr", "mrs", "dr", "st", "amb", "rep", "sen", "gen", "adm", "secy", "sec", "asst", "lt",
            "col", "maj", "brig", "no", "vol", "p", "pp", "ibid", "jr", "sr", "hon", "gov", "pres",
            "robt", "wm", "chas", "jas", "geo", "thos", "benj", "jos", "chmn", "dept", "u", "s", "n");

    final String text;
    int size;
    int[] cpStart = new int[64], cpEnd = new int[64], chStart = new int[64], chEnd = new int[64];
    int[] flags = new int[64];
    String[] norm = new String[64];

    private final StringBuilder word = new StringBuilder();
    private char[] foldIn = new char[32], foldOut = new char[128];

    Tokens(String text) {
        this.text = text;
        scan();
    }

    /** The tokens' normalised forms, for building the trie from a name form. */
    String[] norms() {
        return Arrays.copyOf(norm, size);
    }

    boolean has(int i, int flag) {
        return (flags[i] & flag) != 0;
    }

    String surface(int fromToken, int toTokenInclusive) {
        return text.substring(chStart[fromToken], chEnd[toTokenInclusive]);
    }

    private void scan() {
        String t = text;
        int n = t.length();
        int i = 0, cp = 0;
        int pending = SENTENCE_START; // flags for the next token
        while (i < n) {
            char c = t.charAt(i);
            if (c < 0x80 ? !Character.isLetterOrDigit(c) : !Character.isLetterOrDigit(t.codePointAt(i))) {
                pending |= separator(t, i, c);
                i += Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(t.charAt(i + 1)) ? 2 : 1;
                cp++;
                continue;
            }
            // a word: letters, digits, inner apostrophes, line-break hyphenation
            int startCh = i, startCp = cp, f = pending;
            pending = 0;
            word.setLength(0);
            boolean nonAscii = false, first = true, anyLower = false, anyUpper = false;
            while (i < n) {
                int ch = t.codePointAt(i);
                int len = Character.charCount(ch);
                if (Character.isLetterOrDigit(ch)) {
                    if (!first && Character.isUpperCase(ch) && anyLower && !anyUpper && word.length() > 0) {
                        break; // "ofCzech": a lower-case word glued to a capitalised one
                    }
                    if (first) {
                        if (Character.isUpperCase(ch)) {
                            f |= CAPITALISED;
                        } else if (Character.isLowerCase(ch)) {
                            f |= LOWER;
                        }
                    }
                    if (Character.isUpperCase(ch)) {
                        anyUpper = true;
                    } else if (Character.isLowerCase(ch)) {
                        anyLower = true;
                    }
                    first = false;
                    int lower = Character.toLowerCase(ch);
                    word.appendCodePoint(lower);
                    nonAscii |= lower > 0x7F;
                    i += len;
                    cp++;
                } else if (isApostrophe(ch) && i + 1 < n && Character.isLetter(t.charAt(i + 1))) {
                    if ((t.charAt(i + 1) == 's' || t.charAt(i + 1) == 'S')
                            && (i + 2 >= n || !Character.isLetterOrDigit(t.charAt(i + 2)))) {
                        break; // possessive, handled below
                    }
                    i++;
                    cp++; // O’Neill, Ch’en
                } else if (isHyphen(ch) && i + 2 < n && t.charAt(i + 1) == '\n'
                        && Character.isLowerCase(t.charAt(i + 2))) {
                    f |= JOINED;
                    i += 2;
                    cp += 2; // "Chi-\nang"
                } else {
                    break;
                }
            }
            int endCh = i, endCp = cp;
            if (i < n && isApostrophe(t.charAt(i))) {
                if (i + 1 < n && (t.charAt(i + 1) == 's' || t.charAt(i + 1) == 'S')
                        && (i + 2 >= n || !Character.isLetterOrDigit(t.charAt(i + 2)))) {
                    f |= POSSESSIVE;
                    i += 2;
                    cp += 2;
                } else if (word.length() > 1 && word.charAt(word.length() - 1) == 's'
                        && (i + 1 >= n || !Character.isLetterOrDigit(t.charAt(i + 1)))) {
                    f |= POSSESSIVE;
                    i++;
                    cp++;
                }
            }
            if (anyUpper && !anyLower && endCp - startCp > 1) {
                f |= ALL_CAPS;
            }
            if (startCh > 0 && Character.isLetterOrDigit(t.charAt(startCh - 1))) {
                f |= GLUED;
            }
            String w = word.toString();
            if (nonAscii) {
                String folded = fold(w);
                if (!folded.equals(w)) {
                    f |= FOLDED;
                    w = folded;
                }
            }
            add(w, f, startCh, endCh, startCp, endCp);
            if (i < n && t.charAt(i) == '.') {
                pending |= afterPeriod(t, i, w);
                i++;
                cp++;
            }
        }
    }

    /** Flags a separator character gives to the next token. */
    private static int separator(String t, int i, char c) {
        if (c == '\n') {
            return SENTENCE_START | HARD_BEFORE;
        }
        if (Character.isWhitespace(c) || isHyphen(c) || c == '.' || isApostrophe(c)) {
            return 0;
        }
        if (c == '!' || c == '?' || c == ':') {
            return SENTENCE_START | HARD_BEFORE;
        }
        return HARD_BEFORE;
    }

    /** A period after a word ends a sentence unless the word is an initial or an abbreviation. */
    private static int afterPeriod(String t, int i, String w) {
        if (w.length() == 1 || ABBREVIATIONS.contains(w)) {
            return 0;
        }
        int j = i + 1;
        while (j < t.length() && t.charAt(j) == ' ') {
            j++;
        }
        if (j < t.length() && (Character.isLetterOrDigit(t.charAt(j)) && !Character.isUpperCase(t.charAt(j)))) {
            return 0; // "p. 423", "etc. and"
        }
        return SENTENCE_START | HARD_BEFORE;
    }

    private String fold(String w) {
        int len = w.length();
        if (foldIn.length < len) {
            foldIn = new char[len * 2];
            foldOut = new char[len * 8];
        }
        w.getChars(0, len, foldIn, 0);
        int out = ASCIIFoldingFilter.foldToASCII(foldIn, 0, foldOut, 0, len);
        return new String(foldOut, 0, out);
    }

    private void add(String w, int f, int chS, int chE, int cpS, int cpE) {
        if (size == norm.length) {
            int cap = size * 2;
            cpStart = Arrays.copyOf(cpStart, cap);
            cpEnd = Arrays.copyOf(cpEnd, cap);
            chStart = Arrays.copyOf(chStart, cap);
            chEnd = Arrays.copyOf(chEnd, cap);
            flags = Arrays.copyOf(flags, cap);
            norm = Arrays.copyOf(norm, cap);
        }
        norm[size] = w;
        flags[size] = f;
        chStart[size] = chS;
        chEnd[size] = chE;
        cpStart[size] = cpS;
        cpEnd[size] = cpE;
        size++;
    }

    static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC';
    }

    static boolean isHyphen(int c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u00AD';
    }
}
