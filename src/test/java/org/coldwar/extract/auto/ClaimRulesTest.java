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
    void theConfidenceOfEachRuleIsItsMeasuredPrecisionOnTheSeeds() {
        StringWriter report = new StringWriter();
        EvaluationReport.run(TestFiles.projectSeeds(), "seeds", new PrintWriter(report));
        Matcher rows = Pattern.compile("  (\\w+): \\d+ proposed, \\d+ right, precision [^,]+, confidence \\(add-one\\) "
                + "([0-9.]+)").matcher(report.toString());
        int seen = 0;
        while (rows.find()) {
            String text = rows.group(1).equals(ClaimRules.MEETING) ? "Alpha met Beta." : "Alpha sent a letter to Beta.";
            CandidateClaim probe = ClaimRules.measured().propose("d", text, new Sentences.Sentence(0, text.length()),
                    List.of(mention(text, "Alpha", "p_a"), mention(text, "Beta", "p_b")), null, LABELS).stream()
                    .filter(c -> c.rule().equals(rows.group(1))).findFirst().orElseThrow();
            assertEquals(Double.parseDouble(rows.group(2)), probe.confidence(), 0.005, rows.group(1));
            seen++;
        }
        assertEquals(2, seen, report.toString());
    }
}
