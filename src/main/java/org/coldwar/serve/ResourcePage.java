package org.coldwar.serve;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.coldwar.vocab.CW;

/**
 * The HTML page of any resource: label, types, Wikidata link, every claim about it in both
 * directions with its date and quoted passage (linked into the source), and all its triples.
 */
final class ResourcePage {

    private static final Node DESCRIPTION = org.apache.jena.graph.NodeFactory.createURI("http://schema.org/description");

    private ResourcePage() {
    }

    /**
     * The page, linking to the document's data in each of {@code offered}.
     *
     * @param mentions rows of {@code mentions-of.rq}: the sources that mention the resource, with
     *     how many mentions the editors and the machine made and the first passage
     */
    static String render(Node resource, Graph description, List<Binding> claims, List<Binding> mentions,
            LocalPaths paths, String prefix, String localPath, List<Representation> offered) {
        String label = firstLiteral(description, resource, RDFS.label.asNode());
        String title = label != null ? label : title(resource, description, claims);
        Html body = new Html();
        body.raw("<p class=\"iri\">").text(resource.getURI()).raw("</p>");
        String text = firstLiteral(description, resource, DESCRIPTION);
        if (text != null) {
            body.raw("<p class=\"description\">").text(text).raw("</p>");
        }
        body.raw("<dl>");
        row(body, "Type", description.find(resource, RDF.type.asNode(), Node.ANY).toList(), description, paths, prefix);
        row(body, "Also written", description.find(resource, SKOS.altLabel.asNode(), Node.ANY).toList(), description,
                paths, prefix);
        row(body, "Wikidata", description.find(resource, OWL.sameAs.asNode(), Node.ANY).toList(), description, paths,
                prefix);
        row(body, "Close match", description.find(resource, SKOS.closeMatch.asNode(), Node.ANY).toList(), description,
                paths, prefix);
        body.raw("</dl>");
        boolean isClaim = description.contains(resource, RDF.type.asNode(), CW.Claim);
        if (isClaim && claims.size() == 1) {
            claimSummary(body, claims.get(0), paths, prefix);
        } else if (!claims.isEmpty()) {
            body.raw("<h2>Claims</h2><table class=\"claims\"><thead><tr><th>Subject</th><th>Property</th>")
                    .raw("<th>Value</th><th>When</th><th>Status</th><th>Source and quote</th></tr></thead><tbody>");
            for (Binding claim : claims) {
                claimRow(body, claim, paths, prefix);
            }
            body.raw("</tbody></table>");
        }
        if (!mentions.isEmpty()) {
            body.raw("<h2>Mentioned in</h2><ul class=\"mentions\">");
            for (Binding m : mentions) {
                String sourceTitle = m.get("title") != null ? m.get("title").getLiteralLexicalForm() : m.get("source").getURI();
                String anchor = "#char=" + m.get("first").getLiteralLexicalForm() + ","
                        + m.get("firstTo").getLiteralLexicalForm();
                body.raw("<li>").link(paths.href(m.get("source").getURI(), prefix) + anchor, sourceTitle).raw(" — ")
                        .text(m.get("byEditors").getLiteralLexicalForm() + " by the editors, "
                                + m.get("byMachine").getLiteralLexicalForm() + " found by the machine")
                        .raw("</li>");
            }
            body.raw("</ul>");
        }
        body.raw("<h2>Statements</h2><table class=\"triples\"><thead><tr><th>Property</th><th>Value</th></tr></thead><tbody>");
        Map<String, Triple> sorted = new TreeMap<>();
        description.find(resource, Node.ANY, Node.ANY).forEachRemaining(
                t -> sorted.put(TermLabels.of(t.getPredicate()) + " " + t.getPredicate() + " " + t.getObject(), t));
        for (Triple t : sorted.values()) {
            body.raw("<tr><td>");
            body.link(paths.href(t.getPredicate().getURI(), prefix), TermLabels.of(t.getPredicate()));
            body.raw("</td><td>");
            node(body, t.getObject(), description, paths, prefix);
            body.raw("</td></tr>");
        }
        body.raw("</tbody></table>");
        body.raw("<p class=\"formats\">This page as data: ");
        for (Representation r : offered) {
            if (r != Representation.HTML) {
                body.link(prefix + localPath + "." + r.suffix(), r.suffix()).raw(" ");
            }
        }
        body.raw("</p>");
        return PageLayout.page(prefix, title, body.toString());
    }

