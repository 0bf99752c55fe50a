package org.coldwar.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The release a reading command works on. */
final class ReleaseOptions {

    @Option(names = "--release", paramLabel = "DIR", defaultValue = "dist",
            description = "The release directory (default: ${DEFAULT-VALUE}).")
    Path release;
}
