package org.coldwar.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.coldwar.map.IriMinter;
import org.coldwar.publish.Checksums;
import org.coldwar.publish.Directories;
import org.coldwar.publish.DumpFormat;
import org.coldwar.publish.ReleaseBuilder;

/**
 * Loads a release into a TDB2 store with its text index, never half-loaded: a store is used
 * only once marked complete. A store already loaded from the same release (same SHA256SUMS) is
 * reused as it is.
 *
 * <p>Besides the dump's named graphs, the store holds the dataset description in
 * {@code <base>graph/void} and the ontology in {@code <base>graph/ontology}, so that both can be
 * queried and dereferenced.
 */
public final class StoreLoader {

    static final String MARKER = "complete";
    static final String CURRENT = "current";

    private StoreLoader() {
    }

    /** The graph holding the VoID description in the store. */
    public static Node voidGraph(IriMinter iris) {
        return org.apache.jena.graph.NodeFactory.createURI(iris.base() + "graph/void");
    }

    /** The graph holding the ontology in the store. */
    public static Node ontologyGraph(IriMinter iris) {
        return org.apache.jena.graph.NodeFactory.createURI(iris.base() + "graph/ontology");
    }

    /**
     * Returns the store directory holding {@code releaseDir}, loading it first if needed. Each
     * release gets its own directory {@code <storeRoot>/<release id>}, marked complete only once
     * fully loaded; an unmarked one (an interrupted load) is wiped and loaded again. Then
     * {@code current} is switched to it by one atomic rename, and what a crash may have left is
     * removed: other stores (older releases, interrupted loads) and a stray new link. Nothing is
     * renamed but the link, so no open store moves under its readers; at every instant
     * {@code current} names a complete store once there has been one.
     */
    public static Path loadIfStale(Path releaseDir, Path storeRoot, IriMinter iris, FusekiConfiguration config) {
        return loadIfStale(releaseDir, storeRoot, iris, config, step -> { });
    }

