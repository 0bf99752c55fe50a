package org.coldwar;

/**
 * Stands for a kill -9 in crash-injection tests: thrown from a step hook before the step, it
 * leaves the files as they are. An {@link Error}, so that no {@code catch (Exception)} on the
 * way absorbs it.
 */
public final class Crash extends Error {

    public Crash(String step) {
        super("crash before " + step);
    }
}
