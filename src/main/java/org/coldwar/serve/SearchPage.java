package org.coldwar.serve;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Results of the full-text search: entities by label or spelling, passages by their quote; how
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

    static String render(String query, List<Binding> hits, String error, LocalPaths paths, String prefix) {
        Set<String> words = foldedWords(query);
        Html list = new Html().raw("<ul class=\"hits\">");
        Set<String> shown = new LinkedHashSet<>();
        for (Binding hit : hits) {
            if (hit.get("passage") != null) {
                String passage = hit.get("passage").getURI();
                if (shown.add(passage)) {
                    String file = hit.get("file").getLiteralLexicalForm();
                    list.raw("<li>").link(paths.href(passage, prefix), "Passage of " + (hit.get("title") != null
                            ? hit.get("title").getLiteralLexicalForm() : file)).raw("<blockquote>");
                    highlight(list, hit.get("quote").getLiteralLexicalForm(), words);
                    list.raw("</blockquote></li>");
                }
            } else if (hit.get("label") != null && shown.add(hit.get("hit").getURI())) {
                list.raw("<li><a").attr("href", paths.href(hit.get("hit").getURI(), prefix)).raw(">");
                highlight(list, hit.get("label").getLiteralLexicalForm(), words);
                list.raw("</a></li>");
            }
        }
        list.raw("</ul>");
        Html body = new Html();
        if (error != null) {
            body.raw("<p class=\"error\">").text(error).raw("</p>");
        } else if (!query.isBlank()) {
            body.raw("<p class=\"count\">").text(shown.isEmpty() ? "Nothing found for “" + query.strip() + "”."
                    : count(shown.size()) + " for “" + query.strip() + "” (case and accents do not matter).").raw("</p>");
            if (SYNTAX.matcher(query).find()) {
                body.raw("<p class=\"note\">").text("Search syntax (parentheses, field:, ~, ^, *, ?, ranges) is not used "
                        + "here: the words were searched for, any of them; put words in \"double quotes\" to find them "
                        + "together.").raw("</p>");
            }
        }
        body.raw(list.toString());
        return PageLayout.page(prefix, query.isBlank() ? "Search" : "Search: " + query, body.toString(), query);
    }

    private static String count(int n) {
        return n == 1 ? "1 result" : n + " results";
    }

    /** {@code text} with each word the visitor searched for (case and accents aside) in a {@code <mark>}. */
    static void highlight(Html out, String text, Set<String> words) {
        Matcher m = WORD.matcher(text);
        int last = 0;
        while (m.find()) {
            if (words.contains(fold(m.group()))) {
                out.text(text.substring(last, m.start())).raw("<mark>").text(m.group()).raw("</mark>");
                last = m.end();
            }
        }
        out.text(text.substring(last));
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
