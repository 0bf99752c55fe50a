package org.coldwar.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.coldwar.serve.PageLayout.Frame;
import org.coldwar.serve.PageLayout.HeadLink;
import org.coldwar.vocab.CW;

import com.github.mustachejava.util.DecoratedCollection;

/**
 * The HTML page of any resource ({@code resource.mustache}): label, types, Wikidata link, the
 * claims about it in both directions with their date and quoted passage (linked into the
 * source), the sources that mention it, and its own triples. The claims and the mentions of a
 * hub entity are shown a page at a time (see {@link Paging}).
 */
final class ResourcePage {

    private static final Node DESCRIPTION = NodeFactory.createURI("http://schema.org/description");
    private static final Node HAS_SOURCE = NodeFactory.createURI("http://www.w3.org/ns/oa#hasSource");
    private static final Pattern SPAN = Pattern.compile("/([0-9]+)-([0-9]+)$");

    /** What {@code resource.mustache} shows; {@code summary} is set on a claim's own page, else {@code claims}. */
    record View(Frame frame, String iri, String description, List<Fact> facts, ClaimView summary,
            List<ClaimView> claims, Pager claimPages, List<Mention> mentions, Pager mentionPages,
            List<Statement> statements, List<Link> formats) {

        boolean hasClaims() {
            return !claims.isEmpty();
        }

        boolean hasMentions() {
            return !mentions.isEmpty();
        }
    }

    /** A {@code <dt>}/{@code <dd>} pair: "Type", "Also written" ..., its values joined by " · ". */
    record Fact(String name, DecoratedCollection<Value> values) {
    }

    /**
     * Rows of a list of the page and, for a long list shown a page at a time, which page they are.
     *
     * @param paging null if {@code rows} is the whole list
     */
    record Rows(List<Binding> rows, Paging paging) {

        static Rows all(List<Binding> rows) {
            return new Rows(rows, null);
        }
    }

    /**
     * The links between the pages of a long list ({@code pager.mustache}): where this page is, and
     * links to the first, previous, next and last pages where they are not this one; {@code main}
     * marks the list whose previous and next links are the page's {@code rel="prev"} and {@code rel="next"}.
     */
    record Pager(String name, String summary, boolean main, Link first, Link previous, Link next, Link last) {
    }

    /** A source that mentions the resource, linked to its first mention, and how often in words. */
    record Mention(Link source, String counts) {
    }

    /** A row of the Statements table. */
    record Statement(Link property, Value value) {
    }

    /**
     * A term of the data as {@code value.mustache} shows it: a link, or text; a literal in another
     * language than English is marked with its {@code lang} and the language's name in words.
     */
    record Value(String href, String label, String lang, String language) {

        boolean safe() {
            return new Link(href, label).safe();
        }
    }

    /** A claim in words, from a row of {@code claims-of.rq}: a row of the Claims table, or a claim page's summary. */
    record ClaimView(boolean truthy, boolean negated, Link subject, Link property, Link value, String when, Link place,
            Link relativeTo, String offset, String dateContext, String status, String quote, Link source, Link claim,
            boolean citesEvidence, List<Link> citations, String note) {

        String whenOrNotStated() {
            return when.isEmpty() ? "not stated" : when;
        }
    }

    private ResourcePage() {
    }

    /**
     * The page, linking to the document's data in each of {@code offered}.
     *
     * @param claims rows of {@code claims-of.rq}
     * @param mentions rows of {@code mentions-of.rq}: the sources that mention the resource, with
     *     how many mentions the editors and the machine made and the first passage
     * @param localPath the document's path without prefix or suffix
     */
    static String render(Node resource, Graph description, List<Binding> claims, List<Binding> mentions,
            LocalPaths paths, String prefix, String localPath, List<Representation> offered) {
        return render(resource, description, Rows.all(claims), Rows.all(mentions), paths, prefix, localPath, offered);
    }