    /**
     * A heading in words for what has no label: a claim by its statement ("Claim: Stalin —
     * participant — Meetings …"), a passage by its place ("Passage 1289–1391 of The Cambridge …");
     * else the IRI.
     */
    private static String title(Node resource, Graph description, List<Binding> claims) {
        if (description.contains(resource, RDF.type.asNode(), CW.Claim) && claims.size() == 1) {
            Binding c = claims.get(0);
            String subject = c.get("sLabel") != null ? c.get("sLabel").getLiteralLexicalForm() : TermLabels.of(c.get("s"));
            String property = c.get("pLabel") != null ? c.get("pLabel").getLiteralLexicalForm() : TermLabels.of(c.get("p"));
            return "Claim: " + subject + (ClaimWords.isTrue(c, "negated") ? " — not " : " — ") + property + " — "
                    + ClaimWords.value(c);
        }
        if (description.contains(resource, RDF.type.asNode(), CW.Passage)) {
            java.util.regex.Matcher span = java.util.regex.Pattern.compile("/([0-9]+)-([0-9]+)$").matcher(resource.getURI());
            Node source = description.find(resource, org.apache.jena.graph.NodeFactory.createURI(
                    "http://www.w3.org/ns/oa#hasSource"), Node.ANY).nextOptional().map(Triple::getObject).orElse(null);
            String sourceLabel = source == null ? null : firstLiteral(description, source, RDFS.label.asNode());
            if (span.find() && sourceLabel != null) {
                return "Passage " + span.group(1) + "–" + span.group(2) + " of " + sourceLabel;
            }
        }
        return resource.getURI();
    }

    private static void claimRow(Html body, Binding c, LocalPaths paths, String prefix) {
        body.raw(ClaimWords.isTrue(c, "truthy") ? "<tr>" : "<tr class=\"reported\">").raw("<td data-label=\"Subject\">");
        labelled(body, c.get("s"), c.get("sLabel"), paths, prefix);
        body.raw("</td><td data-label=\"Property\">");
        if (ClaimWords.isTrue(c, "negated")) {
            body.raw("<strong>not</strong> ");
        }
        labelled(body, c.get("p"), c.get("pLabel"), paths, prefix);
        body.raw("</td><td data-label=\"Value\">");
        if (c.get("o").isURI() && c.get("oWords") == null) {
            labelled(body, c.get("o"), c.get("oLabel"), paths, prefix);
        } else {
            body.text(ClaimWords.value(c));
        }
        body.raw("</td><td data-label=\"When\">").text(when(c));
        if (c.get("placeLabel") != null) {
            body.raw(" in ").link(paths.href(c.get("place").getURI(), prefix), c.get("placeLabel").getLiteralLexicalForm());
        }
        body.raw("</td><td class=\"status\" data-label=\"Status\">").text(ClaimWords.attribution(c));
        body.raw("</td><td class=\"quote\" data-label=\"Source\"><blockquote>").text(c.get("quote").getLiteralLexicalForm()).raw("</blockquote>");
        sourceLink(body, c, paths, prefix);
        body.raw(" · ").link(paths.href(c.get("claim").getURI(), prefix), "claim");
        citations(body, c, paths, prefix);
        body.raw("</td></tr>");
    }

