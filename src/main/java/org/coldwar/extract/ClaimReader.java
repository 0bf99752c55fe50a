package org.coldwar.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.coldwar.problem.Location;
import org.coldwar.problem.Problem;
import org.coldwar.problem.ProblemSink;
import org.coldwar.source.CsvReader;
import org.coldwar.source.CsvRow;
import org.coldwar.source.SourceCatalog;
import org.coldwar.vocab.ClaimProperties;
import org.coldwar.vocab.Ontology;
import org.coldwar.vocab.ValueKind;

/**
 * Reads the claims files of {@code seeds/claims/} (one per source, named after it) and pushes
 * each well-formed row into a {@link ClaimSink}. Every cell is checked: entities exist and have
 * the class the property expects, dates are EDTF, numbers well formed, status, attribution and
 * hedge consistent, footnotes known. A malformed row is reported with its line and the
 * offending cell, and skipped; the caller decides whether to go on.
 */
public final class ClaimReader {

    public static final String CLAIMS_DIR = "claims";
    public static final List<String> COLUMNS = List.of("subject", "property", "value", "point_in_time", "start",
            "end", "place", "role", "quantity", "unit", "status", "negated", "according_to", "hedge", "citation",
            "date_context", "date_relative_to", "date_offset", "quote", "occurrence", "note");
    /** The columns every claims file must have; the others are optional. */
    private static final List<String> REQUIRED = List.of("subject", "property", "value", "point_in_time", "start",
            "end", "place", "role", "quantity", "unit", "quote");

    private final SourceCatalog sources;
    private final AuthorityFile authority;
    private final CitationCatalog citations;
    private final Ontology ontology;
    private final ClaimProperties properties;
    private final ProblemSink problems;

    public ClaimReader(SourceCatalog sources, AuthorityFile authority, CitationCatalog citations, Ontology ontology,
            ProblemSink problems) {
        this.sources = sources;
        this.authority = authority;
        this.citations = citations;
        this.ontology = ontology;
        this.properties = ontology.claimProperties();
        this.problems = problems;
    }

    /** Reads every {@code *.csv} of {@code seedsDir/claims} in file-name order. */
    public void readAll(Path seedsDir, String shownDir, ClaimSink sink) {
        for (Path file : files(seedsDir, shownDir)) {
            read(file, shownDir, sink);
        }
    }