    /**
     * The page, with the claims and the mentions as given: whole lists, or a page of each (linked to
     * the other pages at {@code localPath?page=n} and {@code ?mentions=n}).
     */
    static String render(Node resource, Graph description, Rows claimRows, Rows mentionRows, LocalPaths paths,
            String prefix, String localPath, List<Representation> offered) {
        List<Binding> claims = claimRows.rows();
        List<Binding> mentions = mentionRows.rows();
        String label = firstLiteral(description, resource, RDFS.label.asNode());
        String title = label != null ? label : title(resource, description, claims);
        String document = prefix + localPath;
        Pager claimPages = pager("Claims", claimRows.paging(), true,
                n -> pageHref(document, n, mentionRows.paging() == null ? 1 : mentionRows.paging().number()));
        Pager mentionPages = pager("Sources", mentionRows.paging(), false,
                n -> pageHref(document, claimRows.paging() == null ? 1 : claimRows.paging().number(), n));
        List<HeadLink> headLinks = new ArrayList<>(DocumentLinks.headLinks(document, offered));
        if (claimPages != null && claimPages.previous() != null) {
            headLinks.add(new HeadLink("prev", null, null, claimPages.previous().href()));
        }
        if (claimPages != null && claimPages.next() != null) {
            headLinks.add(new HeadLink("next", null, null, claimPages.next().href()));
        }
        Frame frame = new Frame(prefix, title).withHeadLinks(headLinks);
        List<Fact> facts = new ArrayList<>();
        fact(facts, "Type", RDF.type.asNode(), resource, description, paths, prefix);
        fact(facts, "Also written", SKOS.altLabel.asNode(), resource, description, paths, prefix);
        fact(facts, "Wikidata", OWL.sameAs.asNode(), resource, description, paths, prefix);
        fact(facts, "Close match", SKOS.closeMatch.asNode(), resource, description, paths, prefix);
        List<ClaimView> claimViews = claims.stream().map(c -> claim(c, paths, prefix)).toList();
        boolean isClaim = description.contains(resource, RDF.type.asNode(), CW.Claim);
        ClaimView summary = isClaim && claimViews.size() == 1 ? claimViews.get(0) : null;
        List<Link> formats = new ArrayList<>();
        for (Representation r : offered) {
            if (r != Representation.HTML) {
                formats.add(new Link(prefix + localPath + "." + r.suffix(), r.suffix()));
            }
        }
        View view = new View(frame, resource.getURI(), firstLiteral(description, resource, DESCRIPTION), facts, summary,
                summary == null ? claimViews : List.of(), claimPages,
                mentions.stream().map(m -> mention(m, paths, prefix)).toList(), mentionPages,
                statements(resource, description, paths, prefix), formats);
        return Templates.render("resource", view);
    }

    /** The pager of a list shown a page at a time, or null if it is shown whole or fits on one page. */
    private static Pager pager(String name, Paging paging, boolean main, IntFunction<String> href) {
        if (paging == null || paging.pages() == 1) {
            return null;
        }
        int n = paging.number();
        int last = paging.pages();
        return new Pager(name, name + " " + paging.rows() + " (page " + n + " of " + last + ")", main,
                n > 2 ? new Link(href.apply(1), "first") : null,
                n > 1 ? new Link(href.apply(n - 1), "previous") : null,
                n < last ? new Link(href.apply(n + 1), "next") : null,
                n < last - 1 ? new Link(href.apply(last), "last") : null);
    }

