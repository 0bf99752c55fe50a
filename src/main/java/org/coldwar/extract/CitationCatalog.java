package org.coldwar.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.coldwar.problem.Location;
import org.coldwar.problem.Problem;
import org.coldwar.problem.Problems;
import org.coldwar.source.CsvReader;
import org.coldwar.source.CsvRow;
import org.coldwar.source.SourceCatalog;
import org.coldwar.source.SourceDocument;

/**
 * The references printed in the sources' footnotes, from {@code seeds/citations.csv} (an
 * optional file), each checked and located in its source: the source is described, the quote
 * is found once, the kind is known, authors and repositories are entities of the authority
 * file. Claims name the footnotes they rest on; this catalog answers which references those are.
 */
public final class CitationCatalog {

    public static final String FILE_NAME = "citations.csv";
    private static final List<String> COLUMNS = List.of("source", "note", "quote", "kind");

    /** Source file name -> footnote number -> its references, in file order. */
    private final Map<String, Map<String, List<Citation>>> bySourceAndNote;

    private CitationCatalog(Map<String, Map<String, List<Citation>>> bySourceAndNote) {
        this.bySourceAndNote = bySourceAndNote;
    }

    /** A catalog with no citations, for seeds without {@code citations.csv}. */
    public static CitationCatalog empty() {
        return new CitationCatalog(Map.of());
    }

    /**
     * Loads and checks {@code seedsDir/citations.csv} if there is one; throws with every problem.
     */
    public static CitationCatalog load(Path seedsDir, String shownDir, SourceCatalog sources, AuthorityFile authority) {
        Path file = seedsDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return empty();
        }
        Problems problems = new Problems();
        Map<String, QuoteLocator> locators = new java.util.LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, QuoteLocator> eldest) {
                return size() > 4;  // rows come grouped by source: a few texts' indexes at a time
            }
        };
        Map<String, Map<String, List<Citation>>> catalog = new TreeMap<>();
        new CsvReader(shownDir + "/" + FILE_NAME, COLUMNS).read(file, row -> {
            Citation citation = toCitation(row, sources, authority, locators, problems);
            if (citation != null) {
                catalog.computeIfAbsent(citation.sourceFile(), k -> new TreeMap<>())
                        .computeIfAbsent(citation.note(), k -> new ArrayList<>()).add(citation);
            }
        });
        problems.throwIfAny();
        return new CitationCatalog(catalog);
    }

    private static Citation toCitation(CsvRow row, SourceCatalog sources, AuthorityFile authority,
            Map<String, QuoteLocator> locators, Problems problems) {
        Location at = row.location();
        SourceDocument source = sources.byFileName(row.get("source")).orElse(null);
        if (source == null) {
            problems.report(Problem.at(at, "citation names a source not described in sources.csv", row.get("source")));
            return null;
        }
        if (!row.has("note")) {
            problems.report(Problem.at(at, "missing note (the footnote's number as printed)"));
            return null;
        }
        Citation.Kind kind = switch (row.get("kind")) {
            case "work" -> Citation.Kind.WORK;
            case "archive" -> Citation.Kind.ARCHIVE;
            default -> null;
        };
        if (kind == null) {
            problems.report(Problem.at(at, "kind must be 'work' or 'archive'", row.get("kind")));
            return null;
        }
        List<String> authors = AuthorityFile.splitAltLabels(row.get("author"));
        int before = problems.count();
        for (String author : authors) {
            if (authority.entity(author).isEmpty()) {
                problems.report(Problem.at(at, "unknown entity in author (not in entities.csv)", author));
            }
        }
        if (kind == Citation.Kind.WORK && !row.has("title") && authors.isEmpty()) {
            problems.report(Problem.at(at, "a cited work needs its title or its author (a note cut short may give"
                    + " only the author)"));
        }
        if (kind == Citation.Kind.ARCHIVE) {
            if (!row.has("repository")) {
                problems.report(Problem.at(at, "a cited archival unit needs its repository (an entity id)"));
            } else if (authority.entity(row.get("repository")).isEmpty()) {
                problems.report(Problem.at(at, "unknown entity in repository (not in entities.csv)",
                        row.get("repository")));
            }
        }
        if (row.has("year") && !row.get("year").matches("\\d{4}")) {
            problems.report(Problem.at(at, "year must be a year such as 1975", row.get("year")));
        }
        QuoteLocator.Result found = locators.computeIfAbsent(source.fileName(), f -> new QuoteLocator(source))
                .locate(row.get("quote"), 0);
        Passage printed = null;
        if (found instanceof QuoteLocator.Found hit) {
            printed = hit.passage();
        } else if (found instanceof QuoteLocator.Ambiguous many) {
            problems.report(Problem.at(at, "quote occurs " + many.occurrences() + " times in " + source.fileName()
                    + "; lengthen it", row.get("quote")));
        } else {
            problems.report(Problem.at(at, "quote not found in " + source.fileName(), row.get("quote")));
        }
        if (problems.count() != before || printed == null) {
            return null;
        }
        return new Citation(at, source.fileName(), row.get("note"), printed, kind, authors, row.get("title"),
                row.get("published_in"), row.get("publisher"), row.get("year"), row.get("pages"),
                row.get("repository"), row.get("fond"), row.get("opis"), row.get("delo"), row.get("sheets"));
    }

    /** The references of footnote {@code note} of {@code sourceFile}; empty if it has none. */
    public List<Citation> of(String sourceFile, String note) {
        return bySourceAndNote.getOrDefault(sourceFile, Map.of()).getOrDefault(note, List.of());
    }

    /** Every reference, by source file name and then footnote, in a stable order. */
    public Collection<Citation> all() {
        List<Citation> all = new ArrayList<>();
        bySourceAndNote.values().forEach(notes -> notes.values().forEach(all::addAll));
        return all;
    }
}
