package org.coldwar.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * A read-only view of two graphs that share no triple, as one: a find is the first graph's
 * matches followed by the second's. Jena's {@code Union} must drop the second graph's triples
 * that the first also holds, so it remembers every match of the first in a set; graphs known to
 * be disjoint need not, and SHACL's many small finds over a batch and the shared part are
 * cheaper for it. The caller keeps the graphs disjoint and unchanged while the view is read.
 */
final class DisjointUnion extends GraphBase {

    private final Graph first;
    private final Graph second;

    DisjointUnion(Graph first, Graph second) {
        this.first = first;
        this.second = second;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        return first.find(pattern).andThen(second.find(pattern));
    }

    @Override
    protected boolean graphBaseContains(Triple triple) {
        return first.contains(triple) || second.contains(triple);
    }

    @Override
    protected int graphBaseSize() {
        return first.size() + second.size();
    }
}
