package org.coldwar.extract.auto;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.coldwar.extract.LocatedClaim;
import org.coldwar.source.SourceDocument;
import org.coldwar.source.tei.TeiDocument;

/**
 * Scores what the machine read against what people wrote: the automatic mentions of persons
 * against the editors' {@code persName corresp} annotations of a TEI source (hidden from the
 * extractor, which reads only the text and the authority file), at span level (same offsets,
 * same person) and at document level (which persons a document mentions); against the entities
 * of the hand-made claims of a plain-text source, within each claim's passage; and the rules'
 * proposed claims against the hand-made claims of the same passages. Counts add up across
 * documents, so the overall figures are micro-averaged.
 */
public final class Evaluation {

    /** True positives, false positives and false negatives, with precision, recall and F1. */
    public record Score(int truePositives, int falsePositives, int falseNegatives) {

        public Score plus(Score other) {
            return new Score(truePositives + other.truePositives, falsePositives + other.falsePositives,
                    falseNegatives + other.falseNegatives);
        }

        public double precision() {
            int found = truePositives + falsePositives;
            return found == 0 ? 1.0 : (double) truePositives / found;
        }

        public double recall() {
            int gold = truePositives + falseNegatives;
            return gold == 0 ? 1.0 : (double) truePositives / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        static <T> Score of(Set<T> found, Set<T> gold) {
            Set<T> hit = new HashSet<>(found);
            hit.retainAll(gold);
            return new Score(hit.size(), found.size() - hit.size(), gold.size() - hit.size());
        }
    }

    /** The scores of one source. */
    public record DocumentScore(String source, Score spans, Score documentLevel) {
    }

    private Evaluation() {
    }

    /**
     * Scores the automatic mentions of {@code persons} in a TEI source against its editors'
     * person annotations.
     *
     * @param persons the ids of the List of Persons: only mentions of these are scored
     */
    public static DocumentScore againstEditors(DocumentReading reading, Set<String> persons) {
        TeiDocument tei = reading.source().tei().orElseThrow().document();
        Set<String> goldSpans = new TreeSet<>();
        Set<String> goldPersons = new TreeSet<>();
        for (TeiDocument.TeiSpan span : tei.spans()) {
            if (span.element().equals("persName") && span.end() > span.start()) {
                for (String ref : span.ref().split("\\s+")) {
                    if (persons.contains(ref)) {
                        goldSpans.add(span.start() + "-" + span.end() + " " + ref);
                        goldPersons.add(ref);
                    }
                }
            }
        }
        Set<String> foundSpans = new TreeSet<>();
        Set<String> foundPersons = new TreeSet<>();
        for (Mention mention : reading.mentions()) {
            if (persons.contains(mention.entityId())) {
                foundSpans.add(mention.start() + "-" + mention.end() + " " + mention.entityId());
                foundPersons.add(mention.entityId());
            }
        }
        return new DocumentScore(reading.source().stem(), Score.of(foundSpans, goldSpans),
                Score.of(foundPersons, goldPersons));
    }

    /**
     * Scores the automatic mentions of a plain-text source against its hand-made claims: within
     * each claim's passage, every entity the claim names (subject, entity value, place) whose label
     * or spelling occurs in the passage is gold; a gold pair is found if the machine tagged that
     * entity inside the passage. Only recall is meaningful here (the claims do not name every
     * entity of a passage), so the score has no false positives.
     *
     * @param forms entity id to its label and spellings
     */
    public static DocumentScore againstClaims(DocumentReading reading, List<LocatedClaim> claims,
            java.util.Map<String, List<String>> forms) {
        Set<String> gold = new TreeSet<>();
        Set<String> goldEntities = new TreeSet<>();
        for (LocatedClaim located : claims) {
            var passage = located.passage();
            String text = passage.exact();
            for (String id : List.of(located.claim().subject(), located.claim().value(), located.claim().place())) {
                boolean named = forms.getOrDefault(id, List.of()).stream()
                        .anyMatch(f -> java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])"
                                + java.util.regex.Pattern.quote(f) + "(?![\\p{L}\\p{N}])",
                                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE)
                                .matcher(text).find());
                if (named) {
                    gold.add(passage.start() + "-" + passage.end() + " " + id);
                    goldEntities.add(id);
                }
            }
        }
        Set<String> found = new TreeSet<>();
        Set<String> foundEntities = new TreeSet<>();
        for (String pair : gold) {
            String[] range = pair.substring(0, pair.indexOf(' ')).split("-");
            String id = pair.substring(pair.indexOf(' ') + 1);
            int from = Integer.parseInt(range[0]);
            int to = Integer.parseInt(range[1]);
            if (reading.mentions().stream().anyMatch(m -> m.entityId().equals(id) && m.start() >= from
                    && m.end() <= to)) {
                found.add(pair);
                foundEntities.add(id);
            }
        }
        return new DocumentScore(reading.source().stem(), Score.of(found, gold), Score.of(foundEntities, goldEntities));
    }

    /**
     * The proposed claims of a source scored against its hand-made claims: a proposal is right if
     * a hand-made claim whose passage overlaps the proposal's sentence has the same property and
     * value. Returns one row per rule name, in rule order: rule, proposed, right, precision, and the
     * confidence the rule should carry ({@link #smoothed}).
     */
    public static List<String[]> rulesAgainstClaims(List<DocumentReading> readings, List<LocatedClaim> claims) {
        List<String[]> rows = new ArrayList<>();
        for (String rule : ClaimRules.ALL) {
            int right = 0;
            int proposed = 0;
            for (DocumentReading reading : readings) {
                for (CandidateClaim c : reading.candidates()) {
                    if (!c.rule().equals(rule) || c.property().equals("pointInTime")
                            || c.property().equals("publicationDate")) {
                        continue;
                    }
                    proposed++;
                    boolean supported = claims.stream().anyMatch(l -> l.claim().sourceFile()
                            .equals(reading.source().fileName()) && l.passage().start() < c.end()
                            && c.start() < l.passage().end() && l.claim().value().equals(c.value())
                            && (l.claim().property().equals(c.property())
                                || l.claim().property().equals("signatory") && c.property().equals("participant")));
                    if (supported) {
                        right++;
                    }
                }
            }
            rows.add(new String[] {rule, Integer.toString(proposed), Integer.toString(right),
                proposed == 0 ? "n/a" : String.format(java.util.Locale.ROOT, "%.2f", (double) right / proposed),
                String.format(java.util.Locale.ROOT, "%.2f", smoothed(right, proposed))});
        }
        return rows;
    }

    /**
     * A rule's confidence from its measured precision, with add-one smoothing ({@code (right + 1)
     * / (proposed + 2)}) so that a rule seen to fire twice is not called certain.
     */
    public static double smoothed(int right, int proposed) {
        return (right + 1.0) / (proposed + 2.0);
    }

    /** The document's own date (its machine-readable minimum date's day), or empty. */
    public static String documentDay(SourceDocument source) {
        return source.tei().map(t -> t.document().dateMin()).filter(d -> d.length() >= 10).map(d -> d.substring(0, 10))
                .orElse("");
    }
}
