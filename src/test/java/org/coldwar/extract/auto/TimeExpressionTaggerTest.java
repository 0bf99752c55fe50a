package org.coldwar.extract.auto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The tagger's contract beyond the golden cases: arguments, reuse, and inputs built to make regexes backtrack. */
class TimeExpressionTaggerTest {

    private final TimeExpressionTagger tagger = new TimeExpressionTagger();

    @Test
    void nullTextIsRefusedWithAMessage() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> tagger.tag(null, null));
        assertEquals("text to tag is null", e.getMessage());
    }

    @Test
    void emptyTextHasNoExpressions() {
        assertEquals(List.of(), tagger.tag("", LocalDate.of(1955, 1, 4)));
    }

    @Test
    void callsDoNotShareTheirAnchor() {
        tagger.tag("It happened on December 2, 1954.", null);
        assertEquals(List.of(), tagger.tag("On January 6 the President wrote.", null));
    }

    @Test
    void qualifierAtTheEndIsNoExpression() {
        assertEquals(List.of(), tagger.tag("He was about ", null));
    }

    @Test
    void textAtTheVeryEndIsFound() {
        List<TimeExpression> found = tagger.tag("1949", null);
        assertEquals(List.of(new TimeExpression(0, 4, "1949", "1949", false, "year")), found);
    }

    /** Linear, not fast: the limit is generous because the build machine is shared; backtracking would take minutes. */
    @Test
    void adversarialInputsStayLinear() {
        List<String> inputs = List.of("1 ".repeat(400_000), "1".repeat(800_000), "January ".repeat(100_000),
                "the ".repeat(200_000), "from between about ".repeat(40_000), "January" + " ".repeat(400_000) + "4",
                "early mid late the ".repeat(40_000), "1949–".repeat(150_000), "a few ".repeat(130_000) + "days");
        for (String input : inputs) {
            long start = System.nanoTime();
            List<TimeExpression> found = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> tagger.tag(input, LocalDate.of(1955, 1, 4)));
            System.out.printf("ADVERSARIAL %s…: %d chars in %d ms%n", input.substring(0, 12).strip(), input.length(),
                    (System.nanoTime() - start) / 1_000_000);
            assertTrue(found.size() <= input.length());
        }
    }
}
