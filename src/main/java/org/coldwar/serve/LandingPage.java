package org.coldwar.serve;

import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The landing page: what the dataset is, its figures, license, how to cite it, the sources,
 * the downloads with their checksums, the SPARQL endpoint and example queries.
 */
final class LandingPage {

    private LandingPage() {
    }

    /**
     * @param figures the row of {@code landing.rq}, or null if the store has no description
     * @param checksums file name to SHA-256, from the release's SHA256SUMS
     */
    static String render(Binding figures, List<Binding> sources, Map<String, String> checksums,
            Map<String, Long> sizes, Map<String, String> exampleQueries, LocalPaths paths, String prefix,
            String endpointUrl) {
        Html body = new Html();
        if (figures != null) {
            body.raw("<p class=\"description\">").text(lexical(figures, "description")).raw("</p>");
            body.raw("<ul class=\"figures\">");
            for (String[] f : new String[][] {{"claims", "claims"}, {"entities", "entities"}, {"sources", "source documents"},
                {"passages", "quoted passages"}, {"links", "exact Wikidata links"},
                {"triples", "distinct triples (the named graphs merged; the endpoint adds the dataset description and the ontology)"}}) {
                body.raw("<li><strong>").text(lexical(figures, f[0])).raw("</strong> ").text(f[1]).raw("</li>");
            }
            body.raw("</ul><p>Release of ").text(lexical(figures, "issued")).raw(", license ")
                    .link(figures.get("license").getURI(), "CC BY 4.0").raw(". ")
                    .link(paths.href(paths.base() + "dataset", prefix), "Dataset description (VoID, DCAT)").raw(".</p>");
        }
        body.raw("<h2>How to cite</h2><p class=\"cite\">Cold War claims: claims drawn from Cold War history texts, with "
                + "their passages. Release of ").text(figures == null ? "" : lexical(figures, "issued")).raw(". ")
                .text(paths.base() + "dataset").raw(". Cite a single claim by its IRI; each claim names the passage "
                        + "(file, code point offsets, quote) that supports it.</p>");
        body.raw("<h2>Sources</h2><ul>");
        for (Binding s : sources) {
            body.raw("<li>").link(paths.href(s.get("source").getURI(), prefix), lexical(s, "title")).raw(" (")
                    .text(lexical(s, "file")).raw(")</li>");
        }
        body.raw("</ul><h2>SPARQL endpoint</h2><p><code>").text(endpointUrl).raw("</code> (GET or POST, SPARQL 1.1; ")
                .raw("the default graph is the union of all graphs). Try the ")
                .link(prefix + "/query", "query page").raw(" or an example:</p><ul>");
        exampleQueries.forEach((name, text) -> body.raw("<li>").link(prefix + "/query?example=" + name, name)
                .raw(": <span class=\"example-description\">").text(ExampleQueries.description(text)).raw("</span></li>"));
        body.raw("</ul><h2 id=\"downloads\">Downloads</h2><table class=\"downloads\"><thead><tr><th>File</th>")
                .raw("<th>Format</th><th>Size</th><th>SHA-256</th></tr></thead><tbody>");
        checksums.forEach((file, sha) -> body.raw("<tr><td>").link(prefix + "/download/" + file, file)
                .raw("</td><td>").text(DownloadFormats.describe(file))
                .raw("</td><td class=\"size\">").text(sizes.containsKey(file) ? DownloadFormats.size(sizes.get(file)) : "")
                .raw("</td><td><code>").text(sha).raw("</code></td></tr>"));
        body.raw("</tbody></table><p>").link(prefix + "/download/SHA256SUMS", "SHA256SUMS")
                .raw(" (check with <code>sha256sum -c SHA256SUMS</code>).</p>");
        return PageLayout.page(prefix, "Cold War claims", body.toString());
    }

    private static String lexical(Binding b, String var) {
        var node = b.get(var);
        return node == null ? "" : node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }
}
