package org.coldwar.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.coldwar.publish.Release;
import org.coldwar.publish.ReleaseDirectory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code coldwar build}: seeds to a validated release in {@code dist/}. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the release: seeds -> claims -> RDF -> SHACL -> dumps, swapped in atomically.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SeedsOptions seeds;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "dist",
            description = "The release directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "The SPARQL endpoint the release advertises (default: <base>sparql).")
    String endpoint;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        ConsoleProgress progress = ConsoleProgress.forConsole(spec.commandLine().getErr());
        Release release;
        try {
            release = seeds.releaseBuilder(Cli.iris(spec, seeds.base), endpoint != null ? endpoint : seeds.base + "sparql")
                    .build(new ReleaseDirectory(out), progress);
        } finally {
            progress.done();
        }
        spec.commandLine().getOut().printf("built %s: %d claims, %d entities, %d quads (%d distinct triples) in %d ms;"
                + " %d of %d sources unchanged, taken from %s.cache%n",
                out, release.claims(), release.entities(), release.quads(), release.triples(),
                (System.nanoTime() - started) / 1_000_000, release.sourcesReused(), release.sources(), out);
        release.notices().forEach(notice -> spec.commandLine().getErr().println("note: " + notice));
        return ExitCodes.OK;
    }
}