    /** The top of a claim's own page: the statement, when, how the source presents it, quote, evidence, note. */
    private static void claimSummary(Html body, Binding c, LocalPaths paths, String prefix) {
        body.raw("<section class=\"claim\"><p class=\"statement\">");
        labelled(body, c.get("s"), c.get("sLabel"), paths, prefix);
        body.raw(ClaimWords.isTrue(c, "negated") ? " — <strong>not</strong> " : " — ");
        labelled(body, c.get("p"), c.get("pLabel"), paths, prefix);
        body.raw(" — ");
        if (c.get("o").isURI() && c.get("oWords") == null) {
            labelled(body, c.get("o"), c.get("oLabel"), paths, prefix);
        } else {
            body.text(ClaimWords.value(c));
        }
        body.raw("</p><dl><dt>When</dt><dd>").text(when(c).isEmpty() ? "not stated" : when(c));
        if (c.get("placeLabel") != null) {
            body.raw(" in ").link(paths.href(c.get("place").getURI(), prefix), c.get("placeLabel").getLiteralLexicalForm());
        }
        if (c.get("relativeTo") != null) {
            body.raw(" · counted ").text(c.get("offset").getLiteralLexicalForm()).raw(" from ")
                    .link(paths.href(c.get("relativeTo").getURI(), prefix), c.get("relativeLabel").getLiteralLexicalForm());
        }
        if (c.get("dateContext") != null) {
            body.raw(" · inferred from “").text(c.get("dateContext").getLiteralLexicalForm()).raw("” nearby");
        }
        body.raw("</dd><dt>Status</dt><dd class=\"status\">").text(ClaimWords.attribution(c)).raw("</dd>");
        body.raw("<dt>Quote</dt><dd><blockquote>").text(c.get("quote").getLiteralLexicalForm()).raw("</blockquote>");
        sourceLink(body, c, paths, prefix);
        body.raw("</dd>");
        if (c.get("citations") != null && !c.get("citations").getLiteralLexicalForm().isEmpty()) {
            body.raw("<dt>Evidence cited</dt><dd>");
            citations(body, c, paths, prefix);
            body.raw("</dd>");
        }
        if (c.get("note") != null) {
            body.raw("<dt>Editor's note</dt><dd>").text(c.get("note").getLiteralLexicalForm()).raw("</dd>");
        }
        body.raw("</dl></section>");
    }

    /** The source's title, linked to the highlighted passage. */
    private static void sourceLink(Html body, Binding c, LocalPaths paths, String prefix) {
        String anchor = "#char=" + c.get("from").getLiteralLexicalForm() + "," + c.get("to").getLiteralLexicalForm();
        String title = c.get("sourceTitle") != null ? c.get("sourceTitle").getLiteralLexicalForm() : c.get("source").getURI();
        body.raw("<cite>").link(paths.href(c.get("source").getURI(), prefix) + anchor, title).raw("</cite>");
    }

    /** The footnote references a claim cites, each linked: rows of "IRI label" joined by new lines. */
    private static void citations(Html body, Binding c, LocalPaths paths, String prefix) {
        if (c.get("citations") == null) {
            return;
        }
        for (String line : c.get("citations").getLiteralLexicalForm().split("\n")) {
            int space = line.indexOf(' ');
            if (space > 0) {
                body.raw(" · ").link(paths.href(line.substring(0, space), prefix), line.substring(space + 1));
            }
        }
    }

    private static String when(Binding c) {
        return c.get("when") == null ? "" : c.get("when").getLiteralLexicalForm();
    }

    private static void labelled(Html body, Node node, Node label, LocalPaths paths, String prefix) {
        if (node.isURI()) {
            body.link(paths.href(node.getURI(), prefix), label != null ? label.getLiteralLexicalForm() : node.getURI());
        } else {
            body.text(node.getLiteralLexicalForm());
        }
    }

    private static void row(Html body, String name, List<Triple> triples, Graph description, LocalPaths paths,
            String prefix) {
        if (triples.isEmpty()) {
            return;
        }
        body.raw("<dt>").text(name).raw("</dt><dd>");
        for (int i = 0; i < triples.size(); i++) {
            body.raw(i == 0 ? "" : " · ");
            node(body, triples.get(i).getObject(), description, paths, prefix);
        }
        body.raw("</dd>");
    }

    private static void node(Html body, Node node, Graph description, LocalPaths paths, String prefix) {
        if (node.isURI()) {
            String label = firstLiteral(description, node, RDFS.label.asNode());
            body.link(paths.href(node.getURI(), prefix), label != null ? label : TermLabels.of(node));
        } else if (node.isLiteral()) {
            String language = node.getLiteralLanguage();
            if (language.isEmpty() || language.equalsIgnoreCase("en")) {
                body.text(node.getLiteralLexicalForm());
            } else {  // the page is in English: other languages are marked, in words, not as tags
                body.raw("<span").attr("lang", language).raw(">").text(node.getLiteralLexicalForm()).raw("</span> ")
                        .raw("<span class=\"lang\">(").text(java.util.Locale.forLanguageTag(language)
                                .getDisplayLanguage(java.util.Locale.ENGLISH)).raw(")</span>");
            }
        } else {
            body.text(node.toString());
        }
    }

    static String firstLiteral(Graph graph, Node subject, Node predicate) {
        return graph.find(subject, predicate, Node.ANY).toList().stream().map(Triple::getObject)
                .filter(Node::isLiteral).map(Node::getLiteralLexicalForm).sorted().findFirst().orElse(null);
    }
}
