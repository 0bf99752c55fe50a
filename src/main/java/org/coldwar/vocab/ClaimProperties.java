package org.coldwar.vocab;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The properties a claim may use, by local name, with the kind of value each takes: every
 * {@code cw:ClaimProperty} of the ontology. Built once from the ontology graph; immutable.
 */
public final class ClaimProperties {

    private final Map<String, ValueKind> kinds;

    private ClaimProperties(Map<String, ValueKind> kinds) {
        this.kinds = Map.copyOf(kinds);
    }

    /** Reads the claim properties declared in {@code ontology}; fails if one has no usable kind. */
    public static ClaimProperties from(Graph ontology) {
        Map<String, ValueKind> kinds = new TreeMap<>();
        ontology.find(Node.ANY, RDF.type.asNode(), CW.ClaimProperty).forEach(t -> {
            Node property = t.getSubject();
            String local = property.getURI().substring(Namespaces.CW.length());
            kinds.put(local, kindOf(ontology, property));
        });
        if (kinds.isEmpty()) {
            throw new IllegalStateException("the ontology declares no cw:ClaimProperty");
        }
        return new ClaimProperties(kinds);
    }

    private static ValueKind kindOf(Graph ontology, Node property) {
        if (ontology.contains(property, RDF.type.asNode(), OWL.ObjectProperty.asNode())) {
            return ValueKind.ENTITY;
        }
        Node range = ontology.find(property, RDFS.range.asNode(), Node.ANY).nextOptional()
                .map(Triple::getObject).orElse(null);
        if (CW.date.equals(range)) {
            return ValueKind.DATE;
        }
        if (range != null && range.getURI().equals(XSDDatatype.XSDdecimal.getURI())) {
            return ValueKind.NUMBER;
        }
        if (range != null && range.getURI().equals(XSDDatatype.XSDduration.getURI())) {
            return ValueKind.DURATION;
        }
        throw new IllegalStateException("claim property " + property + " has no range the mappers know");
    }

    public Optional<ValueKind> kindOf(String localName) {
        return Optional.ofNullable(kinds.get(localName));
    }

    public Set<String> names() {
        return kinds.keySet();
    }
}