    /**
     * The claims files of {@code seedsDir/claims} that name a source of the catalog, in file-name
     * order; reports each one that names none.
     */
    public List<Path> files(Path seedsDir, String shownDir) {
        Path dir = seedsDir.resolve(CLAIMS_DIR);
        if (!Files.isDirectory(dir) && sources.documents().stream().anyMatch(d -> d.tei().isPresent())) {
            return List.of();  // an edition's TEI documents need no hand-made claims
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        List<Path> named = new java.util.ArrayList<>();
        for (Path file : files) {
            String sourceFile = sourceFileOf(file);
            if (sources.byFileName(sourceFile).isEmpty()) {
                problems.report(Problem.at(Location.of(shownDir + "/" + CLAIMS_DIR + "/" + file.getFileName()),
                        "claims file names no source described in sources.csv", sourceFile));
            } else {
                named.add(file);
            }
        }
        return named;
    }

    /** The claims file of the source with this stem ({@code claims/<stem>.csv}), whether or not it exists. */
    public static Path fileOf(Path seedsDir, String sourceStem) {
        return seedsDir.resolve(CLAIMS_DIR).resolve(sourceStem + ".csv");
    }

    /** Reads one claims file, whose name names its source ({@code claims/<stem>.csv}). */
    public void read(Path file, String shownDir, ClaimSink sink) {
        String shownAs = shownDir + "/" + CLAIMS_DIR + "/" + file.getFileName();
        String sourceFile = sourceFileOf(file);
        new CsvReader(shownAs, REQUIRED).read(file, row -> {
            Claim claim = toClaim(row, sourceFile);
            if (claim != null) {
                sink.claim(claim);
            }
        });
    }

    private static String sourceFileOf(Path claimsFile) {
        String name = claimsFile.getFileName().toString();
        return name.substring(0, name.length() - ".csv".length()) + ".txt";  // TEI sources too
    }

    /** Checks one row; reports and returns null if anything is wrong with it. */
    Claim toClaim(CsvRow row, String sourceFile) {
        Location at = row.location();
        int before = problemCount;
        String property = row.get("property");
        ValueKind kind = properties.kindOf(property).orElse(null);
        requireEntityOf(at, "subject", row.get("subject"), kind == null ? null : properties.subjectClass(property));
        if (kind == null) {
            report(at, "unknown property (see the ontology's claim properties)", property);
        } else if (kind == ValueKind.ENTITY) {
            requireEntityOf(at, "value", row.get("value"), properties.valueClass(property));
        } else if (!Values.isLiteralOf(kind, row.get("value"))) {
            report(at, "value of " + property + " must be " + Values.expected(kind), row.get("value"));
        }
        for (String column : List.of("point_in_time", "start", "end")) {
            if (row.has(column) && !Values.isDate(row.get(column))) {
                report(at, column + " must be " + Values.expected(ValueKind.DATE), row.get(column));
            }
        }
        if (row.has("place")) {
            requireEntity(at, "place", row.get("place"));
        }
        if (row.has("quantity") && !Values.isNumber(row.get("quantity"))) {
            report(at, "quantity must be " + Values.expected(ValueKind.NUMBER), row.get("quantity"));
        }
        if (!row.has("quote")) {
            report(at, "claim has no quote: every claim needs the verbatim passage that supports it", null);
        }
        Attribution attribution = attribution(row, at);
        DateBasis dateBasis = dateBasis(row, at);
        List<String> citations = AuthorityFile.splitAltLabels(row.get("citation"));
        for (String note : citations) {
            if (this.citations.of(sourceFile, note).isEmpty()) {
                report(at, "citation names a footnote with no reference in citations.csv", note);
            }
        }
        int occurrence = 0;
        if (row.has("occurrence")) {
            try {
                occurrence = Integer.parseInt(row.get("occurrence"));
            } catch (NumberFormatException e) {
                occurrence = -1;
            }
            if (occurrence < 1) {
                report(at, "occurrence must be a whole number from 1", row.get("occurrence"));
            }
        }
        if (problemCount != before) {
            return null;
        }
        return new Claim(at, sourceFile, row.get("subject"), property, kind, row.get("value"),
                row.get("point_in_time"), row.get("start"), row.get("end"), row.get("place"), row.get("role"),
                row.get("quantity"), row.get("unit"), row.get("quote"), occurrence, attribution, dateBasis,
                citations, row.get("note"));
    }

    private Attribution attribution(CsvRow row, Location at) {
        ClaimStatus status = ClaimStatus.fromCell(row.get("status")).orElse(null);
        if (status == null) {
            report(at, "status must be one of " + ClaimStatus.allowed() + " (empty means asserted)", row.get("status"));
            status = ClaimStatus.ASSERTED;
        }
        String negated = row.get("negated");
        if (!negated.isEmpty() && !negated.equals("yes") && !negated.equals("no")) {
            report(at, "negated must be 'yes', 'no' or empty", negated);
        }
        String accordingTo = row.get("according_to");
        if (!accordingTo.isEmpty()) {
            requireEntityOf(at, "according_to", accordingTo, java.util.Optional.of("Agent"));
        }
        String hedge = row.get("hedge");
        if (!hedge.isEmpty() && !QuoteLocator.collapse(row.get("quote")).toLowerCase(java.util.Locale.ROOT)
                .contains(QuoteLocator.collapse(hedge).toLowerCase(java.util.Locale.ROOT))) {
            report(at, "hedge must be words of the quote", hedge);
        }
        return new Attribution(status, negated.equals("yes"), accordingTo, hedge);
    }

    private DateBasis dateBasis(CsvRow row, Location at) {
        String relativeTo = row.get("date_relative_to");
        String offset = row.get("date_offset");
        if (relativeTo.isEmpty() != offset.isEmpty()) {
            report(at, "date_relative_to and date_offset go together: the event a relative date counts from, and by"
                    + " how much", relativeTo.isEmpty() ? offset : relativeTo);
        } else if (!relativeTo.isEmpty()) {
            requireEntity(at, "date_relative_to", relativeTo);
            if (!Values.isOffset(offset)) {
                report(at, "date_offset must be an ISO 8601 duration such as P2W, P1D or -P3D", offset);
            }
            if (!row.has("point_in_time") && properties.kindOf(row.get("property")).orElse(null) != ValueKind.DATE) {
                report(at, "a relative date needs its resolved date in point_in_time", relativeTo);
            }
        }
        if (row.has("date_context") && !row.has("point_in_time") && !row.has("start") && !row.has("end")
                && properties.kindOf(row.get("property")).orElse(null) != ValueKind.DATE) {
            report(at, "date_context given but the row has no date", row.get("date_context"));
        }
        return new DateBasis(row.get("date_context"), relativeTo, offset);
    }

    private int problemCount;

    private void requireEntityOf(Location at, String column, String id, java.util.Optional<String> requiredClass) {
        requireEntity(at, column, id);
        Entity entity = id.isEmpty() ? null : authority.entity(id).orElse(null);
        if (entity != null && requiredClass != null && requiredClass.isPresent()
                && !ontology.isSubClassOf(entity.type(), requiredClass.get())) {
            report(at, column + " must be " + article(requiredClass.get()) + " (" + id + " is "
                    + article(entity.type()) + ")", id);
        }
    }

    private static String article(String className) {
        return ("AEIOU".indexOf(className.charAt(0)) >= 0 ? "an " : "a ") + className;
    }

    private void requireEntity(Location at, String column, String id) {
        if (id.isEmpty()) {
            report(at, "missing " + column, null);
        } else if (authority.entity(id).isEmpty()) {
            report(at, "unknown entity in " + column + " (not in entities.csv)", id);
        }
    }

    private void report(Location at, String message, String value) {
        problemCount++;
        problems.report(Problem.at(at, message, value));
    }
}
