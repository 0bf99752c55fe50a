package org.coldwar.extract.auto;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * Scores the gazetteer, built from the List of Persons through {@link NameForms}, against the
 * editors' person annotations of FRUS 1955–57 vol. II d1–d22 (the gold is never shown to the
 * tagger). Prints span- and document-level precision and recall, per document and overall, and
 * every error, with the false positives the editors left without any markup counted apart.
 */
class GazetteerEvaluationTest {

    @Test
    void scoresAgainstTheEditorsAnnotations() {
        Gazetteer gazetteer = Gazetteer.of(NameForms.entries(FrusSlice.persons()));
        Map<String, String> texts = FrusSlice.texts();
        List<FrusSlice.Gold> gold = FrusSlice.gold();

        Set<String> goldSpans = new HashSet<>(), goldDocs = new HashSet<>();
        Map<String, String> goldAt = new TreeMap<>();
        for (FrusSlice.Gold g : gold) {
            goldSpans.add(g.doc() + ":" + g.start() + ":" + g.end() + ":" + g.personId());
            goldDocs.add(g.doc() + ":" + g.personId());
            goldAt.put(g.doc() + ":" + g.start(), g.personId());
        }
        Set<String> sysSpans = new HashSet<>(), sysDocs = new HashSet<>();
        List<String> falsePositives = new ArrayList<>();
        int fpOverlapping = 0;
        Map<String, int[]> perDoc = new TreeMap<>(new DocOrder());
        Map<String, int[]> perRule = new TreeMap<>();
        for (Map.Entry<String, String> doc : texts.entrySet()) {
            int tp = 0, n = 0;
            for (Mention m : gazetteer.tag(doc.getValue())) {
                String key = doc.getKey() + ":" + m.start() + ":" + m.end() + ":" + m.entityId();
                sysSpans.add(key);
                sysDocs.add(doc.getKey() + ":" + m.entityId());
                n++;
                int[] rule = perRule.computeIfAbsent(m.rule().split("\\+")[0], r -> new int[2]);
                rule[1]++;
                if (goldSpans.contains(key)) {
                    tp++;
                    rule[0]++;
                } else {
                    boolean overlaps = overlapsGold(gold, doc.getKey(), m);
                    fpOverlapping += overlaps ? 1 : 0;
                    falsePositives.add(key + " " + m.surface() + " [" + m.rule() + "]" + (overlaps ? " (overlaps gold)" : "")
                            + "  …" + context(doc.getValue(), m) + "…");
                }
            }
            int goldN = (int) gold.stream().filter(g -> g.doc().equals(doc.getKey())).count();
            perDoc.put(doc.getKey(), new int[] {tp, n, goldN});
        }
        List<String> missed = new ArrayList<>();
        for (FrusSlice.Gold g : gold) {
            if (!sysSpans.contains(g.doc() + ":" + g.start() + ":" + g.end() + ":" + g.personId())) {
                String text = texts.get(g.doc());
                int s = text.offsetByCodePoints(0, g.start());
                missed.add(g.doc() + ":" + g.start() + " " + g.text() + " " + g.personId() + "  …"
                        + text.substring(Math.max(0, s - 30), Math.min(text.length(), s + 30)).replace('\n', '|') + "…");
            }
        }
        Score span = score(sysSpans, goldSpans);
        Score docs = score(sysDocs, goldDocs);
        System.out.println("Gazetteer on FRUS 1955-57 vol. II d1-d22 (" + gold.size() + " gold mentions):");
        perDoc.forEach((d, c) -> System.out.printf("  %-4s tp %3d  system %3d  gold %3d%n", d, c[0], c[1], c[2]));
        System.out.println("  span level:     " + span);
        System.out.println("  document level: " + docs);
        perRule.forEach((r, c) -> System.out.printf("  rule %-18s span precision %d/%d%n", r, c[0], c[1]));
        System.out.println("  span false positives: " + falsePositives.size() + " (" + fpOverlapping
                + " overlap a gold span: wrong boundary or person; " + (falsePositives.size() - fpOverlapping)
                + " touch no gold span: names the editors left unlinked, or errors; see below)");
        falsePositives.forEach(f -> System.out.println("    FP " + f));
        missed.forEach(m -> System.out.println("    FN " + m));
        new TreeSet<>(sysDocs).stream().filter(k -> !goldDocs.contains(k)).forEach(k -> System.out.println("    doc FP " + k));
        new TreeSet<>(goldDocs).stream().filter(k -> !sysDocs.contains(k)).forEach(k -> System.out.println("    doc FN " + k));

        assertTrue(docs.recall() >= 0.95, "document-level recall " + docs);
        assertTrue(docs.precision() >= 0.90, "document-level precision " + docs);
        assertTrue(span.recall() >= 0.90, "span-level recall " + span);
    }

    private static boolean overlapsGold(List<FrusSlice.Gold> gold, String doc, Mention m) {
        return gold.stream().anyMatch(g -> g.doc().equals(doc) && g.start() < m.end() && m.start() < g.end());
    }

    private static String context(String text, Mention m) {
        int s = text.offsetByCodePoints(0, m.start());
        return text.substring(Math.max(0, s - 30), Math.min(text.length(), s + 30)).replace('\n', '|');
    }

    record Score(int tp, int system, int gold) {
        double precision() {
            return system == 0 ? 0 : (double) tp / system;
        }

        double recall() {
            return gold == 0 ? 0 : (double) tp / gold;
        }

        double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("P %.3f  R %.3f  F1 %.3f  (tp %d, system %d, gold %d)", precision(), recall(), f1(), tp, system, gold);
        }
    }

    private static Score score(Set<String> system, Set<String> gold) {
        int tp = 0;
        for (String s : system) {
            tp += gold.contains(s) ? 1 : 0;
        }
        return new Score(tp, system.size(), gold.size());
    }

    /** d2 before d10. */
    private static final class DocOrder implements java.util.Comparator<String> {
        @Override
        public int compare(String a, String b) {
            return Integer.compare(Integer.parseInt(a.substring(1)), Integer.parseInt(b.substring(1)));
        }
    }
}
