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

    /** As {@link #join}, keeping each of our solutions that no answer is compatible with (OPTIONAL). */
    static List<Binding> leftJoin(List<Binding> ours, List<Binding> answers) {
        List<Binding> joined = new ArrayList<>();
        for (Binding b : ours) {
            int before = joined.size();
            joined.addAll(join(List.of(b), answers));
            if (joined.size() == before) {
                joined.add(b);
            }
        }
        return joined;
    }

    /** Each of our solutions that some answer is compatible with ({@code keepIfAny}), or that none is. */
    static List<Binding> semiJoin(List<Binding> ours, List<Binding> answers, boolean keepIfAny) {
        List<Binding> kept = new ArrayList<>();
        for (Binding b : ours) {
            boolean any = answers.stream().anyMatch(answer -> Algebra.compatible(b, answer));
            if (any == keepIfAny) {
                kept.add(b);
            }
        }
        return kept;
    }
}
