package org.coldwar.cli;

import org.coldwar.Resources;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.coldwar.publish.ReleaseDataset;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code coldwar stats}: counts of the release, by the queries in {@code stats-*.rq}. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Print counts of the release: totals, entities by type, claims by source and by property.")
final class StatsCommand implements Callable<Integer> {

    private static final List<String> QUERIES =
            List.of("stats-totals.rq", "stats-entities.rq", "stats-sources.rq", "stats-properties.rq");

    @Mixin
    ReleaseOptions release;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DatasetGraph dataset = ReleaseDataset.load(release.release);
        PrintWriter out = spec.commandLine().getOut();
        org.apache.jena.shared.PrefixMapping prefixes = ReleasePrefixes.of(release.release);
        out.println("Counted over the release's named graphs merged, with its dataset description and ontology "
                + "(as the SPARQL endpoint counts):");
        for (String name : QUERIES) {
            try (QueryExec exec = QueryExec.dataset(dataset).query(resource(name)).build()) {
                out.print(ResultSetFormatter.asText(ResultSet.adapt(exec.select()), new org.apache.jena.sparql.core.Prologue(prefixes)));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String resource(String name) {
        return Resources.text(StatsCommand.class, name);
    }
}
