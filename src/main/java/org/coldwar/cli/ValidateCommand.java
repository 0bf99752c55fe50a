package org.coldwar.cli;

import java.util.concurrent.Callable;

import org.coldwar.problem.InvalidDataException;
import org.coldwar.publish.ReleaseBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code coldwar validate}: check the seeds and the graph they make, writing nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the seeds (sources, entities, claims, quotes) and validate the graph against shapes/.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    SeedsOptions seeds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ReleaseBuilder.Validated validated = seeds.releaseBuilder(Cli.iris(spec, seeds.base), seeds.base + "sparql")
                .assembleAndValidate();
        if (!validated.outcome().conforms()) {
            throw new InvalidDataException(validated.outcome().problems());
        }
        spec.commandLine().getOut().printf("valid: %d claims, %d triples (the graphs merged) conform to shapes/%n",
                validated.assembly().claims(), validated.triples());
        return ExitCodes.OK;
    }
}
