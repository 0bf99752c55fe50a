package org.coldwar.serve;

import java.util.List;
import java.util.TreeSet;

import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The page of a source document: its full text, each passage that claims quote highlighted
 * and addressable by an RFC 5147-style fragment ({@code #char=start,end}, code points), which
 * is how claim pages link into it.
 */
final class SourcePage {

    private SourcePage() {
    }

    /**
     * @param text the source text, as released
     * @param passages rows of {@code passages-of.rq}: ?passage ?from ?to in code points
     */
    static String render(String title, String fileName, String rawHref, String text, List<Binding> passages,
            LocalPaths paths, String prefix, String resourceLinks) {
        int[] codePoints = text.codePoints().toArray();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, codePoints.length));
        int[][] spans = new int[passages.size()][];
        for (int i = 0; i < passages.size(); i++) {
            int from = Integer.parseInt(passages.get(i).get("from").getLiteralLexicalForm());
            int to = Integer.parseInt(passages.get(i).get("to").getLiteralLexicalForm());
            spans[i] = new int[] {from, to};
            cuts.add(from);
            cuts.add(to);
        }
        Html body = new Html();
        body.raw("<p>").text(fileName).raw(" · ").link(rawHref, "plain text").raw(" · ")
                .text(passages.size() + " passages are highlighted: quoted by claims, ").raw("<mark class=\"candidate\">")
                .text("by proposed claims").raw("</mark>, ").raw("<mark class=\"mention\">").text("naming an entity")
                .raw("</mark>.").raw(" ").raw(resourceLinks)
                .raw("</p><pre class=\"source\">");
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null) {
                segment(body, codePoints, previous, cut, spans, paths, passages, prefix);
            }
            previous = cut;
        }
        body.raw("</pre>");
        return PageLayout.page(prefix, title, body.toString());
    }

    /** What rests on a passage: "claim", "candidate" or "mention" (a passage with nothing on it reads as a claim's). */
    private static String kindOf(Binding passage) {
        return passage.get("kind") == null ? "claim" : passage.get("kind").getLiteralLexicalForm();
    }

    /** Claims are shown over proposals, proposals over mentions. */
    private static String stronger(String a, String b) {
        List<String> order = List.of("mention", "candidate", "claim");
        return a == null || order.indexOf(b) > order.indexOf(a) ? b : a;
    }

    private static void segment(Html body, int[] codePoints, int from, int to, int[][] spans, LocalPaths paths,
            List<Binding> passages, String prefix) {
        for (int i = 0; i < spans.length; i++) {
            if (spans[i][0] == from) {
                body.raw("<a class=\"anchor\"").attr("id", "char=" + spans[i][0] + "," + spans[i][1])
                        .attr("href", paths.href(passages.get(i).get("passage").getURI(), prefix))
                        .attr("title", "passage " + spans[i][0] + "–" + spans[i][1]).raw(">¶</a>");
            }
        }
        String kind = null;
        for (int i = 0; i < spans.length; i++) {
            if (spans[i][0] <= from && to <= spans[i][1]) {
                kind = stronger(kind, kindOf(passages.get(i)));
            }
        }
        String piece = new String(codePoints, from, to - from);
        if (kind == null) {
            body.text(piece);
        } else if (kind.equals("claim")) {
            body.raw("<mark>").text(piece).raw("</mark>");
        } else {
            body.raw("<mark class=\"").text(kind).raw("\">").text(piece).raw("</mark>");
        }
    }
}
