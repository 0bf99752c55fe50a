package org.coldwar.source;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.coldwar.problem.Location;
import org.coldwar.source.tei.TeiDocument;

/**
 * A source text with its metadata, as checked by {@link SourceCatalog}: its bytes hash to
 * {@code sha256} and decode as UTF-8 to {@link #text()}. The catalogue keeps only the metadata of
 * its sources; a text (and a TEI document) is read again when asked for and kept only while it is
 * among the few most recently read ({@link RecentContent}), so that memory does not grow with the
 * number of sources. A text read again must still hash to {@code sha256}.
 */
public final class SourceDocument {

    private final String fileName;
    private final String stem;
    private final String title;
    private final String origin;
    private final String language;
    private final String mediaType;
    private final String sha256;
    private final long byteSize;
    private final Supplier<String> text;
    private final Location declaredAt;
    private final Bibliography bibliography;
    private final Optional<TeiSource> tei;

    /**
     * A source whose text is read by {@code text} when asked for.
     *
     * @param fileName the file's name under {@code seeds/}
     * @param stem the file name without its extension; names the source in IRIs
     * @param declaredAt the row of {@code sources.csv} that describes it
     * @param bibliography who wrote it and where it was published, as far as known
     * @param tei the TEI document the text was read from, for a TEI source; empty for a plain text
     *     ({@code fileName} then names the plain text the release publishes, {@code stem.txt})
     */
    public static SourceDocument reading(String fileName, String stem, String title, String origin, String language,
            String mediaType, String sha256, long byteSize, Supplier<String> text, Location declaredAt,
            Bibliography bibliography, Optional<TeiSource> tei) {
        return new SourceDocument(fileName, stem, title, origin, language, mediaType, sha256, byteSize, text,
                declaredAt, bibliography, tei);
    }

    /** A source whose text is held. */
    public SourceDocument(String fileName, String stem, String title, String origin, String language,
            String mediaType, String sha256, long byteSize, String text, Location declaredAt,
            Bibliography bibliography, Optional<TeiSource> tei) {
        this(fileName, stem, title, origin, language, mediaType, sha256, byteSize, held(text), declaredAt,
                bibliography, tei);
    }

    /** A plain-text source whose text is held. */
    public SourceDocument(String fileName, String stem, String title, String origin, String language,
            String mediaType, String sha256, long byteSize, String text, Location declaredAt,
            Bibliography bibliography) {
        this(fileName, stem, title, origin, language, mediaType, sha256, byteSize, text, declaredAt, bibliography,
                Optional.empty());
    }

    private SourceDocument(String fileName, String stem, String title, String origin, String language,
            String mediaType, String sha256, long byteSize, Supplier<String> text, Location declaredAt,
            Bibliography bibliography, Optional<TeiSource> tei) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.stem = stem;
        this.title = title;
        this.origin = origin;
        this.language = language;
        this.mediaType = mediaType;
        this.sha256 = sha256;
        this.byteSize = byteSize;
        this.text = Objects.requireNonNull(text, "text");
        this.declaredAt = declaredAt;
        this.bibliography = Objects.requireNonNull(bibliography, "bibliography");
        this.tei = Objects.requireNonNull(tei, "tei");
    }

    private static Supplier<String> held(String text) {
        Objects.requireNonNull(text, "text");
        return () -> text;
    }

    public String fileName() {
        return fileName;
    }

    public String stem() {
        return stem;
    }

    public String title() {
        return title;
    }

    public String origin() {
        return origin;
    }

    public String language() {
        return language;
    }

    public String mediaType() {
        return mediaType;
    }

    public String sha256() {
        return sha256;
    }

    public long byteSize() {
        return byteSize;
    }

    /** The text (read again if it is not among the recently read). */
    public String text() {
        return RecentContent.get(this, "text", text);
    }

    public Location declaredAt() {
        return declaredAt;
    }

    public Bibliography bibliography() {
        return bibliography;
    }

    public Optional<TeiSource> tei() {
        return tei;
    }

    /** The text's length in Unicode code points, the unit of passage offsets. */
    public int codePointLength() {
        String t = text();
        return t.codePointCount(0, t.length());
    }

    @Override
    public String toString() {
        return "SourceDocument[" + fileName + "]";
    }

    /**
     * The TEI file behind a source: its name in the seeds, the SHA-256 of its bytes, the id of its
     * document, and the document read from it (read again when asked for, as a source's text).
     */
    public static final class TeiSource {

        private final String xmlFileName;
        private final String xmlSha256;
        private final long xmlByteSize;
        private final String documentId;
        private final Supplier<TeiDocument> document;

        public TeiSource(String xmlFileName, String xmlSha256, long xmlByteSize, String documentId,
                Supplier<TeiDocument> document) {
            this.xmlFileName = xmlFileName;
            this.xmlSha256 = xmlSha256;
            this.xmlByteSize = xmlByteSize;
            this.documentId = documentId;
            this.document = document;
        }

        public String xmlFileName() {
            return xmlFileName;
        }

        public String xmlSha256() {
            return xmlSha256;
        }

        public long xmlByteSize() {
            return xmlByteSize;
        }

        /** The document's identifier in the edition (its {@code xml:id}). */
        public String documentId() {
            return documentId;
        }

        public TeiDocument document() {
            return RecentContent.get(this, "document", document);
        }
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
}
