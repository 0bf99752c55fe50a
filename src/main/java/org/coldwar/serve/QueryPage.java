package org.coldwar.serve;

import java.util.Map;

/**
 * The query page: a SPARQL editor with the example queries preloaded, which runs the query
 * against the endpoint from the browser and shows the results as a table (see query.js).
 */
final class QueryPage {

    private QueryPage() {
    }

    static String render(Map<String, String> examples, String selected, LocalPaths paths, String prefix) {
        String initial = examples.getOrDefault(selected, examples.values().iterator().next());
        Html body = new Html();
        body.raw("<form id=\"query-form\"").attr("data-endpoint", prefix + "/sparql").attr("data-base", paths.base())
                .attr("data-prefix", prefix).raw("><label for=\"example\">Example</label> <select id=\"example\">");
        for (String name : examples.keySet()) {
            body.raw("<option").attr("value", name).raw(name.equals(selected) ? " selected" : "").raw(">").text(name)
                    .raw("</option>");
        }
        body.raw("</select><textarea id=\"query\" name=\"query\" rows=\"18\" spellcheck=\"false\">").text(initial)
                .raw("</textarea><button id=\"run\" type=\"submit\">Run query</button> <span id=\"status\"></span></form>");
        for (Map.Entry<String, String> e : examples.entrySet()) {
            body.raw("<textarea hidden").attr("id", "example-" + e.getKey()).raw(">").text(e.getValue()).raw("</textarea>");
        }
        body.raw("<div id=\"results\"></div><script").attr("src", prefix + "/static/query.js").raw("></script>");
        return PageLayout.page(prefix, "SPARQL query", body.toString());
    }
}
