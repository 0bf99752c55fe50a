package org.coldwar.map;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/** Emits triples of one named graph into a {@link StreamRDF} as quads. */
final class GraphEmitter {

    private final StreamRDF out;
    private final Node graph;

    GraphEmitter(StreamRDF out, Node graph) {
        this.out = out;
        this.graph = graph;
    }

    void add(Node subject, Node predicate, Node object) {
        out.quad(Quad.create(graph, subject, predicate, object));
    }
}
