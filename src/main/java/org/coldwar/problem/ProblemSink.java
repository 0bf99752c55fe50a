package org.coldwar.problem;

/**
 * Receives the problems a stage finds. Stages report every problem they can and go on;
 * the caller decides, through {@link Problems#throwIfAny()}, when too much is wrong to continue.
 */
@FunctionalInterface
public interface ProblemSink {

    void report(Problem problem);
}
