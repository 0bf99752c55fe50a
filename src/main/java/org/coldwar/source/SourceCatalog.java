package org.coldwar.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.coldwar.problem.Location;
import org.coldwar.problem.Problem;
import org.coldwar.problem.Problems;

/**
 * The source texts named in {@code seeds/sources.csv}, each read strictly and checked against
 * the SHA-256 its row records: a text edited under existing claims stops the build here,
 * before any quote is searched in the wrong bytes; and the TEI documents of the seeds directory
 * ({@link TeiSources}), whose plain text is derived by one documented rule. A directory of TEI
 * documents needs no {@code sources.csv}.
 */
public final class SourceCatalog {

    public static final String FILE_NAME = "sources.csv";
    private static final List<String> COLUMNS =
            List.of("file", "title", "origin", "language", "media_type", "sha256");

    private final Map<String, SourceDocument> byFileName;

    private SourceCatalog(Map<String, SourceDocument> byFileName) {
        this.byFileName = byFileName;
    }

    /**
     * Loads the catalog of {@code seedsDir}. Every problem is reported, then the load fails with
     * an {@link org.coldwar.problem.InvalidDataException} if there was any.
     *
     * @param shownDir how {@code seedsDir} is named in messages (e.g. {@code seeds})
     */
    public static SourceCatalog load(Path seedsDir, String shownDir) {
        Problems problems = new Problems();
        Map<String, SourceDocument> documents = new TreeMap<>();
        for (SourceDocument tei : TeiSources.read(seedsDir, shownDir, problems)) {
            documents.put(tei.fileName(), tei);
        }
        String shownCsv = shownDir + "/" + FILE_NAME;
        if (!documents.isEmpty() && !Files.exists(seedsDir.resolve(FILE_NAME))) {
            problems.throwIfAny();
            return new SourceCatalog(new LinkedHashMap<>(documents));
        }
        new CsvReader(shownCsv, COLUMNS).read(seedsDir.resolve(FILE_NAME), row -> {
            SourceDocument document = readDocument(seedsDir, shownDir, row, problems);
            if (document == null) {
                return;
            }
            SourceDocument earlier = documents.putIfAbsent(document.fileName(), document);
            if (earlier != null) {
                problems.report(Problem.at(row.location(), "source already described at line "
                        + earlier.declaredAt().line(), document.fileName()));
            }
        });
        problems.throwIfAny();
        return new SourceCatalog(new LinkedHashMap<>(documents));
    }

    private static SourceDocument readDocument(Path seedsDir, String shownDir, CsvRow row, Problems problems) {
        String file = row.get("file");
        for (String column : List.of("file", "title", "language", "media_type", "sha256")) {
            if (!row.has(column)) {
                problems.report(Problem.at(row.location(), "missing " + column));
                return null;
            }
        }
        if (row.has("year") && !row.get("year").matches("\\d{4}")) {
            problems.report(Problem.at(row.location(), "year must be a year such as 1975", row.get("year")));
            return null;
        }
        if (!file.matches("[A-Za-z0-9_.-]+\\.txt")) {
            problems.report(Problem.at(row.location(), "file must be a .txt file directly under " + shownDir
                    + ", named with letters, digits, '_', '-' and '.' only (it names the source in IRIs)", file));
            return null;
        }
        String shownFile = shownDir + "/" + file;
        byte[] bytes;
        String text;
        try {
            bytes = TextFiles.readBytes(seedsDir.resolve(file), shownFile);
            text = TextFiles.decodeUtf8(bytes, shownFile);
        } catch (org.coldwar.problem.InvalidDataException e) {
            e.problems().forEach(problems::report);
            return null;
        }
        String actual = Sha256.hex(bytes);
        if (!actual.equalsIgnoreCase(row.get("sha256"))) {
            problems.report(Problem.at(row.location(), shownFile + " has changed since its claims were written"
                    + " (SHA-256 is " + actual + "); restore the original bytes, or re-check every claim"
                    + " quoting it and then record the new SHA-256", row.get("sha256")));
            return null;
        }
        String stem = file.substring(0, file.length() - ".txt".length());
        Path path = seedsDir.resolve(file);
        return SourceDocument.reading(file, stem, row.get("title"), row.get("origin"), row.get("language"),
                row.get("media_type"), actual, bytes.length, () -> readAgain(path, shownFile, actual), row.location(),
                bibliography(row), java.util.Optional.empty());
    }

    /** A source's text read again when asked for: it must still be the text that was checked. */
    static String readAgain(Path path, String shownFile, String sha256) {
        byte[] bytes = TextFiles.readBytes(path, shownFile);
        if (!Sha256.hex(bytes).equalsIgnoreCase(sha256)) {
            throw new org.coldwar.problem.InvalidDataException(List.of(Problem.at(Location.of(shownFile),
                    "changed while the build was running; build again")));
        }
        return TextFiles.decodeUtf8(bytes, shownFile);
    }

    private static SourceDocument.Bibliography bibliography(CsvRow row) {
        List<String> authors = java.util.Arrays.stream(row.get("author").split("\\|")).map(String::strip)
                .filter(a -> !a.isEmpty()).distinct().toList();
        return new SourceDocument.Bibliography(authors, row.get("published_in"), row.get("publisher"), row.get("year"));
    }

    public Optional<SourceDocument> byFileName(String fileName) {
        return Optional.ofNullable(byFileName.get(fileName));
    }

    /** The documents in file-name order. */
    public Collection<SourceDocument> documents() {
        return byFileName.values();
    }

}
