package org.coldwar.cli;

import java.nio.file.Path;

import org.coldwar.map.BuildInfo;
import org.coldwar.map.IriMinter;
import org.coldwar.publish.ReleaseBuilder;

import picocli.CommandLine.Option;

/** Options shared by the commands that read the seeds. */
final class SeedsOptions {

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
            description = "The seeds directory (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriMinter.DEFAULT_BASE,
            description = "The base under which every IRI is minted (default: ${DEFAULT-VALUE}).")
    String base;

    /** A builder of the release of these seeds, advertising {@code endpoint}. */
    ReleaseBuilder releaseBuilder(IriMinter iris, String endpoint) {
        return new ReleaseBuilder(seeds, shownSeeds(), iris, endpoint, BuildInfo.ofInputs(seeds));
    }

    /** The seeds directory as named in messages: as the user gave it. */
    String shownSeeds() {
        return seeds.toString().replace('\\', '/');
    }
}
