package org.coldwar.publish;

import org.coldwar.Resources;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.coldwar.map.BuildInfo;
import org.coldwar.map.DatasetAssembler;
import org.coldwar.map.IriMinter;
import org.coldwar.map.StageCache;
import org.coldwar.problem.InvalidDataException;
import org.coldwar.problem.Location;
import org.coldwar.problem.Problem;
import org.coldwar.validate.ShaclGate;

/**
 * The whole pipeline: seeds -> RDF -> SHACL gate -> dumps read back by RDF4J -> VoID/DCAT ->
 * checksums, written into a staging directory and swapped in atomically. If the data are
 * invalid the previous release stays as it was and an {@link InvalidDataException} lists why.
 */
public final class ReleaseBuilder {

    /** Files of a release besides the dumps. */
    public static final String ONTOLOGY_FILE = "ontology.ttl";
    public static final String CONTEXT_FILE = "context.jsonld";
    public static final String VOID_FILE = "void.ttl";
    public static final String REPORT_FILE = "validation-report.ttl";

    private final Path seedsDir;
    private final String shownSeedsDir;
    private final IriMinter iris;
    private final String endpoint;
    private final BuildInfo buildInfo;
    private final ShaclGate gate;
    private volatile StageTimes stageTimes = new StageTimes();

    /**
     * @param endpoint the SPARQL endpoint the description advertises ({@code void:sparqlEndpoint})
     */
    public ReleaseBuilder(Path seedsDir, String shownSeedsDir, IriMinter iris, String endpoint, BuildInfo buildInfo) {
        this(seedsDir, shownSeedsDir, iris, endpoint, buildInfo, ShaclGate.standard());
    }

    /** As above, validating with {@code gate} instead of the shapes of {@code shapes/}. */
    public ReleaseBuilder(Path seedsDir, String shownSeedsDir, IriMinter iris, String endpoint, BuildInfo buildInfo,
            ShaclGate gate) {
        this.seedsDir = seedsDir;
        this.shownSeedsDir = shownSeedsDir;
        this.iris = iris;
        this.endpoint = endpoint;
        this.buildInfo = buildInfo;
        this.gate = gate;
    }

    /** The validated dataset and where each of its resources came from. */
    public record Validated(DatasetGraph dataset, DatasetAssembler.Assembly assembly, ShaclGate.Outcome outcome) {
    }

    /** Builds the dataset in memory and validates it; writes nothing. */
    public Validated assembleAndValidate() {
        Assembled assembled = assemble(false);
        return new Validated(assembled.dataset(), assembled.assembly(), validate(assembled));
    }

    /** The dataset as mapped from the seeds, not yet validated. */
    private record Assembled(DatasetGraph dataset, DatasetAssembler.Assembly assembly) {
    }

    /** @param writeReviews whether to (re)write the seeds' review files, as a build does */
    private Assembled assemble(boolean writeReviews) {
        return assemble(writeReviews, StageCache.none());
    }

