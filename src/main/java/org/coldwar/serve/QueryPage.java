package org.coldwar.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.shared.PrefixMapping;
import org.coldwar.Resources;
import org.coldwar.vocab.Namespaces;

/**
 * The query page ({@code /query}): YASGUI over our endpoint, with the release's prefixes and the
 * example queries, and under it a plain form that submits to the endpoint, for browsers without
 * JavaScript. {@code ?query=} (a permalink) or {@code ?example=} fills both. The markup is the
 * template {@code query-page.html} ({@code {{name}}} is replaced by escaped text, {@code {{{name}}}}
 * by markup); {@code static/query.js} starts the editor. Every URL in it is relative to the page,
 * so the page works below a proxy's prefix.
 */
final class QueryPage {

    /** The vendored YASGUI release (see {@code static/yasgui/README.md}); part of its assets' URLs. */
    static final String YASGUI_VERSION = "4.6.2";

    /**
     * The page's policy: scripts, styles and connections from our own origin only, so the page
     * runs offline and cannot send a query elsewhere. Styles also inline: YASR inserts
     * {@code <style>} elements (as QueryPageBrowserTest sees when it switches result views). No
     * 'unsafe-eval': YASGUI does not need it.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\{?)(\\w+)\\}\\}\\}?");

    private QueryPage() {
    }

    /**
     * The page body for {@code query} (null or blank: none given) or else the example named
     * {@code example} (null or unknown: the first of {@code examples}).
     */
    static String render(Map<String, String> examples, String example, String query, PrefixMapping prefixes,
            LocalPaths paths) {
        boolean given = query != null && !query.isBlank();
        String name = !given && examples.containsKey(example) ? example : null;
        String text = given ? query : examples.getOrDefault(example, examples.values().iterator().next());
        Html list = new Html();
        examples.forEach((n, q) -> list.raw("<li><a").attr("href", "query?example=" + n).raw(">").text(n).raw("</a>: ")
                .text(ExampleQueries.description(q)).raw("</li>\n"));
        Map<String, String> values = Map.of("query", text,
                "queryParameter", URLEncoder.encode(text, StandardCharsets.UTF_8),
                "examples", list.toString(),
                "settings", settings(examples, name, prefixes, paths),
                "yasguiVersion", YASGUI_VERSION);
        return fill(Resources.text(QueryPage.class, "query-page.html"), values);
    }

    /** The {@code <head>} elements the page adds: YASGUI's style sheet. */
    static String headElements(String prefix) {
        return new Html().raw("<link rel=\"stylesheet\"")
                .attr("href", prefix + "/static/yasgui/" + YASGUI_VERSION + "/yasgui.min.css").raw(">").toString();
    }

    /**
     * What query.js needs, as JSON for a {@code <script type="application/json">} element:
     * prefixes, examples, the example the page opens with, and which IRIs are served here.
     */
    private static String settings(Map<String, String> examples, String example, PrefixMapping prefixes,
            LocalPaths paths) {
        JsonObject json = new JsonObject();
        JsonObject prefixMap = new JsonObject();
        new java.util.TreeMap<>(prefixes.getNsPrefixMap()).forEach(prefixMap::put);
        json.put("prefixes", prefixMap);
        JsonObject exampleMap = new JsonObject();
        examples.forEach(exampleMap::put);
        json.put("examples", exampleMap);
        if (example != null) {
            json.put("example", example);
        }
        JsonObject local = new JsonObject();
        local.put(Namespaces.ONTOLOGY, "ontology");  // before the base, which it starts with
        local.put(paths.base(), "");
        json.put("localPaths", local);
        // '<' escaped, so that no "</script" or "<!--" in a query ends the element early
        return json.toString().replace("<", "\\u003c");
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() * 2);
        while (m.find()) {
            String value = values.get(m.group(2));
            if (value == null) {
                throw new IllegalStateException("query-page.html: no value for " + m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1).isEmpty() ? Html.escape(value) : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
