package org.coldwar.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coldwar.source.SourceDocument;

/**
 * Finds a quote in one source text, tolerant of line breaks and runs of white space (any run in
 * the quote matches any run in the text), exact in every other character, and beginning and
 * ending between characters as a reader sees them (never inside a grapheme cluster). Built once per
 * source: it keeps a white-space-collapsed copy of the text and the map back to the original.
 */
public final class QuoteLocator {

    /** Code points of context kept before and after a passage ({@code oa:prefix}, {@code oa:suffix}). */
    public static final int CONTEXT = 32;

    private final SourceDocument source;
    private final String collapsed;
    /** For each char of {@code collapsed}, the index of the char it stands for in the source text. */
    private final int[] originalIndex;
    private static final Pattern GRAPHEME = Pattern.compile("\\X");
    /** The grapheme cluster boundaries of the source text, found on first use. */
    private BitSet boundaries;
    /**
     * The char index of each surrogate pair of the source text, ascending, found on first use: code
     * point offsets and char indexes convert through it by binary search, not by counting from the start.
     */
    private int[] surrogatePairs;

    public QuoteLocator(SourceDocument source) {
        this.source = source;
        String text = source.text();
        StringBuilder out = new StringBuilder(text.length());
        int[] index = new int[text.length()];
        int n = 0;
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) {
                    out.append(' ');
                    index[n++] = i;
                }
                inSpace = true;
            } else {
                out.append(c);
                index[n++] = i;
                inSpace = false;
            }
        }
        this.collapsed = out.toString();
        this.originalIndex = index;
    }

    /** The outcome of a search: the passage, or why there is none. */
    public sealed interface Result permits Found, NotFound, Ambiguous, NoSuchOccurrence {
    }

    public record Found(Passage passage) implements Result {
    }

    public record NotFound() implements Result {
    }

    public record Ambiguous(int occurrences) implements Result {
    }

    public record NoSuchOccurrence(int occurrences) implements Result {
    }

    /**
     * Locates {@code quote}.
     *
     * @param occurrence 1-based occurrence to take, or 0 to require the quote to be unique
     */
    public Result locate(String quote, int occurrence) {
        String needle = collapse(quote);
        if (needle.isEmpty()) {
            return new NotFound();
        }
        List<Integer> hits = new ArrayList<>();
        for (int at = collapsed.indexOf(needle); at >= 0; at = collapsed.indexOf(needle, at + 1)) {
            if (isWholeMatch(at, needle)) {
                hits.add(at);
            }
        }
        if (hits.isEmpty()) {
            return new NotFound();
        }
        if (occurrence == 0 && hits.size() > 1) {
            return new Ambiguous(hits.size());
        }
        if (occurrence > hits.size()) {
            return new NoSuchOccurrence(hits.size());
        }
        int hit = hits.get(occurrence == 0 ? 0 : occurrence - 1);
        return new Found(passageAt(originalIndex[hit], originalIndex[hit + needle.length() - 1] + 1));
    }

    /**
     * Locates the occurrence of {@code words} nearest before {@code passage} (the context that
     * precedes a claim), or else the first one after it.
     */
    public Result locateNearest(String words, Passage passage) {
        String needle = collapse(words);
        if (needle.isEmpty()) {
            return new NotFound();
        }
        Passage best = null;
        for (int at = collapsed.indexOf(needle); at >= 0; at = collapsed.indexOf(needle, at + 1)) {
            if (!isWholeMatch(at, needle)) {
                continue;
            }
            Passage candidate = passageAt(originalIndex[at], originalIndex[at + needle.length() - 1] + 1);
            if (best == null || candidate.start() <= passage.start()) {
                best = candidate;
            }
            if (candidate.start() > passage.start()) {
                break;
            }
        }
        return best == null ? new NotFound() : new Found(best);
    }

    /**
     * True if {@code index} of the source text is between two user-perceived characters
     * (extended grapheme clusters): "Le Cafe" must not match the start of "Le Cafe\u0301" and
     * leave a lone combining accent to the suffix.
     */
    /** True if the match of {@code needle} at {@code at} of the collapsed text neither starts nor ends inside a character. */
    private boolean isWholeMatch(int at, String needle) {
        return isCharacterBoundary(originalIndex[at]) && isCharacterBoundary(originalIndex[at + needle.length() - 1] + 1);
    }

    private boolean isCharacterBoundary(int index) {
        if (boundaries == null) {
            BitSet found = new BitSet(source.text().length() + 1);
            found.set(0);
            Matcher cluster = GRAPHEME.matcher(source.text());
            while (cluster.find()) {
                found.set(cluster.end());
            }
            boundaries = found;
        }
        return boundaries.get(index);
    }

    private Passage passageAt(int from, int to) {
        String text = source.text();
        int start = codePointOffset(from);
        int end = codePointOffset(to);
        int prefixFrom = text.offsetByCodePoints(from, -Math.min(CONTEXT, start));
        int codePointsAfter = text.length() - pairs().length - end;  // each pair is two chars, one code point
        int suffixTo = text.offsetByCodePoints(to, Math.min(CONTEXT, codePointsAfter));
        return new Passage(source.fileName(), source.stem(), start, end, text.substring(from, to),
                text.substring(prefixFrom, from), text.substring(to, suffixTo), xpathOf(start, end));
    }

    /**
     * The passage between two code point offsets of the text (as an extractor or the TEI reader
     * gives them), with its context and, in a TEI source, the XPath of its element.
     *
     * @param xpath the element's XPath if known; empty to take the innermost block around the span
     */
    public Passage passageOfCodePoints(int start, int end, String xpath) {
        int from = charIndex(start);
        int to = charIndex(end);
        Passage passage = passageAt(from, to);
        return xpath.isEmpty() ? passage : new Passage(passage.sourceFile(), passage.sourceStem(), passage.start(),
                passage.end(), passage.exact(), passage.prefix(), passage.suffix(), xpath);
    }

    /** The code point offset of char index {@code index} (not inside a surrogate pair) of the text. */
    private int codePointOffset(int index) {
        int pairsBefore = lowerBound(pairs(), index);
        return index - pairsBefore;
    }

    /** The char index of code point offset {@code offset} of the text; throws if past its end. */
    private int charIndex(int offset) {
        int[] pairs = pairs();
        // the pair i begins at code point pairs[i] - i; count the pairs that begin before offset
        int low = 0;
        int high = pairs.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (pairs[mid] - mid < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        int index = offset + low;
        if (offset < 0 || index > source.text().length()) {
            throw new IndexOutOfBoundsException("code point offset " + offset + " is outside "
                    + source.fileName());
        }
        return index;
    }

    private int[] pairs() {
        if (surrogatePairs == null) {
            String text = source.text();
            int[] found = new int[16];
            int n = 0;
            for (int i = 0; i + 1 < text.length(); i++) {
                if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                    if (n == found.length) {
                        found = java.util.Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = i++;
                }
            }
            surrogatePairs = java.util.Arrays.copyOf(found, n);
        }
        return surrogatePairs;
    }

    /** The number of elements of ascending {@code values} less than {@code key}. */
    private static int lowerBound(int[] values, int key) {
        int low = 0;
        int high = values.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (values[mid] < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** In a TEI source, the XPath of the innermost block that holds the span; else empty. */
    private String xpathOf(int start, int end) {
        if (source.tei().isEmpty()) {
            return "";
        }
        String best = "";
        int bestLength = Integer.MAX_VALUE;
        for (var block : source.tei().get().document().blocks()) {
            if (block.start() <= start && end <= block.end() && block.end() - block.start() < bestLength) {
                best = block.xpath();
                bestLength = block.end() - block.start();
            }
        }
        return best;
    }

    /** The same white-space rule for the text and the quote: Java white space and no-break spaces. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The quote rule: runs of white space become one space, leading and trailing white space goes. */
    static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inSpace = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) {
                    out.append(' ');
                }
                inSpace = true;
            } else {
                out.append(c);
                inSpace = false;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }
}
