package org.coldwar.cli;

import org.coldwar.federate.ServicePolicy;
import org.coldwar.map.IriMinter;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Small conversions shared by subcommands, turning bad arguments into usage errors. */
final class Cli {

    private Cli() {
    }

    /** Wikidata plus {@code extra} endpoints, with a remote timeout; bad URLs are usage errors. */
    static ServicePolicy servicePolicy(CommandSpec spec, java.util.List<String> extra, long timeoutSeconds) {
        try {
            return ServicePolicy.defaults().allowing(extra).withRemoteTimeout(java.time.Duration.ofSeconds(timeoutSeconds));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    static IriMinter iris(CommandSpec spec, String base) {
        try {
            return IriMinter.of(base);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
