package org.coldwar.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.coldwar.extract.AuthorityFile;
import org.coldwar.federate.LinkChecker;
import org.coldwar.federate.RemoteSparql;
import org.coldwar.federate.ServicePolicy;
import org.coldwar.map.BuildInfo;
import org.coldwar.map.DatasetAssembler;
import org.coldwar.map.IriMinter;
import org.coldwar.problem.Problem;
import org.coldwar.publish.ReleaseDataset;
import org.coldwar.vocab.Ontology;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code coldwar link check}: asks a Wikidata endpoint about every linked item and prints one
 * line per disagreement; exits 1 if there is any.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check every Wikidata link against a Wikidata endpoint: label, type, dates, redirects, deletions.")
final class LinkCheckCommand implements Callable<Integer> {

    @Mixin
    SeedsOptions seeds;

    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = ServicePolicy.WIKIDATA,
            description = "The Wikidata SPARQL endpoint (default: ${DEFAULT-VALUE}).")
    String endpoint;

    @Option(names = "--remote-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Timeout of one request in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        IriMinter iris = Cli.iris(spec, seeds.base);
        ServicePolicy policy = Cli.servicePolicy(spec, List.of(endpoint), timeoutSeconds);
        AuthorityFile authority = AuthorityFile.load(seeds.seeds, seeds.shownSeeds(), Ontology.get());
        DatasetGraph data = DatasetGraphFactory.create();
        DatasetAssembler.Assembly assembly = new DatasetAssembler(seeds.seeds, seeds.shownSeeds(), iris,
                BuildInfo.current()).assemble(StreamRDFLib.dataset(data));
        List<Problem> problems = new LinkChecker(new RemoteSparql(policy), endpoint)
                .check(authority, ReleaseDataset.withUnionDefaultGraph(data), iris, assembly.provenance());
        PrintWriter out = spec.commandLine().getOut();
        problems.forEach(out::println);
        int links = authority.links().size();
        if (problems.isEmpty()) {
            out.println(links + " links checked against " + endpoint + ": all agree");
            return ExitCodes.OK;
        }
        out.println(links + " links checked against " + endpoint + ": " + problems.size() + " disagreement(s)");
        return ExitCodes.INVALID_DATA;
    }
}
