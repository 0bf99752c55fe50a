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
import org.coldwar.vocab.ValueKind;

/**
 * Reads the claims files of {@code seeds/claims/} (one per source, named after it) and pushes
 * each well-formed row into a {@link ClaimSink}. A malformed row is reported with its line and
 * the offending cell, and skipped; the caller decides whether to go on.
 */
public final class ClaimReader {

    public static final String CLAIMS_DIR = "claims";
    public static final List<String> COLUMNS = List.of("subject", "property", "value", "point_in_time", "start",
            "end", "place", "role", "quantity", "unit", "quote", "occurrence", "note");

    private final SourceCatalog sources;
    private final AuthorityFile authority;
    private final ClaimProperties properties;
    private final ProblemSink problems;

    public ClaimReader(SourceCatalog sources, AuthorityFile authority, ClaimProperties properties,
            ProblemSink problems) {
        this.sources = sources;
        this.authority = authority;
        this.properties = properties;
        this.problems = problems;
    }

    /** Reads every {@code *.csv} of {@code seedsDir/claims} in file-name order. */
    public void readAll(Path seedsDir, String shownDir, ClaimSink sink) {
        Path dir = seedsDir.resolve(CLAIMS_DIR);
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String shownAs = shownDir + "/" + CLAIMS_DIR + "/" + name;
            String sourceFile = name.substring(0, name.length() - ".csv".length()) + ".txt";
            if (sources.byFileName(sourceFile).isEmpty()) {
                problems.report(Problem.at(Location.of(shownAs),
                        "claims file names no source described in sources.csv", sourceFile));
                continue;
            }
            new CsvReader(shownAs, COLUMNS.subList(0, 11)).read(file, row -> {
                Claim claim = toClaim(row, sourceFile);
                if (claim != null) {
                    sink.claim(claim);
                }
            });
        }
    }

    /** Checks one row; reports and returns null if anything is wrong with it. */
    Claim toClaim(CsvRow row, String sourceFile) {
        Location at = row.location();
        int before = problemCount;
        requireEntity(at, "subject", row.get("subject"));
        String property = row.get("property");
        ValueKind kind = properties.kindOf(property).orElse(null);
        if (kind == null) {
            report(at, "unknown property (see the ontology's claim properties)", property);
        } else if (kind == ValueKind.ENTITY) {
            requireEntity(at, "value", row.get("value"));
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
                row.get("quantity"), row.get("unit"), row.get("quote"), occurrence);
    }

    private int problemCount;

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
