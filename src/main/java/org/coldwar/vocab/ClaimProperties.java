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
 * The properties a claim may use, by local name, with the kind of value each takes and the
 * classes its subject and value must have ({@code rdfs:domain}, and {@code rdfs:range} of an
 * entity-valued property): every {@code cw:ClaimProperty} of the ontology. Built once from the
 * ontology graph; immutable.
 */
public final class ClaimProperties {

    private final Map<String, ValueKind> kinds;
    private final Map<String, String> subjectClasses;
    private final Map<String, String> valueClasses;

    private ClaimProperties(Map<String, ValueKind> kinds, Map<String, String> subjectClasses,
            Map<String, String> valueClasses) {
        this.kinds = Map.copyOf(kinds);
        this.subjectClasses = Map.copyOf(subjectClasses);
        this.valueClasses = Map.copyOf(valueClasses);
    }

    /** Reads the claim properties declared in {@code ontology}; fails if one has no usable kind. */
    public static ClaimProperties from(Graph ontology) {
        Map<String, ValueKind> kinds = new TreeMap<>();
        Map<String, String> subjectClasses = new TreeMap<>();
        Map<String, String> valueClasses = new TreeMap<>();
        ontology.find(Node.ANY, RDF.type.asNode(), CW.ClaimProperty).forEach(t -> {
            Node property = t.getSubject();
            String local = property.getURI().substring(Namespaces.CW.length());
            ValueKind kind = kindOf(ontology, property);
            kinds.put(local, kind);
            classOf(ontology, property, RDFS.domain.asNode()).ifPresent(c -> subjectClasses.put(local, c));
            if (kind == ValueKind.ENTITY) {
                classOf(ontology, property, RDFS.range.asNode()).ifPresent(c -> valueClasses.put(local, c));
            }
        });
        if (kinds.isEmpty()) {
            throw new IllegalStateException("the ontology declares no cw:ClaimProperty");
        }
        return new ClaimProperties(kinds, subjectClasses, valueClasses);
    }

    /** The local name of the cw: class that {@code property}'s {@code domainOrRange} names, if any. */
    private static Optional<String> classOf(Graph ontology, Node property, Node domainOrRange) {
        return ontology.find(property, domainOrRange, Node.ANY).nextOptional().map(Triple::getObject)
                .filter(c -> c.isURI() && c.getURI().startsWith(Namespaces.CW))
                .map(c -> c.getURI().substring(Namespaces.CW.length()));
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

    /** The class (local name) the subject of {@code localName} must have; empty when any will do. */
    public Optional<String> subjectClass(String localName) {
        return Optional.ofNullable(subjectClasses.get(localName));
    }

    /** The class (local name) an entity value of {@code localName} must have; empty when any will do. */
    public Optional<String> valueClass(String localName) {
        return Optional.ofNullable(valueClasses.get(localName));
    }

    public Set<String> names() {
        return kinds.keySet();
    }
}
