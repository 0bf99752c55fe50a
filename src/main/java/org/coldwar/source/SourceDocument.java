package org.coldwar.source;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.coldwar.problem.Location;
import org.coldwar.source.tei.TeiDocument;

/**
 * A source text with its metadata, as checked by {@link SourceCatalog}: its bytes hash to
 * {@code sha256} and decode as UTF-8 to {@code text}.
 *
 * @param fileName the file's name under {@code seeds/}
 * @param stem the file name without its extension; names the source in IRIs
 * @param declaredAt the row of {@code sources.csv} that describes it
 * @param bibliography who wrote it and where it was published, as far as known
 * @param tei the TEI document the text was read from, for a TEI source; empty for a plain text
 *     ({@code fileName} then names the plain text the release publishes, {@code stem.txt})
 */
public record SourceDocument(String fileName, String stem, String title, String origin, String language,
        String mediaType, String sha256, long byteSize, String text, Location declaredAt, Bibliography bibliography,
        Optional<TeiSource> tei) {

    public SourceDocument {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(bibliography, "bibliography");
        Objects.requireNonNull(tei, "tei");
    }

    /** A plain-text source, as described by a row of {@code sources.csv}. */
    public SourceDocument(String fileName, String stem, String title, String origin, String language,
            String mediaType, String sha256, long byteSize, String text, Location declaredAt,
            Bibliography bibliography) {
        this(fileName, stem, title, origin, language, mediaType, sha256, byteSize, text, declaredAt, bibliography,
                Optional.empty());
    }

    /**
     * The TEI file behind a source: its name in the seeds, the SHA-256 of its bytes, and what was
     * read from it.
     */
    public record TeiSource(String xmlFileName, String xmlSha256, long xmlByteSize, TeiDocument document) {
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
