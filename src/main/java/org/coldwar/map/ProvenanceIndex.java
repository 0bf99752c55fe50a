package org.coldwar.map;

import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.coldwar.problem.Location;

/**
 * Remembers which input row produced each resource the mappers mint, so that a SHACL violation
 * on a focus node can be traced back to the file and line to fix. First writer wins.
 */
public final class ProvenanceIndex {

    private final Map<Node, Location> origins = new java.util.LinkedHashMap<>();

    public void record(Node resource, Location origin) {
        origins.putIfAbsent(resource, origin);
    }

    /** Records every origin of {@code other} (first writer still wins). */
    public void addAll(ProvenanceIndex other) {
        other.origins.forEach(this::record);
    }

    /** Every resource recorded, with its origin, in the order recorded. */
    public Map<Node, Location> entries() {
        return java.util.Collections.unmodifiableMap(origins);
    }

    /** The row that produced {@code resource}, or its document for a fragment IRI such as a selector. */
    public Optional<Location> originOf(Node resource) {
        Location found = origins.get(resource);
        if (found == null && resource.isURI() && resource.getURI().contains("#")) {
            String document = resource.getURI().substring(0, resource.getURI().indexOf('#'));
            found = origins.get(org.apache.jena.graph.NodeFactory.createURI(document));
        }
        return Optional.ofNullable(found);
    }
}
