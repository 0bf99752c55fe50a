package org.coldwar.problem;

import java.util.List;

/**
 * Thrown when the input data cannot be published: carries every problem found, each with its
 * place. The CLI prints them one per line and exits with status 1.
 */
public final class InvalidDataException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidDataException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid data" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public InvalidDataException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
