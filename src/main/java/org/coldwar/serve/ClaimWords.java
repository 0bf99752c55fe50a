package org.coldwar.serve;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * A claim in words, from a row of {@code claims-of.rq}: the statement ("Stalin participant
 * Meetings …", negated where the source says it did not happen), and how the source presents
 * it ("alleged, according to Pravda; hedged: “reportedly”"), so that a reader never takes an
 * allegation for a fact.
 */
final class ClaimWords {

    private ClaimWords() {
    }

    /** "asserted, according to Isaac Deutscher", "alleged, according to Pravda · hedged: “reportedly”" … */
    static String attribution(Binding claim) {
        StringBuilder words = new StringBuilder(literal(claim, "statusLabel", "asserted"));
        String who = literal(claim, "who", "");
        if (!who.isEmpty()) {
            words.append(", according to ").append(who);
        }
        if (claim.get("hedge") != null) {
            words.append(" · hedged: “").append(claim.get("hedge").getLiteralLexicalForm()).append("”");
        }
        if (isTrue(claim, "negated")) {
            words.append(" · negative: the source says this was not so");
        }
        if (!isTrue(claim, "truthy")) {
            words.append(" · not published as fact");
        }
        return words.toString();
    }

    /** The value as a reader should see it: a date or number in words, else the label, else the literal. */
    static String value(Binding claim) {
        if (claim.get("oWords") != null) {
            return claim.get("oWords").getLiteralLexicalForm();
        }
        if (claim.get("oLabel") != null) {
            return claim.get("oLabel").getLiteralLexicalForm();
        }
        Node o = claim.get("o");
        return o.isLiteral() ? o.getLiteralLexicalForm() : o.getURI();
    }

    static boolean isTrue(Binding claim, String variable) {
        Node node = claim.get(variable);
        return node != null && node.isLiteral() && "true".equals(node.getLiteralLexicalForm());
    }

    private static String literal(Binding claim, String variable, String otherwise) {
        Node node = claim.get(variable);
        return node == null || node.getLiteralLexicalForm().isEmpty() ? otherwise : node.getLiteralLexicalForm();
    }
}
