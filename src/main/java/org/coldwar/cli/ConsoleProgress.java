package org.coldwar.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.coldwar.publish.ProgressListener;

/**
 * Shows a build's stages: on a terminal, one line redrawn with a bar ("[######    ] 2/3
 * validating … 4.1 s"); otherwise (a pipe, a log file) one plain line per stage.
 */
final class ConsoleProgress implements ProgressListener {

    private static final int WIDTH = 12;
    private final PrintWriter out;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private boolean drawn;

    ConsoleProgress(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Progress for a command's error stream: a bar if standard error is a terminal. */
    static ConsoleProgress forConsole(PrintWriter err) {
        return new ConsoleProgress(err, System.console() != null);
    }

    @Override
    public void stage(int step, int of, String stage) {
        String elapsed = String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - started) / 1e9);
        if (terminal) {
            int filled = WIDTH * (step - 1) / of;
            out.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + step + "/" + of + " " + stage
                    + " … " + elapsed + "\u001b[K");
            drawn = true;
        } else {
            out.println("coldwar: " + step + "/" + of + " " + stage + " (" + elapsed + ")");
        }
        out.flush();
    }

    /** Ends the redrawn line, if any, so that what follows starts on a line of its own. */
    void done() {
        if (drawn) {
            out.print("\r[" + "#".repeat(WIDTH) + "] done\u001b[K\n");
            out.flush();
            drawn = false;
        }
    }
}
