package org.coldwar.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The Cold War ontology as packaged with the software (a copy of {@code ontology/coldwar.ttl}
 * put on the class path by the build). Loaded once; the graph is read-only by convention.
 */
public final class Ontology {

    /** Class-path location of the ontology file. */
    public static final String RESOURCE = "/ontology/coldwar.ttl";

    private static final Ontology INSTANCE = new Ontology(load(RESOURCE));

    private final Graph graph;
    private final ClaimProperties claimProperties;

    private Ontology(Graph graph) {
        this.graph = graph;
        this.claimProperties = ClaimProperties.from(graph);
    }

    public static Ontology get() {
        return INSTANCE;
    }

    public Graph graph() {
        return graph;
    }

    public ClaimProperties claimProperties() {
        return claimProperties;
    }

    /**
     * True if {@code localName} names a class of the ontology that an authority-file entity may
     * have: one of, or a subclass of, cw:Agent's subclasses, cw:Place, cw:Event, cw:Work or cw:Position.
     */
    public boolean isEntityClass(String localName) {
        Node cls = CW.term(localName);
        if (!graph.contains(cls, RDF.type.asNode(), OWL.Class.asNode()) || cls.equals(CW.term("Agent"))) {
            return false;
        }
        return reachesEntityRoot(cls, 0);
    }

    private boolean reachesEntityRoot(Node cls, int depth) {
        if (ENTITY_ROOTS.contains(cls)) {
            return true;
        }
        if (depth > 16) {
            return false;
        }
        return graph.find(cls, RDFS.subClassOf.asNode(), Node.ANY).toList().stream()
                .anyMatch(t -> reachesEntityRoot(t.getObject(), depth + 1));
    }

    private static final java.util.Set<Node> ENTITY_ROOTS = java.util.Set.of(
            CW.term("Agent"), CW.term("Place"), CW.term("Event"), CW.term("Work"), CW.term("Position"));

    /**
     * True if an entity of class {@code typeLocalName} is an instance of {@code classLocalName}:
     * the same class or a subclass of it, through {@code rdfs:subClassOf}.
     */
    public boolean isSubClassOf(String typeLocalName, String classLocalName) {
        return reaches(CW.term(typeLocalName), CW.term(classLocalName), 0);
    }

    private boolean reaches(Node cls, Node target, int depth) {
        if (cls.equals(target)) {
            return true;
        }
        if (depth > 16) {
            return false;
        }
        return graph.find(cls, RDFS.subClassOf.asNode(), Node.ANY).toList().stream()
                .anyMatch(t -> reaches(t.getObject(), target, depth + 1));
    }

    /** True if the ontology declares {@code term} with a label (used by the vocabulary test). */
    public boolean declares(Node term) {
        return graph.contains(term, RDFS.label.asNode(), Node.ANY);
    }

    /** Reads a Turtle resource from the class path. */
    public static Graph load(String resource) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + resource);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }
}
