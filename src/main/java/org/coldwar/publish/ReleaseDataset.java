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
        addDescriptionGraphs(releaseDir, stored);
        return withUnionDefaultGraph(stored);
    }

    /**
     * Adds the release's ontology and VoID description as the named graphs {@code <base>graph/ontology}
     * and {@code <base>graph/void}, as the server does, so that queries see the same labels offline.
     */
    private static void addDescriptionGraphs(Path releaseDir, DatasetGraph stored) {
        String entities = "graph/entities";
        String base = null;
        for (var it = stored.listGraphNodes(); it.hasNext(); ) {
            String name = it.next().getURI();
            if (name.endsWith(entities)) {
                base = name.substring(0, name.length() - entities.length());
            }
        }
        if (base == null) {
            return;
        }
        for (String[] file : new String[][] {{ReleaseBuilder.ONTOLOGY_FILE, "graph/ontology"},
            {ReleaseBuilder.VOID_FILE, "graph/void"}}) {
            Path path = releaseDir.resolve(file[0]);
            if (Files.isRegularFile(path)) {
                Node graph = org.apache.jena.graph.NodeFactory.createURI(base + file[1]);
                RDFParser.source(path).lang(Lang.TURTLE).parse(org.apache.jena.riot.system.StreamRDFLib.graph(
                        stored.getGraph(graph)));
            }
        }
    }

    /** A view of {@code stored} whose default graph is the union of its named graphs. */
    public static DatasetGraph withUnionDefaultGraph(DatasetGraph stored) {
        DatasetGraph view = DatasetGraphFactory.createGeneral(stored.getUnionGraph());
        stored.listGraphNodes().forEachRemaining((Node name) -> view.addGraph(name, stored.getGraph(name)));
        view.prefixes().putAll(stored.prefixes());
        return view;
    }
}