    /** @param cache where sources' stage outputs are reused from and stored */
    private Assembled assemble(boolean writeReviews, StageCache cache) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        DatasetAssembler.Assembly assembly = new DatasetAssembler(seedsDir, shownSeedsDir, iris, buildInfo,
                writeReviews).assemble(StreamRDFLib.dataset(dataset), cache);
        return new Assembled(dataset, assembly);
    }

    private ShaclGate.Outcome validate(Assembled assembled) {
        return validate(assembled, assembled.dataset().getUnionGraph());
    }

    /** @param merged the merge of the assembled dataset's graphs (or a view of it) */
    private ShaclGate.Outcome validate(Assembled assembled, Graph merged) {
        return gate.validate(merged, assembled.assembly().provenance());
    }

    /**
     * Builds, validates and publishes into {@code target}. Validation and the dumps (each written
     * and read back) run side by side on two threads, into the staging directory; nothing is
     * swapped in unless the graph conforms and every dump reads back whole.
     */
    public Release build(ReleaseDirectory target) {
        return build(target, ProgressListener.NONE);
    }

    /** As {@link #build(ReleaseDirectory)}, telling {@code progress} each stage as it begins. */
    public Release build(ReleaseDirectory target, ProgressListener progress) {
        StageTimes times = new StageTimes();
        stageTimes = times;
        progress.stage(1, 3, "reading and mapping " + shownSeedsDir);
        StageCache cache = StageCache.at(target.stageCache());
        Assembled assembled = times.time("assemble", () -> assemble(true, cache));
        DatasetGraph dataset = assembled.dataset();
        addDataPrefixes(dataset);
        long quads = times.time("count", () -> dataset.stream().count());
        Graph merged = times.time("merge", () -> DumpWriter.merge(dataset));
        long triples = merged.size();
        progress.stage(2, 3, String.format(java.util.Locale.ROOT, "validating %,d quads (%,d claims) and writing %d dumps",
                quads, assembled.assembly().claims(), DumpFormat.values().length));
        Path staging = target.stage();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Map<String, String> sums = new ConcurrentHashMap<>();
        try {
            Future<ShaclGate.Outcome> validation = pool.submit(() -> times.time("shacl", () -> validate(assembled, merged)));
            DumpWriter writer = new DumpWriter(JsonLdDumpWriter.withPackagedContext());
            List<Future<?>> dumps = new ArrayList<>();
            for (DumpFormat format : DumpFormat.inWritingOrder()) {
                dumps.add(pool.submit(() -> sums.put(format.fileName(), writeAndReadBack(writer, dataset, merged, format,
                        staging.resolve(format.fileName()), format.quads() ? quads : triples, times))));
            }
            ShaclGate.Outcome outcome = await(validation);
            writeGraph(outcome.report().getGraph(), staging.resolve(REPORT_FILE));
            if (!outcome.conforms()) {
                dumps.forEach(f -> f.cancel(true));
                pool.shutdownNow();
                awaitQuietly(pool);
                Path failed = target.abandon(staging);
                List<Problem> problems = new ArrayList<>(outcome.problems());
                problems.add(Problem.at(Location.of(failed.resolve(REPORT_FILE).toString()),
                        "the release was not built; the previous one is untouched; SHACL report written"));
                throw new InvalidDataException(problems);
            }
            for (Future<?> dump : dumps) {
                await(dump);
            }
            progress.stage(3, 3, "describing the release and swapping it in");
            long describeStart = System.nanoTime();
            copySources(assembled.assembly().sources(), staging);
            copyResource("/ontology/coldwar.ttl", staging.resolve(ONTOLOGY_FILE));
            copyResource("/ontology/" + CONTEXT_FILE, staging.resolve(CONTEXT_FILE));
            writeGraph(DatasetDescription.describe(dataset, iris, endpoint, buildInfo.startedAt(), staging, sums),
                    staging.resolve(VOID_FILE));
            Checksums.writeSums(staging, sums);
            target.commit(staging);
            cache.retainOnly(assembled.assembly().cacheKeys());
            stageTimesAdd(times, "describe, checksums, commit", describeStart);
            Graph union = merged;
            long entities = union.find(null, SKOS.prefLabel.asNode(), null).mapWith(t -> t.getSubject())
                    .filterDrop(s -> union.contains(s, org.coldwar.vocab.CW.reviewStatus,
                            org.coldwar.vocab.CW.term("Proposed")))
                    .toSet().size();
            return new Release(target.target(), assembled.assembly().claims(), entities, quads, triples,
                    assembled.assembly().sources().size(), assembled.assembly().sourcesReused(),
                    assembled.assembly().notices());
        } catch (IOException e) {
            target.abandon(staging);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            pool.shutdownNow();
            awaitQuietly(pool);
            if (Files.exists(staging)) {
                target.abandon(staging);
            }
            throw e;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Writes one dump and checks that RDF4J reads back as many statements as Jena wrote; returns
     * the dump's SHA-256.
     */
    private static String writeAndReadBack(DumpWriter writer, DatasetGraph dataset, Graph merged, DumpFormat format,
            Path file, long expected, StageTimes times) {
        times.time("write " + format.fileName(), () -> writer.write(dataset, merged, format, file));
        long parsed = times.time("read back " + format.fileName(), () -> countStatements(file, format));
        if (parsed != expected) {
            throw new IllegalStateException("RDF4J reads " + parsed + " statements from " + format.fileName()
                    + " but Jena wrote " + expected);
        }
        return Checksums.sha256(file);
    }

    private static void stageTimesAdd(StageTimes times, String name, long startNanos) {
        times.add(name, (System.nanoTime() - startNanos) / 1_000_000);
    }

    /** The wall time of each stage of the last {@link #build} (begun or finished) on this builder. */
    public StageTimes stageTimes() {
        return stageTimes;
    }

    /**
     * The statements of a written dump, as RDF4J parses them: one streaming parse per syntax family.
     * N-Triples and N-Quads are one family (the same RIOT line writer; RDF4J's N-Quads parser is its
     * N-Triples parser with a graph term), so RDF4J parses the N-Quads dump and the N-Triples dump,
     * one statement per line, is counted by its lines. Turtle and TriG are both parsed: their
     * contents differ (merged versus named graphs) and a parse is the only count of a pretty syntax.
     */
    private static long countStatements(Path file, DumpFormat format) {
        if (format == DumpFormat.NTRIPLES) {
            return Rdf4jReadBack.countLines(file, format);
        }
        return Rdf4jReadBack.countStatements(file, format);
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The source texts are part of the release: passages' offsets refer to these bytes. A TEI
     * source publishes its derived plain text and its TEI file (where XPath selectors point).
     */
    private void copySources(List<org.coldwar.source.SourceDocument> sources, Path staging) throws IOException {
        for (org.coldwar.source.SourceDocument source : sources) {
            if (source.tei().isPresent()) {
                Files.writeString(staging.resolve(source.fileName()), source.text(),
                        java.nio.charset.StandardCharsets.UTF_8);
                String xml = source.tei().get().xmlFileName();
                Files.copy(seedsDir.resolve(xml), staging.resolve(xml));
            } else {
                Files.copy(seedsDir.resolve(source.fileName()), staging.resolve(source.fileName()));
            }
        }
    }

    private void addDataPrefixes(DatasetGraph dataset) {
        dataset.prefixes().add("entity", iris.base() + "entity/");
        dataset.prefixes().add("claim", iris.base() + "claim/");
        dataset.prefixes().add("source", iris.base() + "source/");
        dataset.prefixes().add("graph", iris.base() + "graph/");
    }

    private static void writeGraph(Graph graph, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, graph, RDFFormat.TURTLE_PRETTY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyResource(String resource, Path file) {
        try {
            Files.write(file, classpathBytes(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] classpathBytes(String resource) {
        return Resources.bytes(ReleaseBuilder.class, resource);
    }
}
