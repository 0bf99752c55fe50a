package org.coldwar.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.coldwar.extract.auto.EvaluationReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code coldwar evaluate}: score the automatic extraction against what people wrote. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Run the automatic extraction and score it: mentions against the editors' annotations of TEI"
                + " documents (span and document level), dates against the editors' dates, mentions and claim rules"
                + " against hand-made claims. Writes nothing.")
final class EvaluateCommand implements Callable<Integer> {

    @Mixin
    SeedsOptions seeds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        EvaluationReport.run(seeds.seeds, seeds.shownSeeds(), out);
        return ExitCodes.OK;
    }
}
