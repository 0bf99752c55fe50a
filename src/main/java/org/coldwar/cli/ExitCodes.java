package org.coldwar.cli;

/** The process exit codes of every subcommand. */
public final class ExitCodes {

    public static final int OK = 0;
    /** The input data are invalid (or, for {@code link check}, links disagree). */
    public static final int INVALID_DATA = 1;
    /** The command line is wrong. */
    public static final int USAGE = 2;
    /** Anything else failed: I/O, an internal check. */
    public static final int FAILURE = 3;

    private ExitCodes() {
    }
}
