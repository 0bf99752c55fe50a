package org.coldwar.extract;

/**
 * A span of a source text located by {@link QuoteLocator}: offsets in Unicode code points
 * (the Web Annotation rule), end exclusive, with the exact text there and up to
 * {@value QuoteLocator#CONTEXT} code points of context on either side. In a TEI source it also
 * names the element of the TEI file it lies in ({@code xpath}, relative to the document's div;
 * empty for a plain text).
 */
public record Passage(String sourceFile, String sourceStem, int start, int end, String exact, String prefix,
        String suffix, String xpath) {

    public Passage {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("passage needs 0 <= start < end, was " + start + ".." + end);
        }
    }
}
