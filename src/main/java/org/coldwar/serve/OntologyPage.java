package org.coldwar.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.coldwar.vocab.Namespaces;

/**
 * The page of the ontology ({@code /ontology}): every class, property and named value it defines,
 * each under an {@code id} anchor of its local name ({@code /ontology#Person}, the target of every
 * type and property link), with its label, comment, place in the hierarchy, domain and range, its
 * Wikidata counterpart, and how much the release uses it.
 */
final class OntologyPage {

    /** What the release does with one term: the figures of {@code ontology-usage.rq}. */
    record Usage(long instances, long subjects, long claims, long referrers) {
        static final Usage NONE = new Usage(0, 0, 0, 0);
    }

    private static final Node DEFINED_BY = RDFS.isDefinedBy.asNode();

    private OntologyPage() {
    }

    static String render(Graph ontology, Map<Node, Usage> usage, LocalPaths paths, String prefix) {
        Node self = NodeFactory.createURI(Namespaces.ONTOLOGY);
        Html body = new Html();
        String comment = ResourcePage.firstLiteral(ontology, self, RDFS.comment.asNode());
        if (comment != null) {
            body.raw("<p class=\"description\">").text(comment).raw("</p>");
        }
        List<Node> terms = ontology.find(Node.ANY, DEFINED_BY, self).mapWith(Triple::getSubject).toList().stream()
                .distinct().sorted(Comparator.comparing((Node n) -> TermLabels.of(n).toLowerCase(java.util.Locale.ROOT))
                        .thenComparing(Node::getURI)).toList();
        Node claimProperty = NodeFactory.createURI(Namespaces.ONTOLOGY + "#ClaimProperty");
        List<Node> classes = new ArrayList<>();
        List<Node> claimProperties = new ArrayList<>();
        List<Node> properties = new ArrayList<>();
        List<Node> others = new ArrayList<>();
        for (Node term : terms) {
            if (is(ontology, term, OWL.Class.asNode())) {
                classes.add(term);
            } else if (is(ontology, term, claimProperty)) {
                claimProperties.add(term);
            } else if (is(ontology, term, OWL.ObjectProperty.asNode()) || is(ontology, term, OWL.DatatypeProperty.asNode())
                    || is(ontology, term, RDF.Property.asNode())) {
                properties.add(term);
            } else {
                others.add(term);
            }
        }
        body.raw("<nav class=\"toc\"><a href=\"#classes\">Classes</a> · <a href=\"#claim-properties\">Claim properties</a>")
                .raw(" · <a href=\"#properties\">Other properties</a> · <a href=\"#values\">Statuses and other terms</a></nav>");
        PrefixMapping prefixes = ontology.getPrefixMapping();
        section(body, "classes", "Classes", classes, ontology, usage, prefixes, paths, prefix);
        section(body, "claim-properties", "Claim properties", claimProperties, ontology, usage, prefixes, paths, prefix);
        section(body, "properties", "Other properties", properties, ontology, usage, prefixes, paths, prefix);
        section(body, "values", "Statuses and other terms", others, ontology, usage, prefixes, paths, prefix);
        return PageLayout.page(prefix, "Cold War ontology", body.toString());
    }

    private static void section(Html body, String id, String heading, List<Node> terms, Graph ontology,
            Map<Node, Usage> usage, PrefixMapping prefixes, LocalPaths paths, String prefix) {
        body.raw("<h2").attr("id", id).raw(">").text(heading + " (" + terms.size() + ")").raw("</h2>");
        for (Node term : terms) {
            Usage u = usage.getOrDefault(term, Usage.NONE);
            if (!id.equals("values")) {  // what points at a class or property is the schema (domains, shapes), not use
                u = new Usage(u.instances(), u.subjects(), u.claims(), 0);
            }
            term(body, term, ontology, u, prefixes, paths, prefix);
        }
    }

    private static void term(Html body, Node term, Graph ontology, Usage usage, PrefixMapping prefixes, LocalPaths paths,
            String prefix) {
        String local = term.getURI().substring(term.getURI().indexOf('#') + 1);
        body.raw("<section class=\"term\"").attr("id", local).raw("><h3>").text(TermLabels.of(term))
                .raw(" <code>").text(prefixes.shortForm(term.getURI())).raw("</code></h3>");
        String comment = ResourcePage.firstLiteral(ontology, term, RDFS.comment.asNode());
        if (comment != null) {
            body.raw("<p>").text(comment).raw("</p>");
        }
        body.raw("<dl>");
        links(body, "Subclass of", ontology, term, RDFS.subClassOf.asNode(), prefixes, paths, prefix);
        links(body, "Subproperty of", ontology, term, RDFS.subPropertyOf.asNode(), prefixes, paths, prefix);
        links(body, "Domain (its subjects)", ontology, term, RDFS.domain.asNode(), prefixes, paths, prefix);
        links(body, "Range (its values)", ontology, term, RDFS.range.asNode(), prefixes, paths, prefix);
        links(body, "Wikidata, exact match", ontology, term, SKOS.exactMatch.asNode(), prefixes, paths, prefix);
        links(body, "Wikidata, close match", ontology, term, SKOS.closeMatch.asNode(), prefixes, paths, prefix);
        body.raw("<dt>Used in this release</dt><dd class=\"usage\">").text(usageWords(usage)).raw("</dd></dl></section>");
    }

    /** "312 instances", "used by 40 resources · the property of 52 claims", "not used". */
    static String usageWords(Usage u) {
        List<String> words = new ArrayList<>();
        if (u.instances() > 0) {
            words.add(count(u.instances(), "instance"));
        }
        if (u.subjects() > 0) {
            words.add("used by " + count(u.subjects(), "resource"));
        }
        if (u.claims() > 0) {
            words.add("the property of " + count(u.claims(), "claim"));
        }
        if (u.referrers() > 0) {
            words.add("the value of " + count(u.referrers(), "resource"));
        }
        return words.isEmpty() ? "not used" : String.join(" · ", words);
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static boolean is(Graph ontology, Node term, Node type) {
        return ontology.contains(term, RDF.type.asNode(), type);
    }

    private static void links(Html body, String name, Graph ontology, Node term, Node predicate, PrefixMapping prefixes,
            LocalPaths paths, String prefix) {
        List<Node> objects = ontology.find(term, predicate, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .filter(Node::isURI).sorted(Comparator.comparing(Node::getURI)).toList();
        if (objects.isEmpty()) {
            return;
        }
        body.raw("<dt>").text(name).raw("</dt><dd>");
        for (int i = 0; i < objects.size(); i++) {
            Node o = objects.get(i);
            String label = o.getURI().startsWith(Namespaces.ONTOLOGY + "#") ? TermLabels.of(o) : prefixes.shortForm(o.getURI());
            body.raw(i == 0 ? "" : " · ").link(paths.href(o.getURI(), prefix), label);
        }
        body.raw("</dd>");
    }
}
