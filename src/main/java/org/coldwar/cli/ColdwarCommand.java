package org.coldwar.cli;

import java.io.PrintWriter;

import org.coldwar.map.BuildInfo;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code coldwar}: the top command. Subcommands do the work; this class only wires them and the
 * error handling (one line per problem, no stack trace unless {@code --verbose}).
 */
@Command(name = "coldwar", mixinStandardHelpOptions = true, versionProvider = ColdwarCommand.Version.class,
        description = "Publishes claims drawn from Cold War history texts as validated linked open data.",
        subcommands = {BuildCommand.class, ServeCommand.class, ValidateCommand.class, EvaluateCommand.class, QueryCommand.class, StatsCommand.class,
            LinkCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeOnInvalidInput = ExitCodes.USAGE, exitCodeOnExecutionException = ExitCodes.FAILURE)
public final class ColdwarCommand implements Runnable {

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces of failures.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    public static void main(String[] args) {
        System.exit(commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args));
    }

    /** A configured command line writing to {@code out} and {@code err}; tests call this. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new ColdwarCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new FailureHandler());
        cli.setParameterExceptionHandler((e, args) -> {
            PrintWriter errors = e.getCommandLine().getErr();
            errors.println("coldwar: " + e.getMessage());
            errors.println("Try 'coldwar " + (e.getCommandLine() == cli ? "" : e.getCommandLine().getCommandName() + " ")
                    + "--help' for usage.");
            errors.flush();
            return ExitCodes.USAGE;
        });
        return cli;
    }

    /** Reports the packaged software version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"coldwar " + BuildInfo.packagedVersion()};
        }
    }
}
