package org.coldwar.cli;

import java.io.PrintWriter;

import org.coldwar.problem.InvalidDataException;
import org.coldwar.problem.Problem;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps failures to one line each and an exit code: invalid data (1) prints every problem with
 * its file and line; anything else (3) prints its message. Stack traces only with --verbose.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        PrintWriter err = cli.getErr();
        boolean verbose = asksForVerbose(parsed);
        if (e instanceof InvalidDataException invalid) {
            for (Problem problem : invalid.problems()) {
                err.println(problem);
            }
            err.println("coldwar: " + invalid.problems().size() + " problem(s); nothing was published");
        } else {
            err.println("coldwar: error: " + describe(e));
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return e instanceof InvalidDataException ? ExitCodes.INVALID_DATA : ExitCodes.FAILURE;
    }

    private static boolean asksForVerbose(ParseResult parsed) {
        return parsed.hasMatchedOption("--verbose")
                || parsed.subcommands().stream().anyMatch(FailureHandler::asksForVerbose);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.replaceAll("\\s+", " ");
    }
}
