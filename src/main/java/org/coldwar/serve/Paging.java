package org.coldwar.serve;

import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Which page of a long list is shown, and how many rows the list has in all, so that a hub
 * entity's page and document stay the same size however large the corpus grows: on the HTML page,
 * {@code ?page=2} for its claims and {@code ?mentions=2} for the sources that mention it,
 * {@link #SIZE} rows a page; in the RDF document, {@code ?page=2} for the triples pointing at
 * it, {@link #DOCUMENT_SIZE} a page, and in a named graph's document for its triples,
 * {@link #GRAPH_SIZE} a page.
 *
 * @param number the page, from 1
 * @param total the rows of the whole list
 * @param size the rows a page
 */
record Paging(int number, long total, int size) {

    /** Rows a page of an HTML page's list. */
    static final int SIZE = 100;

    /** Triples pointing at a resource in a page of its RDF document. */
    static final int DOCUMENT_SIZE = 1000;

    /** Triples of a named graph in a page of its RDF document (one source's graph mostly fits). */
    static final int GRAPH_SIZE = 10_000;

    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,8}");

    Paging {
        if (number < 1 || total < 0 || size < 1) {
            throw new IllegalArgumentException("page " + number + " of " + total + " rows, " + size + " a page");
        }
    }

    /** Page {@code number} of an HTML page's list, {@link #SIZE} rows a page. */
    Paging(int number, long total) {
        this(number, total, SIZE);
    }

    /**
     * The page a query parameter asks for: 1 if it is absent, empty if it is not a whole number
     * from 1 ({@code 0}, {@code -1}, {@code abc}, {@code 2.5}).
     */
    static OptionalInt parse(String parameter) {
        if (parameter == null) {
            return OptionalInt.of(1);
        }
        return NUMBER.matcher(parameter).matches() ? OptionalInt.of(Integer.parseInt(parameter)) : OptionalInt.empty();
    }

    /** The rows before this page. */
    long offset() {
        return (long) (number - 1) * size;
    }

    /** How many pages the list has; an empty list has one, empty, page. */
    int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** False for a page beyond the last. */
    boolean exists() {
        return number <= pages();
    }

    /** "101–200 of 1234". */
    String rows() {
        return total == 0 ? "0" : (offset() + 1) + "–" + Math.min(total, offset() + size) + " of " + total;
    }
}
