package org.coldwar.source;

import java.util.List;
import java.util.Objects;

import org.coldwar.problem.Location;

/**
 * A source text with its metadata, as checked by {@link SourceCatalog}: its bytes hash to
 * {@code sha256} and decode as UTF-8 to {@code text}.
 *
 * @param fileName the file's name under {@code seeds/}
 * @param stem the file name without its extension; names the source in IRIs
 * @param declaredAt the row of {@code sources.csv} that describes it
 * @param bibliography who wrote it and where it was published, as far as known
 */
public record SourceDocument(String fileName, String stem, String title, String origin, String language,
        String mediaType, String sha256, long byteSize, String text, Location declaredAt, Bibliography bibliography) {

    public SourceDocument {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(bibliography, "bibliography");
    }

    /**
     * What is known of a source's publication; empty strings and lists where nothing is.
     *
     * @param authors entity ids of the authors (checked against the authority file by the caller)
     * @param publishedIn the book, volume or journal the text is part of
     * @param year the year of publication, four digits
     */
    public record Bibliography(List<String> authors, String publishedIn, String publisher, String year) {

        public static final Bibliography UNKNOWN = new Bibliography(List.of(), "", "", "");

        public Bibliography {
            authors = List.copyOf(authors);
        }
    }

    /** The text's length in Unicode code points, the unit of passage offsets. */
    public int codePointLength() {
        return text.codePointCount(0, text.length());
    }
}
