package org.coldwar.cli;

import org.coldwar.map.IriMinter;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Small conversions shared by subcommands, turning bad arguments into usage errors. */
final class Cli {

    private Cli() {
    }

    static IriMinter iris(CommandSpec spec, String base) {
        try {
            return IriMinter.of(base);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
