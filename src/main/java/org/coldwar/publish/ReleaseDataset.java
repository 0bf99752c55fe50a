package org.coldwar.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.zip.GZIPInputStream;
import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * A published release read back into memory for querying: its named graphs as published, and a
 * default graph that is the union of them all (as the SPARQL endpoint serves it).
 */
public final class ReleaseDataset {

    private ReleaseDataset() {
    }

    /** Loads the N-Quads dump of {@code releaseDir}; fails with a clear message if there is no release. */
    public static DatasetGraph load(Path releaseDir) {
        Path dump = releaseDir.resolve(DumpFormat.NQUADS.fileName());
        if (!Files.isRegularFile(dump)) {
            throw new IllegalStateException(dump + ": no release here; run 'coldwar build' first");
        }
        DatasetGraph stored = DatasetGraphFactory.create();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dump))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(stored);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dump, e);
        }
        return withUnionDefaultGraph(stored);
    }

    /** A view of {@code stored} whose default graph is the union of its named graphs. */
    public static DatasetGraph withUnionDefaultGraph(DatasetGraph stored) {
        DatasetGraph view = DatasetGraphFactory.createGeneral(stored.getUnionGraph());
        stored.listGraphNodes().forEachRemaining((Node name) -> view.addGraph(name, stored.getGraph(name)));
        view.prefixes().putAll(stored.prefixes());
        return view;
    }
}
