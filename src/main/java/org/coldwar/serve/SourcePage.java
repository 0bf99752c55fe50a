package org.coldwar.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.apache.jena.sparql.engine.binding.Binding;
import org.coldwar.serve.PageLayout.Frame;
import org.coldwar.serve.PageLayout.HeadLink;

/**
 * The page of a source document ({@code source.mustache}): its full text with each passage its own {@code <mark>}
 * (nested where passages overlap), addressable by an RFC 5147-style fragment
 * ({@code #char=start,end}, code points, the mark's {@code id}), which is how claim pages link
 * into it; the passage a link names is styled by CSS {@code :target}, without a script. Each
 * mark opens with a link to its claim (or, when several rest on it, to the passage's page,
 * which lists them).
 */
final class SourcePage {

    private SourcePage() {
    }

    /** One passage of the text: code point offsets, what rests on it, where its link goes. */
    private record Span(int from, int to, String kind, String href, long claims) {
        String id() {
            return "char=" + from + "," + to;
        }
    }

    /**
     * A piece of the text as {@code source.mustache} writes it, one of: {@code text}; the opening
     * of a mark ({@code markClass}, with {@code markId}, {@code markTitle} and an anchor unless
     * it continues a mark closed early); or the closing of a mark ({@code close}).
     */
    record Piece(String text, String markClass, String markId, String markTitle, String anchorHref,
            String anchorLabel, boolean close) {

        static final Piece CLOSE = new Piece(null, null, null, null, null, null, true);

        static Piece text(String text) {
            return new Piece(text, null, null, null, null, null, false);
        }
    }

    /** What {@code source.mustache} shows. */
    record View(Frame frame, String fileName, Link plainText, int passages, Link metadata, List<Piece> pieces) {
    }

    /**
     * @param text the source text, as released
     * @param passages rows of {@code passages-of.rq}: ?passage ?from ?to in code points, ?kind, ?claims, ?oneClaim
     * @param metadata the link to the source's metadata as data
     * @param headLinks the page's {@code <link>} elements
     */
    static String render(String title, String fileName, String rawHref, String text, List<Binding> passages,
            LocalPaths paths, String prefix, Link metadata, List<HeadLink> headLinks) {
        int[] codePoints = text.codePoints().toArray();
        List<Span> spans = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, codePoints.length));
        for (Binding p : passages) {
            int from = Math.min(integer(p, "from"), codePoints.length);
            int to = Math.max(from, Math.min(integer(p, "to"), codePoints.length));
            long claims = p.get("claims") == null ? 0 : integer(p, "claims");
            String target = claims == 1 && p.get("oneClaim") != null ? p.get("oneClaim").getURI() : p.get("passage").getURI();
            spans.add(new Span(from, to, p.get("kind") == null ? "claim" : p.get("kind").getLiteralLexicalForm(),
                    paths.href(target, prefix), claims));
            cuts.add(from);
            cuts.add(to);
        }
        spans.sort(Comparator.comparingInt(Span::from).thenComparing(Comparator.comparingInt(Span::to).reversed()));
        List<Piece> pieces = new ArrayList<>();
        marks(pieces, codePoints, spans, cuts);
        return Templates.render("source", new View(new Frame(prefix, title).withHeadLinks(headLinks), fileName,
                new Link(rawHref, "plain text"), passages.size(), metadata, pieces));
    }

    /**
     * Cuts the text into pieces and marks. Marks nest: a passage inside another is a mark inside its
     * mark. Where two passages cross, the inner one is closed at the outer one's end and reopened
     * after it as a continuation (same kind, no id, no link), so the markup stays well formed.
     */
    private static void marks(List<Piece> pieces, int[] codePoints, List<Span> spans, TreeSet<Integer> cuts) {
        List<Span> open = new ArrayList<>();
        int next = 0;
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && cut > previous) {
                pieces.add(Piece.text(new String(codePoints, previous, cut - previous)));
            }
            int deepest = 0;
            while (deepest < open.size() && open.get(deepest).to() != cut) {
                deepest++;
            }
            if (deepest < open.size()) {  // close from the innermost down to the outermost ending here
                List<Span> popped = new ArrayList<>(open.subList(deepest, open.size()));
                open.subList(deepest, open.size()).clear();
                popped.forEach(x -> pieces.add(Piece.CLOSE));
                for (Span s : popped) {
                    if (s.to() != cut) {
                        pieces.add(new Piece(null, s.kind() + " continued", null, null, null, null, false));
                        open.add(s);
                    }
                }
            }
            while (next < spans.size() && spans.get(next).from() == cut) {
                Span s = spans.get(next++);
                boolean anchored = !s.kind().equals("mention");  // a name alone: its mark and id, no marker to clutter the text
                pieces.add(new Piece(null, s.kind(), s.id(),
                        "passage " + s.from() + "–" + s.to() + (s.claims() > 0 ? ": " + claims(s) : ""),
                        anchored ? s.href() : null, claims(s), false));
                if (s.to() == cut) {
                    pieces.add(Piece.CLOSE);
                } else {
                    open.add(s);
                }
            }
            previous = cut;
        }
        for (int i = 0; i < open.size(); i++) {
            pieces.add(Piece.CLOSE);
        }
    }

    private static String claims(Span s) {
        return s.claims() == 0 ? "the passage" : s.claims() == 1 ? "1 claim" : s.claims() + " claims";
    }

    private static int integer(Binding b, String var) {
        return Integer.parseInt(b.get(var).getLiteralLexicalForm());
    }
}
