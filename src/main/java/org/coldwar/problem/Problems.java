package org.coldwar.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems in the order they were reported. Not thread-safe: one per pipeline run.
 */
public final class Problems implements ProblemSink {

    private final List<Problem> reported = new ArrayList<>();

    @Override
    public void report(Problem problem) {
        reported.add(problem);
    }

    /** Reports every problem {@code other} collected, in its order. */
    public void addAll(Problems other) {
        reported.addAll(other.reported);
    }

    /** How many problems were reported so far. */
    public int count() {
        return reported.size();
    }

    /** Ends the stage with an {@link InvalidDataException} when any problem was reported. */
    public void throwIfAny() {
        if (!reported.isEmpty()) {
            throw new InvalidDataException(reported);
        }
    }
}
