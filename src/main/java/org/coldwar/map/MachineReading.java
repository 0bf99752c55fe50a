package org.coldwar.map;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.coldwar.extract.AuthorityFile;
import org.coldwar.extract.Passage;
import org.coldwar.extract.QuoteLocator;
import org.coldwar.extract.auto.CandidateClaim;
import org.coldwar.extract.auto.DocumentReading;
import org.coldwar.extract.auto.Extractor;
import org.coldwar.extract.auto.NameCandidate;
import org.coldwar.extract.auto.ReviewFile;
import org.coldwar.problem.ProblemSink;
import org.coldwar.source.SourceDocument;

/**
 * The automatic stage of a build: each source is read by the {@link Extractor} (over a gazetteer
 * of the whole authority file), what it read is mapped ({@link ReadingMapper}) with the decisions
 * of the source's review file, and the review file is written anew with every proposal and every
 * decision (so a historian reviews in a spreadsheet and the next build applies it).
 */
final class MachineReading {

    private final Path seedsDir;
    private final String shownDir;
    private final AuthorityFile authority;
    private Extractor extractor;
    private boolean writable = true;
    private boolean writeReviewsAsked;

    /**
     * Reads sources with an extractor for {@code authority}, built once, when the first source
     * is read (a build whose every source comes from the cache builds none).
     */
    MachineReading(Path seedsDir, String shownDir, AuthorityFile authority) {
        this.seedsDir = seedsDir;
        this.shownDir = shownDir;
        this.authority = authority;
    }

    /**
     * Checks, before the first source is read, whether review files can be written; returns the
     * notices for the user (review files that cannot be written).
     */
    List<String> prepare(boolean writeReviews) {
        List<String> notices = new ArrayList<>();
        writeReviewsAsked = writeReviews;
        writable = !writeReviews || isWritable(seedsDir.resolve(ReviewFile.DIR));
        if (!writable) {
            notices.add(shownDir + "/" + ReviewFile.DIR + ": cannot write review files here (read-only); the release"
                    + " has every proposal, but there is no file to review them in: copy the seeds somewhere writable");
        }
        return notices;
    }

    /** Whether {@link #read} writes review files (as asked, and if it can; known after {@link #prepare}). */
    boolean writesReviews() {
        return writeReviewsAsked && writable;
    }

    /** The review file of a source ({@code review/<stem>.csv}), whether or not it exists. */
    static Path reviewFileOf(Path seedsDir, SourceDocument source) {
        return seedsDir.resolve(ReviewFile.DIR).resolve(source.stem() + ".csv");
    }

    /** Reads one source and maps what the machine proposes with {@code mapper}; rewrites its review file if asked. */
    void read(SourceDocument source, Node extraction, ReadingMapper mapper, boolean writeReviews,
            ProblemSink problems) {
        if (extractor == null) {
            extractor = Extractor.forAuthority(authority);
        }
        DocumentReading reading = extractor.read(source);
        Path reviewFile = reviewFileOf(seedsDir, source);
        String shownReview = shownDir + "/" + ReviewFile.DIR + "/" + source.stem() + ".csv";
        Map<String, ReviewFile.Decision> decisions = ReviewFile.read(reviewFile, shownReview, problems);
        mapper.map(reading, extraction, decisions, shownDir + "/" + source.fileName());
        if (writeReviews && writable) {
            ReviewFile.write(reviewFile, rows(reading), decisions);
        }
    }

    /** True if review files can be written to {@code dir} (it exists writable, or can be made). */
    private static boolean isWritable(Path dir) {
        if (java.nio.file.Files.isDirectory(dir)) {
            return java.nio.file.Files.isWritable(dir);
        }
        try {
            java.nio.file.Files.createDirectories(dir);
            return true;
        } catch (java.io.IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * One review row per proposed claim (quoting its sentence) and per distinct unknown name
     * (quoting it with the context a passage keeps), in text order.
     */
    private List<ReviewFile.Row> rows(DocumentReading reading) {
        QuoteLocator texts = new QuoteLocator(reading.source());
        List<ReviewFile.Row> rows = new ArrayList<>();
        for (CandidateClaim c : reading.candidates()) {
            String subject = c.subjectLabel().isEmpty() ? extractor.label(c.subjectKey()) : c.subjectLabel();
            rows.add(new ReviewFile.Row(c.key(), "claim", subject + ": " + c.property() + " " + extractor.label(c.value()),
                    texts.passageOfCodePoints(c.start(), c.end(), "").exact(), c.confidence(), c.rule()));
        }
        Map<String, NameCandidate> names = new LinkedHashMap<>();
        for (NameCandidate name : reading.names()) {
            names.putIfAbsent(name.surface(), name);
        }
        for (NameCandidate name : names.values()) {
            Passage around = texts.passageOfCodePoints(name.start(), name.end(), "");
            rows.add(new ReviewFile.Row("name-" + name.surface().replaceAll("\\s+", "_"), "entity", name.surface(),
                    (around.prefix() + around.exact() + around.suffix()).replaceAll("\\s+", " ").strip(), 0,
                    "unknown-name"));
        }
        return rows;
    }
}
