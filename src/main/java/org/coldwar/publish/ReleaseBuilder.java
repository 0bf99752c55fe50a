package org.coldwar.publish;

import org.coldwar.Futures;
import org.coldwar.Resources;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.coldwar.map.BuildInfo;
import org.coldwar.map.DatasetAssembler;
import org.coldwar.map.IriMinter;
import org.coldwar.map.StageCache;
import org.coldwar.problem.InvalidDataException;
import org.coldwar.problem.Location;
import org.coldwar.problem.Problem;
import org.coldwar.source.Sha256;
import org.apache.jena.shacl.ValidationReport;
import org.coldwar.validate.MergedEntityCheck;
import org.coldwar.validate.PartwiseValidation;
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

    /** Statements each external sort holds before it writes a run (two buffers each while one is written). */
    private static final int SORT_BUFFER = 250_000;

    private final Path seedsDir;
    private final String shownSeedsDir;
    private final IriMinter iris;
    private final String endpoint;
    private final BuildInfo buildInfo;
    private final ShaclGate gate;
    private final int batchQuads = PartwiseValidation.DEFAULT_BATCH_QUADS;
    private volatile StageTimes stageTimes = new StageTimes();
    private volatile int sourcesValidated;

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

    /**
     * What validation found, with where each resource came from and how many distinct triples the
     * merged graph of the seeds holds.
     */
    public record Validated(long triples, DatasetAssembler.Assembly assembly, ShaclGate.Outcome outcome) {
    }

    /**
     * Maps and validates the seeds as a build does, writing nothing but temporary sorted runs:
     * sources a batch at a time ({@link PartwiseValidation}), then every entity whole from the
     * sorted triples ({@link MergedEntityCheck}). Memory is bounded as a build's is.
     */
    public Validated assembleAndValidate() {
        Path work;
        try {
            work = Files.createTempDirectory("coldwar-validate");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (ExternalSort<Triple> triples = new ExternalSort<>(work, "triples", SORT_BUFFER, ExternalSort.TRIPLES)) {
            PartwiseValidation validation = new PartwiseValidation(gate, batchQuads);
            DatasetAssembler.Assembly assembly = new DatasetAssembler(seedsDir, shownSeedsDir, iris, buildInfo, false)
                    .assemble(new StreamRDFBase() {
                        @Override
                        public void quad(Quad quad) {
                            triples.add(quad.asTriple());
                        }
                    }, StageCache.none(), validation);
            ShaclGate.Outcome batches = validation.finish();
            MergedEntityCheck entities = new MergedEntityCheck(gate, assembly.provenance());
            entities.start();
            long distinct = 0;
            for (java.util.Iterator<Triple> sorted = triples.sorted(); sorted.hasNext(); distinct++) {
                entities.triple(sorted.next());
            }
            entities.finish();
            return new Validated(distinct, assembly, withEntityCheck(batches, entities));
        } finally {
            Directories.deleteRecursively(work);
        }
    }

    /** The batches' outcome with the whole-entity check's violations added, as a build gives them. */
    private static ShaclGate.Outcome withEntityCheck(ShaclGate.Outcome batches, MergedEntityCheck entities) {
        if (entities.problems().isEmpty()) {
            return batches;
        }
        ValidationReport.Builder report = ValidationReport.create();
        batches.report().getEntries().forEach(report::addReportEntry);
        entities.entries().forEach(report::addReportEntry);
        List<Problem> problems = new ArrayList<>(batches.problems());
        problems.addAll(entities.problems());
        return new ShaclGate.Outcome(report.build(), problems);
    }

    /**
     * Builds, validates and publishes into {@code target}. Nothing is swapped in unless the graph
     * conforms and every dump reads back whole.
     */
    public Release build(ReleaseDirectory target) {
        return build(target, ProgressListener.NONE);
    }

    /**
     * As {@link #build(ReleaseDirectory)}, telling {@code progress} each stage as it begins. The
     * build streams: sources are mapped one at a time (or taken from the stage cache) and
     * validated a batch at a time ({@link PartwiseValidation}) while their quads go into two
     * external sorts (quads; the merged graph's triples), from which the six dumps are written in
     * one pass each family, on two threads, then read back by RDF4J. Memory holds the shared
     * part, one batch and the sorts' buffers, whatever the number of sources.
     */
    public Release build(ReleaseDirectory target, ProgressListener progress) {
        StageTimes times = new StageTimes();
        stageTimes = times;
        Path staging = target.stage();
        Path work = staging.resolve(".sort");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (ExternalSort<Quad> quads = new ExternalSort<>(work, "quads", SORT_BUFFER, ExternalSort.QUADS);
                ExternalSort<Triple> triples = new ExternalSort<>(work, "triples", SORT_BUFFER, ExternalSort.TRIPLES)) {
            Files.createDirectories(work);
            progress.stage(1, 3, "reading, mapping and validating " + shownSeedsDir);
            StageCache cache = StageCache.at(target.stageCache(), gate.fingerprint());
            PartwiseValidation validation = new PartwiseValidation(gate, batchQuads);
            PrefixMap prefixes = PrefixMapFactory.create();
            StreamRDF sorting = new StreamRDFBase() {
                @Override
                public void prefix(String prefix, String iri) {
                    prefixes.add(prefix, iri);
                }

                @Override
                public void quad(Quad quad) {
                    quads.add(quad);
                    triples.add(quad.asTriple());
                }
            };
            DatasetAssembler.Assembly assembly = times.time("assemble and validate", () -> new DatasetAssembler(
                    seedsDir, shownSeedsDir, iris, buildInfo, true).assemble(sorting, cache, validation));
            ShaclGate.Outcome outcome = validation.finish();
            writeGraph(outcome.report().getGraph(), staging.resolve(REPORT_FILE));
            if (!outcome.conforms()) {
                Path failed = target.abandon(staging);
                List<Problem> problems = new ArrayList<>(outcome.problems());
                problems.add(Problem.at(Location.of(failed.resolve(REPORT_FILE).toString()),
                        "the release was not built; the previous one is untouched; SHACL report written"));
                throw new InvalidDataException(problems);
            }
            addDataPrefixes(prefixes);
            progress.stage(2, 3, String.format(java.util.Locale.ROOT,
                    "writing %d dumps of %,d statements (%,d claims in %d sources, %d validation batch%s)",
                    DumpFormat.values().length, quads.added(), assembly.claims(), assembly.sources().size(),
                    validation.batches(), validation.batches() == 1 ? "" : "es"));
            sourcesValidated = validation.sourcesValidated();
            ReleaseStatistics stats = new ReleaseStatistics();
            MergedEntityCheck entityCheck = new MergedEntityCheck(gate, assembly.provenance());
            Map<String, String> sums = new ConcurrentHashMap<>();
            Future<Long> quadDumps = pool.submit(() -> times.time("write quad dumps (sort, N-Quads, TriG, JSON-LD)",
                    () -> writeDumps(quads.sorted(), prefixes, staging, true, List.of(), sums)));
            Future<Long> tripleDumps = pool.submit(() -> times.time(
                    "write triple dumps (sort, N-Triples, Turtle, RDF/XML; statistics, entities checked whole)",
                    () -> writeDumps(triples.sorted(), prefixes, staging, false, List.of(stats, entityCheck), sums)));
            long quadCount = Futures.await(quadDumps, "writing the quad dumps");
            long tripleCount = Futures.await(tripleDumps, "writing the triple dumps");
            Directories.deleteRecursively(work);
            if (!entityCheck.problems().isEmpty()) {
                writeGraph(withEntityCheck(outcome, entityCheck).report().getGraph(), staging.resolve(REPORT_FILE));
                Path failed = target.abandon(staging);
                List<Problem> problems = new ArrayList<>(entityCheck.problems());
                problems.add(Problem.at(Location.of(failed.resolve(REPORT_FILE).toString()),
                        "the release was not built; the previous one is untouched; SHACL report written"));
                throw new InvalidDataException(problems);
            }
            List<Future<?>> readBacks = new ArrayList<>();
            for (DumpFormat format : DumpFormat.inWritingOrder()) {
                if (format == DumpFormat.TURTLE) {
                    continue;  // proven by the TriG dump's parse (countStatements)
                }
                readBacks.add(pool.submit(() -> readBack(staging.resolve(format.fileName()), format,
                        format.quads() ? quadCount : tripleCount, times)));
            }
            for (Future<?> readBack : readBacks) {
                Futures.await(readBack, "reading a dump back");
            }
            progress.stage(3, 3, "describing the release and swapping it in");
            long describeStart = System.nanoTime();
            copySources(assembly.sources(), staging);
            copyResource("/ontology/coldwar.ttl", staging.resolve(ONTOLOGY_FILE));
            copyResource("/ontology/" + CONTEXT_FILE, staging.resolve(CONTEXT_FILE));
            writeGraph(DatasetDescription.describe(stats, iris, endpoint, buildInfo.startedAt(), staging, sums),
                    staging.resolve(VOID_FILE));
            Checksums.writeSums(staging, sums);
            target.commit(staging);
            cache.retainOnly(assembly.cacheKeys());
            cache.markValidated(assembly.cacheKeys());
            stageTimesAdd(times, "describe, checksums, commit", describeStart);
            return new Release(target.target(), assembly.claims(), stats.publishedEntities(), quadCount, tripleCount,
                    assembly.sources().size(), assembly.sourcesReused(), assembly.notices());
        } catch (IOException e) {
            pool.shutdownNow();
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
     * Writes the three dumps of one family from its sorted, distinct statements, in one pass;
     * returns how many statements each holds and puts each dump's SHA-256, taken as it was
     * written, into {@code sums} by file name. The statements also go to {@code alsoTo}.
     */
    private static <T> long writeDumps(java.util.Iterator<T> sorted, PrefixMap prefixes, Path staging,
            boolean quadFamily, List<StreamRDF> alsoTo, Map<String, String> sums) {
        List<DumpFormat> formats = java.util.Arrays.stream(DumpFormat.values()).filter(f -> f.quads() == quadFamily)
                .toList();
        List<OutputStream> outputs = new ArrayList<>();
        List<MessageDigest> digests = new ArrayList<>();
        try {
            List<StreamRDF> sinks = new ArrayList<>();
            for (DumpFormat format : formats) {
                MessageDigest digest = Sha256.digest();
                OutputStream out = DumpWriter.open(staging.resolve(format.fileName()), format.gzipped(), digest);
                outputs.add(out);
                digests.add(digest);
                sinks.add(DumpWriter.sink(format, out));
            }
            sinks.addAll(alsoTo);
            for (StreamRDF sink : sinks) {
                sink.start();
                prefixes.forEach(sink::prefix);
            }
            long count = 0;
            while (sorted.hasNext()) {
                T statement = sorted.next();
                for (StreamRDF sink : sinks) {
                    if (statement instanceof Quad quad) {
                        sink.quad(quad);
                    } else {
                        sink.triple((Triple) statement);
                    }
                }
                count++;
            }
            sinks.forEach(StreamRDF::finish);
            for (int i = 0; i < formats.size(); i++) {
                outputs.get(i).close();
                sums.put(formats.get(i).fileName(), HexFormat.of().formatHex(digests.get(i).digest()));
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks that RDF4J reads back as many statements as were written into {@code file}. */
    private static void readBack(Path file, DumpFormat format, long expected, StageTimes times) {
        long parsed = times.time("read back " + format.fileName(), () -> countStatements(file, format));
        if (parsed != expected) {
            throw new IllegalStateException("RDF4J reads " + parsed + " statements from " + format.fileName()
                    + " but " + expected + " were written");
        }
    }

    private static void stageTimesAdd(StageTimes times, String name, long startNanos) {
        times.add(name, (System.nanoTime() - startNanos) / 1_000_000);
    }

    /**
     * How many sources' parts the last {@link #build} validated (the others came from the stage
     * cache having passed the gate in a published build before).
     */
    public int sourcesValidated() {
        return sourcesValidated;
    }

    /** The wall time of each stage of the last {@link #build} (begun or finished) on this builder. */
    public StageTimes stageTimes() {
        return stageTimes;
    }

    /**
     * The statements of a written dump, as RDF4J parses them: one streaming parse per syntax family.
     * N-Triples and N-Quads are one family (the same RIOT line writer; RDF4J's N-Quads parser is its
     * N-Triples parser with a graph term), so RDF4J parses the N-Quads dump and the N-Triples dump,
     * one statement per line, is counted by its lines. Turtle and TriG are one family (the same RIOT
     * block writer; RDF4J's TriG parser is its Turtle parser with graphs), and the TriG dump holds
     * every subject, predicate and object of the Turtle one, so RDF4J parses the TriG dump only and
     * the Turtle dump is not read again (the build does not read it back).
     * <p>
     * Every dump holds the same IRIs (the triples' terms are the quads' terms), so each is checked
     * against RFC 3987 once, in the N-Quads dump, where every IRI is written whole; the other parses
     * check that each IRI they give is absolute, which catches a dump whose syntax left one
     * relative (JSON-LD, RDF/XML).
     */
    private static long countStatements(Path file, DumpFormat format) {
        if (format == DumpFormat.NTRIPLES) {
            return Rdf4jReadBack.countLines(file, format);
        }
        return Rdf4jReadBack.countStatements(file, format, format == DumpFormat.NQUADS
                ? Rdf4jReadBack.IriCheck.RFC_3987 : Rdf4jReadBack.IriCheck.ABSOLUTE);
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

    private void addDataPrefixes(PrefixMap prefixes) {
        prefixes.add("entity", iris.base() + "entity/");
        prefixes.add("claim", iris.base() + "claim/");
        prefixes.add("source", iris.base() + "source/");
        prefixes.add("graph", iris.base() + "graph/");
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
