package org.coldwar.serve;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.sparql.engine.binding.Binding;

/** Results of the full-text search: entities by label or spelling, passages by their quote. */
final class SearchPage {

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
        Html body = new Html();
        if (error != null) {
            body.raw("<p class=\"error\">").text(error).raw("</p>");
        } else if (hits.isEmpty()) {
            body.raw("<p>Nothing found.</p>");
        }
        body.raw("<ul class=\"hits\">");
        Set<String> shown = new LinkedHashSet<>();
        for (Binding hit : hits) {
            if (hit.get("passage") != null) {
                String passage = hit.get("passage").getURI();
                if (shown.add(passage)) {
                    body.raw("<li>").link(paths.href(passage, prefix), "Passage of " + hit.get("file").getLiteralLexicalForm())
                            .raw("<blockquote>").text(hit.get("quote").getLiteralLexicalForm()).raw("</blockquote></li>");
                }
            } else if (hit.get("label") != null && shown.add(hit.get("hit").getURI())) {
                body.raw("<li>").link(paths.href(hit.get("hit").getURI(), prefix), hit.get("label").getLiteralLexicalForm())
                        .raw("</li>");
            }
        }
        body.raw("</ul>");
        return PageLayout.page(prefix, "Search: " + query, body.toString());
    }
}
