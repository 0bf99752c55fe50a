package org.coldwar.source;

import java.util.Objects;

import org.coldwar.problem.Location;

/**
 * A source text with its metadata, as checked by {@link SourceCatalog}: its bytes hash to
 * {@code sha256} and decode as UTF-8 to {@code text}.
 *
 * @param fileName the file's name under {@code seeds/}
 * @param stem the file name without its extension; names the source in IRIs
 * @param declaredAt the row of {@code sources.csv} that describes it
 */
public record SourceDocument(String fileName, String stem, String title, String origin, String language,
        String mediaType, String sha256, long byteSize, String text, Location declaredAt) {

    public SourceDocument {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
    }

    /** The text's length in Unicode code points, the unit of passage offsets. */
    public int codePointLength() {
        return text.codePointCount(0, text.length());
    }
}
