package org.coldwar.publish;

import java.nio.file.Path;

/**
 * What a successful build produced.
 *
 * @param directory the release directory, now holding the new release
 * @param quads statements over all named graphs (as in the N-Quads dump)
 * @param triples distinct triples of the merged graph (as in the Turtle dump)
 * @param sources the sources of the release
 * @param sourcesReused how many of them were taken from the stage cache (their inputs unchanged)
 *     rather than read and mapped again
 * @param notices what the user should know although the build succeeded (e.g. a review file
 *     that could not be written), one line each
 */
public record Release(Path directory, int claims, long entities, long quads, long triples, int sources,
        int sourcesReused, java.util.List<String> notices) {
}
