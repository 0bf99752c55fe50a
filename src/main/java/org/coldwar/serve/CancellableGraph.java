package org.coldwar.serve;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * A read view of a graph that checks a query's cancel signal at every lookup and every triple
 * returned, so that code that walks a graph without looking at the signal itself (Jena's
 * property-path engine) stops soon after the query is cancelled.
 */
final class CancellableGraph extends GraphWrapper {

    private final AtomicBoolean signal;

    CancellableGraph(Graph graph, AtomicBoolean signal) {
        super(graph);
        this.signal = signal;
    }

    @Override
    public ExtendedIterator<Triple> find(Triple triple) {
        return find(triple.getSubject(), triple.getPredicate(), triple.getObject());
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        Cancellation.check(signal);
        return super.find(s, p, o).filterKeep(t -> {
            Cancellation.check(signal);
            return true;
        });
    }

    @Override
    public boolean contains(Node s, Node p, Node o) {
        Cancellation.check(signal);
        return super.contains(s, p, o);
    }

    @Override
    public boolean contains(Triple triple) {
        Cancellation.check(signal);
        return super.contains(triple);
    }
}