    /** {@code document?page=2&mentions=3}, leaving out what is page 1. */
    private static String pageHref(String document, int claimsPage, int mentionsPage) {
        List<String> parameters = new ArrayList<>();
        if (claimsPage > 1) {
            parameters.add("page=" + claimsPage);
        }
        if (mentionsPage > 1) {
            parameters.add("mentions=" + mentionsPage);
        }
        return parameters.isEmpty() ? document : document + "?" + String.join("&", parameters);
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
            Matcher span = SPAN.matcher(resource.getURI());
            Node source = description.find(resource, HAS_SOURCE, Node.ANY).nextOptional().map(Triple::getObject)
                    .orElse(null);
            String sourceLabel = source == null ? null : firstLiteral(description, source, RDFS.label.asNode());
            if (span.find() && sourceLabel != null) {
                return "Passage " + span.group(1) + "–" + span.group(2) + " of " + sourceLabel;
            }
        }
        return resource.getURI();
    }

    private static ClaimView claim(Binding c, LocalPaths paths, String prefix) {
        Link value = c.get("o").isURI() && c.get("oWords") == null ? labelled(c.get("o"), c.get("oLabel"), paths, prefix)
                : Link.text(ClaimWords.value(c));
        Link place = c.get("placeLabel") == null ? null
                : new Link(paths.href(c.get("place").getURI(), prefix), c.get("placeLabel").getLiteralLexicalForm());
        Link relativeTo = c.get("relativeTo") == null ? null
                : new Link(paths.href(c.get("relativeTo").getURI(), prefix), c.get("relativeLabel").getLiteralLexicalForm());
        String anchor = "#char=" + lexical(c, "from") + "," + lexical(c, "to");
        Link source = new Link(paths.href(c.get("source").getURI(), prefix) + anchor,
                c.get("sourceTitle") != null ? lexical(c, "sourceTitle") : c.get("source").getURI());
        boolean citesEvidence = c.get("citations") != null && !lexical(c, "citations").isEmpty();
        return new ClaimView(ClaimWords.isTrue(c, "truthy"), ClaimWords.isTrue(c, "negated"),
                labelled(c.get("s"), c.get("sLabel"), paths, prefix), labelled(c.get("p"), c.get("pLabel"), paths, prefix),
                value, c.get("when") == null ? "" : lexical(c, "when"), place, relativeTo,
                c.get("offset") == null ? null : lexical(c, "offset"),
                c.get("dateContext") == null ? null : lexical(c, "dateContext"), ClaimWords.attribution(c),
                lexical(c, "quote"), source, new Link(paths.href(c.get("claim").getURI(), prefix), "claim"), citesEvidence,
                citations(c, paths, prefix), c.get("note") == null ? null : lexical(c, "note"));
    }

    /** The footnote references a claim cites, each linked: rows of "IRI label" joined by new lines. */
    private static List<Link> citations(Binding c, LocalPaths paths, String prefix) {
        if (c.get("citations") == null) {
            return List.of();
        }
        List<Link> links = new ArrayList<>();
        for (String line : lexical(c, "citations").split("\n")) {
            int space = line.indexOf(' ');
            if (space > 0) {
                links.add(new Link(paths.href(line.substring(0, space), prefix), line.substring(space + 1)));
            }
        }
        return links;
    }

    private static Mention mention(Binding m, LocalPaths paths, String prefix) {
        String sourceTitle = m.get("title") != null ? lexical(m, "title") : m.get("source").getURI();
        String anchor = "#char=" + lexical(m, "first") + "," + lexical(m, "firstTo");
        return new Mention(new Link(paths.href(m.get("source").getURI(), prefix) + anchor, sourceTitle),
                lexical(m, "byEditors") + " by the editors, " + lexical(m, "byMachine") + " found by the machine");
    }

    /** The resource's own triples, by property in words, then property and value. */
    private static List<Statement> statements(Node resource, Graph description, LocalPaths paths, String prefix) {
        Map<String, Triple> sorted = new TreeMap<>();
        description.find(resource, Node.ANY, Node.ANY).forEachRemaining(
                t -> sorted.put(TermLabels.of(t.getPredicate()) + " " + t.getPredicate() + " " + t.getObject(), t));
        return sorted.values().stream().map(t -> new Statement(
                new Link(paths.href(t.getPredicate().getURI(), prefix), TermLabels.of(t.getPredicate())),
                value(t.getObject(), description, paths, prefix))).toList();
    }

    private static Link labelled(Node node, Node label, LocalPaths paths, String prefix) {
        if (node.isURI()) {
            return new Link(paths.href(node.getURI(), prefix), label != null ? label.getLiteralLexicalForm() : node.getURI());
        }
        return Link.text(node.getLiteralLexicalForm());
    }

    private static void fact(List<Fact> facts, String name, Node predicate, Node resource, Graph description,
            LocalPaths paths, String prefix) {
        List<Value> values = description.find(resource, predicate, Node.ANY).mapWith(Triple::getObject)
                .mapWith(o -> value(o, description, paths, prefix)).toList();
        if (!values.isEmpty()) {
            facts.add(new Fact(name, new DecoratedCollection<>(values)));
        }
    }

    private static Value value(Node node, Graph description, LocalPaths paths, String prefix) {
        if (node.isURI()) {
            String label = firstLiteral(description, node, RDFS.label.asNode());
            return new Value(paths.href(node.getURI(), prefix), label != null ? label : TermLabels.of(node), null, null);
        }
        if (node.isLiteral()) {
            String language = node.getLiteralLanguage();
            if (language.isEmpty() || language.equalsIgnoreCase("en")) {
                return new Value(null, node.getLiteralLexicalForm(), null, null);
            }
            // the page is in English: other languages are marked, in words, not as tags
            return new Value(null, node.getLiteralLexicalForm(), language,
                    Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH));
        }
        return new Value(null, node.toString(), null, null);
    }

    private static String lexical(Binding b, String var) {
        return b.get(var).getLiteralLexicalForm();
    }

    static String firstLiteral(Graph graph, Node subject, Node predicate) {
        return graph.find(subject, predicate, Node.ANY).toList().stream().map(Triple::getObject)
                .filter(Node::isLiteral).map(Node::getLiteralLexicalForm).sorted().findFirst().orElse(null);
    }
}
