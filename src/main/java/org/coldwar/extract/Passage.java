package org.coldwar.extract;

/**
 * A span of a source text located by {@link QuoteLocator}: offsets in Unicode code points
 * (the Web Annotation rule), end exclusive, with the exact text there and up to
 * {@value QuoteLocator#CONTEXT} code points of context on either side.
 */
public record Passage(String sourceFile, String sourceStem, int start, int end, String exact, String prefix,
        String suffix) {

    public Passage {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("passage needs 0 <= start < end, was " + start + ".." + end);
        }
    }
}
