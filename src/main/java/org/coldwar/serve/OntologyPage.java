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
import org.coldwar.serve.PageLayout.Frame;
import org.coldwar.serve.PageLayout.HeadLink;
import org.coldwar.vocab.Namespaces;

import com.github.mustachejava.util.DecoratedCollection;

/**
 * The page of the ontology ({@code /ontology}, {@code ontology.mustache}): every class, property and named value it defines,
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

    /** What {@code ontology.mustache} shows. */
    record View(Frame frame, String comment, List<Section> sections) {
    }

    /** The classes, the claim properties ...: its anchor, its heading, its terms. */
    record Section(String id, String heading, List<Term> terms) {
    }

    /** A term: anchor (its local name), label, prefixed name, comment, links, use in words. */
    record Term(String local, String label, String shortForm, String comment, List<Fact> facts, String usage) {
    }

    /** "Subclass of", "Domain (its subjects)" ...: the links, joined by " · ". */
    record Fact(String name, DecoratedCollection<Link> links) {
    }

    static String render(Graph ontology, Map<Node, Usage> usage, LocalPaths paths, String prefix,
            List<HeadLink> headLinks) {
        Node self = NodeFactory.createURI(Namespaces.ONTOLOGY);
        String comment = ResourcePage.firstLiteral(ontology, self, RDFS.comment.asNode());
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
        PrefixMapping prefixes = ontology.getPrefixMapping();
        List<Section> sections = List.of(
                section("classes", "Classes", classes, ontology, usage, prefixes, paths, prefix),
                section("claim-properties", "Claim properties", claimProperties, ontology, usage, prefixes, paths, prefix),
                section("properties", "Other properties", properties, ontology, usage, prefixes, paths, prefix),
                section("values", "Statuses and other terms", others, ontology, usage, prefixes, paths, prefix));
        return Templates.render("ontology", new View(new Frame(prefix, "Cold War ontology").withHeadLinks(headLinks),
                comment, sections));
    }

    private static Section section(String id, String heading, List<Node> terms, Graph ontology,
            Map<Node, Usage> usage, PrefixMapping prefixes, LocalPaths paths, String prefix) {
        List<Term> views = new ArrayList<>();
        for (Node term : terms) {
            Usage u = usage.getOrDefault(term, Usage.NONE);
            if (!id.equals("values")) {  // what points at a class or property is the schema (domains, shapes), not use
                u = new Usage(u.instances(), u.subjects(), u.claims(), 0);
            }
            views.add(term(term, ontology, u, prefixes, paths, prefix));
        }
        return new Section(id, heading + " (" + terms.size() + ")", views);
    }

    private static Term term(Node term, Graph ontology, Usage usage, PrefixMapping prefixes, LocalPaths paths,
            String prefix) {
        List<Fact> facts = new ArrayList<>();
        links(facts, "Subclass of", ontology, term, RDFS.subClassOf.asNode(), prefixes, paths, prefix);
        links(facts, "Subproperty of", ontology, term, RDFS.subPropertyOf.asNode(), prefixes, paths, prefix);
        links(facts, "Domain (its subjects)", ontology, term, RDFS.domain.asNode(), prefixes, paths, prefix);
        links(facts, "Range (its values)", ontology, term, RDFS.range.asNode(), prefixes, paths, prefix);
        links(facts, "Wikidata, exact match", ontology, term, SKOS.exactMatch.asNode(), prefixes, paths, prefix);
        links(facts, "Wikidata, close match", ontology, term, SKOS.closeMatch.asNode(), prefixes, paths, prefix);
        return new Term(term.getURI().substring(term.getURI().indexOf('#') + 1), TermLabels.of(term),
                prefixes.shortForm(term.getURI()), ResourcePage.firstLiteral(ontology, term, RDFS.comment.asNode()), facts,
                usageWords(usage));
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

    private static void links(List<Fact> facts, String name, Graph ontology, Node term, Node predicate,
            PrefixMapping prefixes, LocalPaths paths, String prefix) {
        List<Node> objects = ontology.find(term, predicate, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .filter(Node::isURI).sorted(Comparator.comparing(Node::getURI)).toList();
        if (objects.isEmpty()) {
            return;
        }
        List<Link> links = objects.stream().map(o -> new Link(paths.href(o.getURI(), prefix),
                o.getURI().startsWith(Namespaces.ONTOLOGY + "#") ? TermLabels.of(o) : prefixes.shortForm(o.getURI())))
                .toList();
        facts.add(new Fact(name, new DecoratedCollection<>(links)));
    }
}
