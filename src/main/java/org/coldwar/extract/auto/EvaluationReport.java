package org.coldwar.extract.auto;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.coldwar.extract.AuthorityFile;
import org.coldwar.extract.CitationCatalog;
import org.coldwar.extract.ClaimReader;
import org.coldwar.extract.Entity;
import org.coldwar.extract.LocatedClaim;
import org.coldwar.extract.PassageLocatingSink;
import org.coldwar.problem.Problems;
import org.coldwar.source.SourceCatalog;
import org.coldwar.source.SourceDocument;
import org.coldwar.vocab.Ontology;

/**
 * Runs the automatic extraction over a seeds directory and prints how it scores: per TEI document
 * and overall, mentions of persons against the editors' annotations (span and document level)
 * and the documents' dates read from their datelines against the editors' dates; per plain-text
 * source, mentions against the hand-made claims' entities; and each claim rule's precision
 * against the hand-made claims. Writes nothing.
 */
public final class EvaluationReport {

    private EvaluationReport() {
    }

    /** Evaluates {@code seedsDir} and prints the figures to {@code out}. */
    public static void run(Path seedsDir, String shownDir, PrintWriter out) {
        Ontology ontology = Ontology.get();
        SourceCatalog sources = SourceCatalog.load(seedsDir, shownDir);
        AuthorityFile authority = AuthorityFile.load(seedsDir, shownDir, ontology, sources.documents());
        Extractor extractor = Extractor.forAuthority(authority);
        List<LocatedClaim> claims = handMadeClaims(seedsDir, shownDir, sources, authority, ontology);
        Set<String> listedPersons = authority.entities().stream()
                .filter(e -> e.type().equals("Person") && e.id().startsWith("p_")).map(Entity::id)
                .collect(Collectors.toSet());
        Map<String, List<String>> forms = new HashMap<>();
        authority.entities().forEach(e -> {
            List<String> all = new ArrayList<>(e.altLabels());
            all.add(0, e.label());
            forms.put(e.id(), all);
        });
        List<DocumentReading> readings = new ArrayList<>();
        Evaluation.Score teiSpans = new Evaluation.Score(0, 0, 0);
        Evaluation.Score teiDocs = new Evaluation.Score(0, 0, 0);
        Evaluation.Score seedSpans = new Evaluation.Score(0, 0, 0);
        int dated = 0;
        int datesRight = 0;
        out.println("source | mentions found | span P | span R | span F1 | document P | document R | date read | date given");
        for (SourceDocument source : sources.documents()) {
            DocumentReading reading = extractor.read(source);
            readings.add(reading);
            Evaluation.DocumentScore score;
            String dateRead = "";
            String dateGiven = "";
            if (source.tei().isPresent()) {
                score = Evaluation.againstEditors(reading, listedPersons);
                teiSpans = teiSpans.plus(score.spans());
                teiDocs = teiDocs.plus(score.documentLevel());
                dateGiven = Evaluation.documentDay(source);
                dateRead = new DatelineNormaliser().normalise(source.tei().get().document().dateline())
                        .map(DatelineNormaliser.Dateline::edtf).orElse("");
                if (!dateGiven.isEmpty()) {
                    dated++;
                    if (dateRead.equals(dateGiven)) {
                        datesRight++;
                    }
                }
            } else {
                List<LocatedClaim> own = claims.stream().filter(c -> c.claim().sourceFile().equals(source.fileName()))
                        .toList();
                score = Evaluation.againstClaims(reading, own, forms);
                seedSpans = seedSpans.plus(score.spans());
            }
            out.printf(Locale.ROOT, "%s | %d | %s | %s | %s | %s | %s | %s | %s%n", source.stem(),
                    reading.mentions().size(), f(score.spans().precision()), f(score.spans().recall()),
                    f(score.spans().f1()), f(score.documentLevel().precision()), f(score.documentLevel().recall()),
                    dateRead, dateGiven);
        }
        out.println();
        if (teiSpans.truePositives() + teiSpans.falseNegatives() > 0) {
            out.printf(Locale.ROOT, "TEI documents against the editors' persName annotations:%n"
                    + "  span level:     precision %s  recall %s  F1 %s  (%d found right, %d wrong, %d missed)%n"
                    + "  document level: precision %s  recall %s  F1 %s%n"
                    + "  dates read from the datelines: %d of %d right%n",
                    f(teiSpans.precision()), f(teiSpans.recall()), f(teiSpans.f1()), teiSpans.truePositives(),
                    teiSpans.falsePositives(), teiSpans.falseNegatives(), f(teiDocs.precision()),
                    f(teiDocs.recall()), f(teiDocs.f1()), datesRight, dated);
        }
        if (seedSpans.truePositives() + seedSpans.falseNegatives() > 0) {
            out.printf(Locale.ROOT, "plain texts against the entities their hand-made claims name in each quote:%n"
                    + "  recall %s  (%d of %d)%n", f(seedSpans.recall()), seedSpans.truePositives(),
                    seedSpans.truePositives() + seedSpans.falseNegatives());
        }
        if (!claims.isEmpty()) {
            out.println("claim rules against the hand-made claims of the same passages (precision = right / proposed):");
            for (String[] row : Evaluation.rulesAgainstClaims(readings, claims)) {
                out.printf("  %s: %s proposed, %s right, precision %s, confidence (add-one) %s%n", row[0], row[1], row[2],
                        row[3], row[4]);
            }
        }
        out.flush();
    }

    private static List<LocatedClaim> handMadeClaims(Path seedsDir, String shownDir, SourceCatalog sources,
            AuthorityFile authority, Ontology ontology) {
        List<LocatedClaim> claims = new ArrayList<>();
        Problems problems = new Problems();
        CitationCatalog citations = CitationCatalog.load(seedsDir, shownDir, sources, authority);
        new ClaimReader(sources, authority, citations, ontology, problems).readAll(seedsDir, shownDir,
                new PassageLocatingSink(sources, claims::add, problems));
        problems.throwIfAny();
        return claims;
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
