package org.coldwar.map;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.coldwar.extract.AuthorityFile;
import org.coldwar.extract.Passage;
import org.coldwar.extract.QuoteLocator;
import org.coldwar.extract.auto.CandidateClaim;
import org.coldwar.extract.auto.DocumentReading;
import org.coldwar.extract.auto.Extractor;
import org.coldwar.extract.auto.NameCandidate;
import org.coldwar.extract.auto.ReviewFile;
import org.coldwar.problem.Problems;
import org.coldwar.source.SourceDocument;
import org.coldwar.vocab.Ontology;

/**
 * The automatic stage of a build: each source is read by the {@link Extractor} (over a gazetteer
 * of the whole authority file), what it read is mapped ({@link ReadingMapper}) with the decisions
 * of the source's review file, and the review file is written anew with every proposal and every
 * decision (so a historian reviews in a spreadsheet and the next build applies it).
 */
final class MachineReading {

    private final Path seedsDir;
    private final String shownDir;
    private final ReadingMapper mapper;
    private final Problems problems;
    private final Extractor extractor;

    MachineReading(Path seedsDir, String shownDir, AuthorityFile authority, Ontology ontology, IriMinter iris,
            StreamRDF out, ClaimMapper claims, ProvenanceIndex provenance, Problems problems) {
        this.seedsDir = seedsDir;
        this.shownDir = shownDir;
        this.problems = problems;
        this.mapper = new ReadingMapper(iris, out, claims, ontology.claimProperties(), provenance);
        this.extractor = Extractor.forAuthority(authority);
    }

    /** Reads every source; returns notices for the user (review files that could not be written). */
    List<String> readAll(Collection<SourceDocument> sources, Node extraction, boolean writeReviews) {
        List<String> notices = new ArrayList<>();
        boolean writable = !writeReviews || isWritable(seedsDir.resolve(ReviewFile.DIR));
        if (!writable) {
            notices.add(shownDir + "/" + ReviewFile.DIR + ": cannot write review files here (read-only); the release"
                    + " has every proposal, but there is no file to review them in: copy the seeds somewhere writable");
        }
        for (SourceDocument source : sources) {
            DocumentReading reading = extractor.read(source);
            Path reviewFile = seedsDir.resolve(ReviewFile.DIR).resolve(source.stem() + ".csv");
            String shownReview = shownDir + "/" + ReviewFile.DIR + "/" + source.stem() + ".csv";
            Map<String, ReviewFile.Decision> decisions = ReviewFile.read(reviewFile, shownReview, problems);
            mapper.map(reading, extraction, decisions, shownDir + "/" + source.fileName());
            if (writeReviews && writable) {
                ReviewFile.write(reviewFile, rows(reading), decisions);
            }
        }
        return notices;
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
