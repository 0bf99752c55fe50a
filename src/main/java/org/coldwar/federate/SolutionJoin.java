package org.coldwar.federate;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.engine.binding.Binding;

/** Joins our solutions with a remote endpoint's answers: every compatible pair, merged. */
final class SolutionJoin {

    private SolutionJoin() {
    }

    static List<Binding> join(List<Binding> ours, List<Binding> answers) {
        List<Binding> joined = new ArrayList<>();
        for (Binding b : ours) {
            for (Binding answer : answers) {
                Binding merged = Algebra.merge(b, answer);
                if (merged != null) {
                    joined.add(merged);
                }
            }
        }
        return joined;
    }
}
