package org.coldwar.serve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.sparql.engine.binding.Binding;
import org.coldwar.serve.PageLayout.Frame;

/**
 * Results of the full-text search ({@code search.mustache}): entities by label or spelling, passages by their quote; how
 * many, with the words searched for marked in each, and the query kept in the search box.
 */
final class SearchPage {

    private static final Pattern SYNTAX = Pattern.compile("[()\\[\\]{}:~^*?/\\\\]|\\b(AND|OR|NOT)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’-]*");

    private SearchPage() {
    }

    /** A search page and the status it is served with. */
    record Answer(int status, String html) {
    }

    static Answer ok(String html) {
        return new Answer(200, html);
    }

    static Answer badRequest(String html) {
        return new Answer(400, html);
    }

    /** What {@code search.mustache} shows: an error, or how many were found; then the hits. */
    record View(Frame frame, String error, String count, boolean syntaxNote, List<Hit> hits) {
    }

    /** A passage (a link above its quote) or an entity (its label as the link); the words searched for marked. */
    record Hit(Link passage, String href, List<Piece> words) {
    }

    /** A run of text, {@code marked} if it is a word searched for. */
    record Piece(String text, boolean marked) {
    }

    static String render(String query, List<Binding> hits, String error, LocalPaths paths, String prefix) {
        Set<String> words = foldedWords(query);
        List<Hit> shownHits = new ArrayList<>();
        Set<String> shown = new LinkedHashSet<>();
        for (Binding hit : hits) {
            if (hit.get("passage") != null) {
                String passage = hit.get("passage").getURI();
                if (shown.add(passage)) {
                    String file = hit.get("file").getLiteralLexicalForm();
                    Link link = new Link(paths.href(passage, prefix), "Passage of " + (hit.get("title") != null
                            ? hit.get("title").getLiteralLexicalForm() : file));
                    shownHits.add(new Hit(link, null, highlight(hit.get("quote").getLiteralLexicalForm(), words)));
                }
            } else if (hit.get("label") != null && shown.add(hit.get("hit").getURI())) {
                shownHits.add(new Hit(null, paths.href(hit.get("hit").getURI(), prefix),
                        highlight(hit.get("label").getLiteralLexicalForm(), words)));
            }
        }
        String count = null;
        if (error == null && !query.isBlank()) {
            count = shown.isEmpty() ? "Nothing found for “" + query.strip() + "”."
                    : count(shown.size()) + " for “" + query.strip() + "” (case and accents do not matter).";
        }
        Frame frame = new Frame(prefix, query.isBlank() ? "Search" : "Search: " + query, query, List.of());
        return Templates.render("search", new View(frame, error, count,
                count != null && SYNTAX.matcher(query).find(), shownHits));
    }

    private static String count(int n) {
        return n == 1 ? "1 result" : n + " results";
    }

    /** {@code text} in pieces, each word the visitor searched for (case and accents aside) a marked piece. */
    static List<Piece> highlight(String text, Set<String> words) {
        List<Piece> pieces = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int last = 0;
        while (m.find()) {
            if (words.contains(fold(m.group()))) {
                pieces.add(new Piece(text.substring(last, m.start()), false));
                pieces.add(new Piece(m.group(), true));
                last = m.end();
            }
        }
        pieces.add(new Piece(text.substring(last), false));
        return pieces;
    }

    /** The words of a query, folded; operators such as AND count as words, as the search treats them. */
    static Set<String> foldedWords(String query) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(query);
        while (m.find()) {
            words.add(fold(m.group()));
        }
        return words;
    }

    /** Lower case without accents: "Rákosi" and "RAKOSI" both read "rakosi". */
    static String fold(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
