package org.coldwar.map;

import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * A {@link StreamRDF} stage that replaces some nodes (in any position) by others and passes
 * everything else on unchanged: how a {@link SourceStage}'s placeholders become the build's
 * activities.
 */
final class NodeSwap extends StreamRDFWrapper {

    private final Map<Node, Node> replacements;

    NodeSwap(StreamRDF next, Map<Node, Node> replacements) {
        super(next);
        this.replacements = Map.copyOf(replacements);
    }

    @Override
    public void triple(Triple triple) {
        super.triple(Triple.create(swap(triple.getSubject()), swap(triple.getPredicate()), swap(triple.getObject())));
    }

    @Override
    public void quad(Quad quad) {
        super.quad(Quad.create(swap(quad.getGraph()), swap(quad.getSubject()), swap(quad.getPredicate()),
                swap(quad.getObject())));
    }

    private Node swap(Node node) {
        return replacements.getOrDefault(node, node);
    }
}
