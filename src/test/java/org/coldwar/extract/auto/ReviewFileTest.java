package org.coldwar.extract.auto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.coldwar.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review files: decisions read with file:line errors, rewritten without losing any. */
class ReviewFileTest {

    @TempDir
    Path temp;

    private Path file(String... rows) throws IOException {
        Path file = temp.resolve("review/d1.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join(",", ReviewFile.COLUMNS) + "\n" + String.join("\n", rows) + "\n",
                StandardCharsets.UTF_8);
        return file;
    }

    private static String firstProblem(Path file) {
        Problems problems = new Problems();
        ReviewFile.read(file, "seeds/review/d1.csv", problems);
        try {
            problems.throwIfAny();
            return "";
        } catch (org.coldwar.problem.InvalidDataException e) {
            return e.problems().get(0).toString();
        }
    }

    @Test
    void badDecisionsNameTheirLine() throws IOException {
        assertEquals("seeds/review/d1.csv:2: decision must be 'accept', 'reject' or empty: \"maybe\"",
                firstProblem(file("k1,claim,p,q,0.50,meeting,maybe,,,,")));
        assertEquals("seeds/review/d1.csv:3: a rejection needs its reason: \"k2\"",
                firstProblem(file("k1,claim,p,q,0.50,meeting,,,,,", "k2,claim,p,q,0.50,meeting,reject,A,,,")));
        assertEquals("seeds/review/d1.csv:2: an accepted new entity needs its entity_id and entity_type: \"name-X\"",
                firstProblem(file("name-X,entity,X,q,0.00,unknown-name,accept,A,,,")));
    }

    @Test
    void aRewriteKeepsEveryDecisionAlsoOfProposalsNoLongerMade() throws IOException {
        Path file = file("k1,claim,p1,q,0.50,meeting,accept,A,,,", "k2,claim,p2,q,0.50,meeting,reject,B,no,,");
        Map<String, ReviewFile.Decision> decisions = ReviewFile.read(file, "r", new Problems());
        ReviewFile.write(file, List.of(new ReviewFile.Row("k1", "claim", "p1", "q", 0.5, "meeting"),
                new ReviewFile.Row("k3", "claim", "p3", "q, with a comma", 0.5, "meeting")), decisions);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("k1,claim,p1,q,0.50,meeting,accept,A,,,", lines.get(1));
        assertEquals("k3,claim,p3,\"q, with a comma\",0.50,meeting,,,,,", lines.get(2));
        assertTrue(lines.get(3).startsWith("k2,claim,p2,(no longer proposed),,,reject,B,no"), lines.get(3));
        assertEquals(decisions.keySet(), ReviewFile.read(file, "r", new Problems()).keySet());
    }
}
