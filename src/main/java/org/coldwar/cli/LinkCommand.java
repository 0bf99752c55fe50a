package org.coldwar.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code coldwar link}: commands about our links to Wikidata. */
@Command(name = "link", mixinStandardHelpOptions = true, description = "Work with the links to Wikidata.",
        subcommands = {LinkCheckCommand.class})
final class LinkCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (check)");
    }
}
