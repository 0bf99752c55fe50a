package org.coldwar.extract.auto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coldwar.TestFiles;
import org.junit.jupiter.api.Test;

/** Each rule fires where it should and not elsewhere; its confidence is what evaluation measures. */
class ClaimRulesTest {

    private static final Map<String, String> LABELS = Map.of("p_a", "Alpha", "p_b", "Beta");
    private final ClaimRules rules = new ClaimRules(Map.of(ClaimRules.MEETING, 0.4, ClaimRules.MESSAGE, 0.6));

    private List<CandidateClaim> propose(String text, List<Mention> persons, TimeExpression time) {
        return rules.propose("d", text, new Sentences.Sentence(0, text.length()), persons, time, LABELS);
    }

    private static Mention mention(String text, String surface, String id) {
        int at = text.indexOf(surface);
        return new Mention(at, at + surface.length(), surface, id, 0.9, "exact");
    }

    @Test
    void aMeetingOfTwoPersonsIsProposedWithItsDate() {
        String text = "Alpha met Beta on January 10, 1955.";
        TimeExpression time = new TimeExpression(18, 34, "January 10, 1955", "1955-01-10", false, "date");
        List<CandidateClaim> found = propose(text, List.of(mention(text, "Alpha", "p_a"), mention(text, "Beta", "p_b")),
                time);
        assertEquals(List.of("participant p_a", "participant p_b", "pointInTime 1955-01-10"),
                found.stream().map(c -> c.property() + " " + c.value()).toList());
        assertTrue(found.stream().allMatch(c -> c.subjectType().equals("Meeting") && c.confidence() == 0.4));
        assertEquals("Meeting of Alpha, Beta (January 10, 1955)", found.get(0).subjectLabel());
    }

    @Test
    void noMeetingWithoutTwoPersonsOrWithoutATrigger() {
        String one = "Alpha met the press.";
        assertTrue(propose(one, List.of(mention(one, "Alpha", "p_a")), null).isEmpty());
        String noTrigger = "Alpha and Beta disagree.";
        assertTrue(propose(noTrigger, List.of(mention(noTrigger, "Alpha", "p_a"), mention(noTrigger, "Beta", "p_b")),
                null).isEmpty());
    }

    @Test
    void aMessageHasItsAuthorBeforeAndItsAddresseeAfterTo() {
        String text = "Alpha sent a telegram to Beta.";
        List<CandidateClaim> found = propose(text, List.of(mention(text, "Alpha", "p_a"), mention(text, "Beta", "p_b")),
                null);
        assertEquals(List.of("author p_a", "addressee p_b"),
                found.stream().map(c -> c.property() + " " + c.value()).toList());
        String backwards = "A telegram to Beta arrived.";
        assertTrue(propose(backwards, List.of(mention(backwards, "Beta", "p_b")), null).isEmpty());
    }

    @Test
    void eachRuleProposesWhatItPromises() {
        Map<String, String> labels = Map.of("p_a", "Alpha", "moscow", "Moscow", "pact", "Pact", "post", "Secretary",
                "gamma", "Gamma", "delta", "Delta");
        Map<String, java.util.Set<String>> classes = Map.of("p_a", java.util.Set.of("Person", "Agent"),
                "moscow", java.util.Set.of("Place"), "pact", java.util.Set.of("Treaty", "Event"),
                "post", java.util.Set.of("Position"), "gamma", java.util.Set.of("State", "Agent", "Place"),
                "delta", java.util.Set.of("State", "Agent", "Place"));
        record Probe(String text, List<String> persons, List<String> others, String expected) {
        }
        for (Probe probe : List.of(
                new Probe("Alpha was arrested.", List.of("Alpha"), List.of(), "Arrest victim p_a"),
                new Probe("Alpha was executed.", List.of("Alpha"), List.of(), "Execution victim p_a"),
                new Probe("Alpha visited Moscow.", List.of("Alpha"), List.of("Moscow"),
                        "Visit participant p_a|Visit location moscow"),
                new Probe("Alpha signed the Pact.", List.of("Alpha"), List.of("Pact"), " signatory p_a"),
                new Probe("Alpha was appointed Secretary.", List.of("Alpha"), List.of("Secretary"),
                        " positionHeld post"),
                new Probe("Gamma recognized Delta.", List.of(), List.of("Gamma", "Delta"),
                        " diplomaticRelation delta"))) {
            List<Mention> persons = probe.persons().stream().map(p -> mention(probe.text(), p, "p_a")).toList();
            List<Mention> others = probe.others().stream().map(o -> mention(probe.text(), o, labels.entrySet().stream()
                    .filter(e -> e.getValue().equals(o)).findFirst().orElseThrow().getKey())).toList();
            String found = String.join("|", rules.propose("d", probe.text(), new Sentences.Sentence(0,
                    probe.text().length()), persons, others, classes, null, labels).stream()
                    .map(c -> c.subjectType() + " " + c.property() + " " + c.value()).toList());
            assertEquals(probe.expected(), found, probe.text());
        }
        String notAPlace = "Alpha visited the Secretary.";
        assertTrue(rules.propose("d", notAPlace, new Sentences.Sentence(0, notAPlace.length()),
                List.of(mention(notAPlace, "Alpha", "p_a")), List.of(mention(notAPlace, "Secretary", "post")), classes,
                null, labels).isEmpty(), "no visit without a place");
    }

    @Test
    void theConfidenceOfEachRuleIsItsMeasuredPrecisionOnTheSeeds() {
        StringWriter report = new StringWriter();
        EvaluationReport.run(TestFiles.projectSeeds(), "seeds", new PrintWriter(report));
        Matcher rows = Pattern.compile("  (\\w+): \\d+ proposed, \\d+ right, precision [^,]+, confidence \\(add-one\\) "
                + "([0-9.]+)").matcher(report.toString());
        ClaimRules measured = ClaimRules.measured();
        int seen = 0;
        while (rows.find()) {
            assertEquals(Double.parseDouble(rows.group(2)), measured.confidenceOf(rows.group(1)), 0.005, rows.group(1));
            seen++;
        }
        assertEquals(ClaimRules.ALL.size(), seen, report.toString());
    }
}
