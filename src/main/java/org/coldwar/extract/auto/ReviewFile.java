package org.coldwar.extract.auto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coldwar.problem.Location;
import org.coldwar.problem.Problem;
import org.coldwar.problem.ProblemSink;
import org.coldwar.source.CsvReader;

/**
 * The review file of one source ({@code review/<stem>.csv} in the seeds directory): one row per
 * proposal of the machine (a claim, or a new entity), with its quote, confidence and rule, and
 * the columns a person fills in a spreadsheet: {@code decision} ({@code accept} or
 * {@code reject}), {@code reviewer}, {@code reason}; and for a new entity the {@code entity_id}
 * and {@code entity_type} to give it. The build writes the file (keeping every decision already
 * made, also for proposals the machine no longer makes) and the next build reads the decisions.
 */
public final class ReviewFile {

    public static final String DIR = "review";
    public static final List<String> COLUMNS = List.of("key", "kind", "proposal", "quote", "confidence", "rule",
            "decision", "reviewer", "reason", "entity_id", "entity_type");

    /** A person's decision on one proposal, with the row it was read from. */
    public record Decision(String key, boolean accepted, String reviewer, String reason, String entityId,
            String entityType, String proposal, Location location) {
    }

    /** One proposal as written to the file. */
    public record Row(String key, String kind, String proposal, String quote, double confidence, String rule) {
    }

    private ReviewFile() {
    }

    /** The decisions of {@code file} (absent file: none). Bad cells are reported with file:line. */
    public static Map<String, Decision> read(Path file, String shownAs, ProblemSink problems) {
        Map<String, Decision> decisions = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return decisions;
        }
        new CsvReader(shownAs, List.of("key", "decision")).read(file, row -> {
            String decision = row.get("decision");
            if (decision.isEmpty()) {
                return;
            }
            if (!decision.equals("accept") && !decision.equals("reject")) {
                problems.report(Problem.at(row.location(), "decision must be 'accept', 'reject' or empty", decision));
                return;
            }
            if (decision.equals("reject") && !row.has("reason")) {
                problems.report(Problem.at(row.location(), "a rejection needs its reason", row.get("key")));
                return;
            }
            if (decision.equals("accept") && row.get("kind").equals("entity")
                    && (!row.has("entity_id") || !row.has("entity_type"))) {
                problems.report(Problem.at(row.location(), "an accepted new entity needs its entity_id and entity_type",
                        row.get("key")));
                return;
            }
            decisions.put(row.get("key"), new Decision(row.get("key"), decision.equals("accept"), row.get("reviewer"),
                    row.get("reason"), row.get("entity_id"), row.get("entity_type"), row.get("proposal"),
                    row.location()));
        });
        return decisions;
    }

    /**
     * Writes {@code rows} to {@code file}, each with its decision if one was made, followed by the
     * decided rows of proposals no longer made (nothing a person decided is lost). Deterministic:
     * the same proposals and decisions give the same bytes.
     */
    public static void write(Path file, List<Row> rows, Map<String, Decision> decisions) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        List<String> written = new ArrayList<>();
        for (Row row : rows) {
            Decision d = decisions.get(row.key());
            out.append(line(row.key(), row.kind(), row.proposal(), row.quote(), String.format(java.util.Locale.ROOT,
                    "%.2f", row.confidence()), row.rule(), d)).append('\n');
            written.add(row.key());
        }
        for (Decision d : decisions.values()) {
            if (!written.contains(d.key())) {
                out.append(line(d.key(), d.entityId().isEmpty() ? "claim" : "entity", d.proposal(),
                        "(no longer proposed)", "", "", d)).append('\n');
            }
        }
        try {
            Files.createDirectories(file.getParent());
            byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
            if (!Files.exists(file) || !java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
                Files.write(file, bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String line(String key, String kind, String proposal, String quote, String confidence, String rule,
            Decision d) {
        List<String> cells = List.of(key, kind, proposal, quote, confidence, rule,
                d == null ? "" : d.accepted() ? "accept" : "reject", d == null ? "" : d.reviewer(),
                d == null ? "" : d.reason(), d == null ? "" : d.entityId(), d == null ? "" : d.entityType());
        return String.join(",", cells.stream().map(ReviewFile::csv).toList());
    }

    private static String csv(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