    /** With a hook told each step before it is taken (tests inject crashes there). */
    static Path loadIfStale(Path releaseDir, Path storeRoot, IriMinter iris, FusekiConfiguration config,
            Consumer<String> steps) {
        // the release and the text index's definition (an index built with other analyzers is rebuilt)
        String releaseId = org.coldwar.source.Sha256.hex(org.coldwar.source.Sha256.digest().digest(
                (Checksums.sha256(releaseDir.resolve(Checksums.FILE_NAME)) + " " + config.indexDefinition())
                        .getBytes(StandardCharsets.US_ASCII))).substring(0, 16);
        Path store = storeRoot.resolve(releaseId);
        if (!Files.exists(store.resolve(MARKER))) {
            steps.accept("wipe");
            Directories.deleteRecursively(store);
            load(releaseDir, store, iris, config, steps);
            steps.accept("mark");
            try {
                Files.writeString(store.resolve(MARKER), releaseId, StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot mark the store " + store + " complete", e);
            }
        }
        pointCurrentAt(storeRoot, store, steps);
        steps.accept("prune");
        removeOtherStores(storeRoot, store);
        return store;
    }

    private static void load(Path releaseDir, Path store, IriMinter iris, FusekiConfiguration config, Consumer<String> steps) {
        Dataset dataset = config.withStore(store).assembleDataset();
        try {
            steps.accept("load");
            if (dataset.asDatasetGraph() instanceof DatasetGraphText text) {
                bulkLoad(text.getBase(), releaseDir, iris);
                steps.accept("index");
                index(text);
            } else {
                bulkLoad(dataset.asDatasetGraph(), releaseDir, iris);
            }
        } finally {
            dataset.close();
        }
    }

    /**
     * Loads the release into the TDB2 store with Jena's phased bulk loader (which builds the
     * indexes one after another, not statement by statement in one transaction).
     */
    private static void bulkLoad(DatasetGraph tdb2, Path releaseDir, IriMinter iris) {
        DataLoader loader = LoaderFactory.phasedLoader(tdb2, (format, args) -> { });
        loader.startBulk();
        try {
            StreamRDF stream = loader.stream();
            // one start and one finish for the three files: the loader's stream is one batch
            stream.start();
            StreamRDF sink = new StreamRDFWrapper(stream) {
                @Override
                public void start() {
                }

                @Override
                public void finish() {
                }
            };
            parseGzip(releaseDir.resolve(DumpFormat.NQUADS.fileName()), sink);
            RDFParser.source(releaseDir.resolve(ReleaseBuilder.VOID_FILE)).lang(Lang.TURTLE)
                    .parse(intoGraph(sink, voidGraph(iris)));
            RDFParser.source(releaseDir.resolve(ReleaseBuilder.ONTOLOGY_FILE)).lang(Lang.TURTLE)
                    .parse(intoGraph(sink, ontologyGraph(iris)));
            stream.finish();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        loader.finishBulk();
    }

    /**
     * Builds the text index from the loaded store as Jena's {@code textindexer} does: every quad
     * of an indexed property, as one Lucene entity, committed once.
     */
    private static void index(DatasetGraphText text) {
        TextIndex index = text.getTextIndex();
        EntityDefinition definition = index.getDocDef();
        DatasetGraph base = text.getBase();
        // in a write transaction of the text dataset, as textindexer does: its commit commits the index
        Txn.executeWrite(text, () -> {
            // a set: fields() names a field once per predicate mapped to it
            java.util.Set<Node> properties = new java.util.LinkedHashSet<>();
            for (String field : definition.fields()) {
                properties.addAll(definition.getPredicates(field));
            }
            for (Node property : properties) {
                base.find(Node.ANY, Node.ANY, property, Node.ANY).forEachRemaining(quad -> {
                    Entity entity = TextQueryFuncs.entityFromQuad(definition, quad);
                    if (entity != null) {
                        index.addEntity(entity);
                    }
                });
            }
            index.commit();
        });
    }

    /**
     * Points {@code <storeRoot>/current} at the loaded store, so that the locations written in
     * {@code fuseki-config/coldwar.ttl} ({@code dist.tdb2/current/...}) reach it from a stock Fuseki.
     */
    private static void pointCurrentAt(Path storeRoot, Path store, Consumer<String> steps) {
        Path current = storeRoot.resolve(CURRENT);
        Path link = storeRoot.resolve(CURRENT + ".link");
        try {
            // a new link renamed over the old one: there is a current store at every instant
            Files.deleteIfExists(link);  // a crash's leftover
            if (Files.isSymbolicLink(current) && store.getFileName().equals(Files.readSymbolicLink(current))) {
                return;
            }
            steps.accept("create-link");
            Files.createSymbolicLink(link, store.getFileName());
            steps.accept("rename-link");
            Files.move(link, current, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UnsupportedOperationException e) {
            // no symbolic links here: a stock Fuseki must then be pointed at the store by hand
        }
    }

    private static void removeOtherStores(Path storeRoot, Path keep) {
        try (Stream<Path> stores = Files.list(storeRoot)) {
            for (Path other : stores.filter(p -> !p.equals(keep) && isStoreDirectory(p)).toList()) {
                try {
                    Directories.deleteRecursively(other);
                } catch (UncheckedIOException e) {
                    // still open elsewhere: removed on a later load
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only directories this loader made (named by a release id) are ever removed. */
    private static boolean isStoreDirectory(Path path) {
        return Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && path.getFileName().toString().matches("[0-9a-f]{16}");
    }

    private static StreamRDF intoGraph(StreamRDF sink, Node graph) {
        return new StreamRDFWrapper(sink) {
            @Override
            public void triple(org.apache.jena.graph.Triple triple) {
                other.quad(Quad.create(graph, triple));
            }

            @Override
            public void start() {
            }

            @Override
            public void finish() {
            }
        };
    }

    private static void parseGzip(Path file, StreamRDF sink) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
