package org.coldwar.extract;

import java.util.List;
import java.util.Objects;

import org.coldwar.problem.Location;

/**
 * One reference printed in a footnote of a source, as {@code citations.csv} describes it and
 * located in the source's text: a work (author, title, where published, pages) or a unit of an
 * archive (repository and its fond / opis / delo / sheets). Empty strings where not given.
 *
 * @param note the footnote's number as printed
 * @param printed where the reference is printed in the source, verbatim
 * @param authors entity ids of the authors of a cited work
 * @param repository entity id of the archive holding a cited unit
 */
public record Citation(Location location, String sourceFile, String note, Passage printed, Kind kind,
        List<String> authors, String title, String publishedIn, String publisher, String year, String pages,
        String repository, String fond, String opis, String delo, String sheets) {

    /**
     * What a reference points to: a work, an archival unit, or (for a TEI source, whose
     * footnotes are read whole) a footnote as printed, the source note among them.
     */
    public enum Kind {
        WORK, ARCHIVE, NOTE, SOURCE_NOTE
    }

    public Citation {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(printed, "printed");
        Objects.requireNonNull(kind, "kind");
        authors = List.copyOf(authors);
    }
}
