package org.coldwar.map;

import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.coldwar.extract.AuthorityFile;
import org.coldwar.extract.CitationCatalog;
import org.coldwar.extract.RelativeDateCheck;
import org.coldwar.problem.Problem;
import org.coldwar.source.SourceDocument;
import org.coldwar.extract.ClaimReader;
import org.coldwar.extract.Entity;
import org.coldwar.problem.Problems;
import org.coldwar.source.SeedFiles;
import org.coldwar.source.SourceCatalog;
import org.coldwar.vocab.Ontology;

/**
 * The front half of the pipeline: seeds -> sources -> entities -> citations -> claims -> located
 * claims (relative dates checked) -> RDF,
 * pushed as quads into a {@link StreamRDF}. Problems in any row are all reported before the run
 * fails with an {@link org.coldwar.problem.InvalidDataException}; what was already emitted must
 * then be discarded by the caller.
 */
public final class DatasetAssembler {

    private final Path seedsDir;
    private final String shownDir;
    private final IriMinter iris;
    private final BuildInfo buildInfo;
    private final boolean writeReviews;

    /**
     * @param shownDir how the seeds directory is named in messages, e.g. {@code seeds}
     */
    public DatasetAssembler(Path seedsDir, String shownDir, IriMinter iris, BuildInfo buildInfo) {
        this(seedsDir, shownDir, iris, buildInfo, false);
    }

    /**
     * @param writeReviews whether to write each source's review file ({@code review/<stem>.csv}
     *     in the seeds) with the machine's proposals and the decisions already made; a build does,
     *     a validation or a link check does not
     */
    public DatasetAssembler(Path seedsDir, String shownDir, IriMinter iris, BuildInfo buildInfo, boolean writeReviews) {
        this.seedsDir = seedsDir;
        this.shownDir = shownDir;
        this.iris = iris;
        this.buildInfo = buildInfo;
        this.writeReviews = writeReviews;
    }

    /**
     * What the run produced besides the quads.
     *
     * @param cacheKeys the keys of the stage outputs the run used or stored, for
     *     {@link StageCache#retainOnly}; empty without a cache
     * @param sourcesReused how many sources were taken from the cache instead of mapped
     */
    public record Assembly(ProvenanceIndex provenance, int claims, java.util.List<SourceDocument> sources,
            java.util.List<String> notices, java.util.List<String> cacheKeys, int sourcesReused) {
    }

    /**
     * Receives the assembled quads a part at a time, as they are emitted: first the shared part
     * (sources' descriptions, entities, links, citations, the build), with the provenance of its
     * resources, then each source's part with the provenance of its own. The lists are the
     * receiver's to keep or drop; the quads also went to the assembler's output.
     */
    public interface Parts {

        /** No receiver: {@link Assembly#provenance()} then keeps every part's provenance. */
        Parts NONE = new Parts() {
            @Override
            public void shared(java.util.List<Quad> quads, ProvenanceIndex provenance) {
            }

            @Override
            public void source(SourceDocument source, java.util.List<Quad> quads, ProvenanceIndex provenance) {
            }
        };

        void shared(java.util.List<Quad> quads, ProvenanceIndex provenance);

        void source(SourceDocument source, java.util.List<Quad> quads, ProvenanceIndex provenance);

        /**
         * As {@link #source(SourceDocument, java.util.List, ProvenanceIndex)}, saying whether this
         * very part (from the stage cache) passed the gate in a published build before.
         */
        default void source(SourceDocument source, java.util.List<Quad> quads, ProvenanceIndex provenance,
                boolean validatedBefore) {
            source(source, quads, provenance);
        }
    }

    /** Maps every input into {@code out}, mapping every source anew. */
    public Assembly assemble(StreamRDF out) {
        return assemble(out, StageCache.none(), Parts.NONE);
    }

    /**
     * Maps the shared inputs (sources' descriptions, entities, links, citations, the build), then
     * each source with its {@link SourceStage} (or from {@code cache} when its inputs are
     * unchanged), then checks relative dates across all sources. Each part is also given to
     * {@code parts}; unless that is {@link Parts#NONE}, the assembly's provenance covers the
     * shared part only (each source's went with its part), so that memory does not grow with the
     * sources.
     */
    public Assembly assemble(StreamRDF emitted, StageCache cache, Parts parts) {
        PartRecorder out = new PartRecorder(emitted, parts != Parts.NONE);
        SeedFiles.check(seedsDir, shownDir);
        Ontology ontology = Ontology.get();
        SourceCatalog sources = SourceCatalog.load(seedsDir, shownDir);
        AuthorityFile authority = AuthorityFile.load(seedsDir, shownDir, ontology, sources.documents());
        ProvenanceIndex provenance = new ProvenanceIndex();
        Problems problems = new Problems();

        out.start();
        ontology.graph().getPrefixMapping().getNsPrefixMap().forEach(out::prefix);
        SourceMapper sourceMapper = new SourceMapper(iris, out, provenance);
        sources.documents().forEach(sourceMapper::map);
        EntityMapper entityMapper = new EntityMapper(iris, out, provenance);
        for (Entity entity : authority.entities()) {
            entityMapper.map(entity, authority.linksOf(entity.id()));
        }
        String inputsHash = InputsHash.of(seedsDir, buildInfo.softwareVersion());
        Node build = new BuildMapper(iris, out).map(buildInfo, inputsHash, sources.documents());
        checkAuthors(sources, authority, ontology, problems);
        CitationCatalog citations = CitationCatalog.load(seedsDir, shownDir, sources, authority);
        new ClaimMapper(iris, out, sources, citations, build, provenance, problems).mapCitations();
        Node extraction = new ExtractionMapper(iris, out).map(inputsHash, build, buildInfo.softwareVersion());
        new ClaimReader(sources, authority, citations, ontology, problems).files(seedsDir, shownDir);
        MachineReading machine = new MachineReading(seedsDir, shownDir, authority);
        java.util.List<String> notices = machine.prepare(writeReviews);
        SourceStage stage = new SourceStage(seedsDir, shownDir, iris, ontology, sources, authority, citations, machine,
                writeReviews);
        parts.shared(out.take(), provenance);
        StreamRDF swapped = new NodeSwap(out, java.util.Map.of(SourceStage.BUILD, build, SourceStage.EXTRACTION,
                extraction));
        String shared = cache.enabled()
                ? cache.sharedFingerprint(buildInfo.softwareVersion(), iris, shownDir, seedsDir, authority) : null;
        RelativeDateCheck.Facts dates = new RelativeDateCheck.Facts();
        int claims = 0;
        int reused = 0;
        java.util.List<String> keys = new java.util.ArrayList<>();
        try (StagesAhead ahead = new StagesAhead(sources.documents(),
                source -> produce(stage, source, cache, shared, machine.writesReviews()))) {
            for (SourceDocument source : sources.documents()) {
                Produced produced = ahead.next();
                produced.quads().forEach(swapped::quad);
                problems.addAll(produced.problems());
                produced.key().ifPresent(keys::add);
                SourceStage.Output output = produced.output();
                reused += output.fromCache() ? 1 : 0;
                claims += output.claims();
                dates.addAll(output.dates());
                if (parts == Parts.NONE) {
                    provenance.addAll(output.provenance());
                } else {
                    parts.source(source, out.take(), output.provenance(), output.validatedBefore());
                }
            }
        }
        RelativeDateCheck.check(dates, problems);
        out.finish();
        problems.throwIfAny();
        return new Assembly(provenance, claims, java.util.List.copyOf(sources.documents()), notices,
                java.util.List.copyOf(keys), reused);
    }

    /**
     * One source's stage, run ahead of its turn: its quads (with the placeholders), its output,
     * the problems it reported and its stage-cache key (none without a cache).
     */
    record Produced(java.util.List<Quad> quads, SourceStage.Output output, Problems problems,
            java.util.Optional<String> key) {
    }

    /**
     * The source's stage output from the cache, or from the stage (then stored, if it had no
     * problem); without a cache ({@code sharedFingerprint} null), from the stage. Runs on the
     * stage thread ({@link StagesAhead}): it touches nothing the consuming thread does.
     */
    private Produced produce(SourceStage stage, SourceDocument source, StageCache cache, String sharedFingerprint,
            boolean writesReviews) {
        java.util.List<Quad> recorded = new java.util.ArrayList<>();
        StreamRDF recorder = new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                recorded.add(quad);
            }

            @Override
            public void triple(org.apache.jena.graph.Triple triple) {
                quad(Quad.create(Quad.defaultGraphIRI, triple));
            }
        };
        Problems problems = new Problems();
        if (sharedFingerprint == null) {
            return new Produced(recorded, stage.run(source, recorder, problems), problems, java.util.Optional.empty());
        }
        java.nio.file.Path reviewFile = MachineReading.reviewFileOf(seedsDir, source);
        String key = StageCache.key(sharedFingerprint, source, ClaimReader.fileOf(seedsDir, source.stem()), reviewFile);
        java.util.Optional<SourceStage.Output> cached = cache.replay(key, recorder);
        if (cached.isPresent()) {
            if (writesReviews) {
                cache.review(key).ifPresent(review -> restore(reviewFile, review));
            }
            return new Produced(recorded, cached.get().reused(cache.validated(key)), problems,
                    java.util.Optional.of(key));
        }
        recorded.clear();
        SourceStage.Output output = stage.run(source, recorder, problems);
        if (problems.count() == 0) {
            cache.store(key, recorded, output, writesReviews ? read(reviewFile) : java.util.Optional.empty());
        }
        return new Produced(recorded, output, problems, java.util.Optional.of(key));
    }

    private static java.util.Optional<byte[]> read(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.isRegularFile(file) ? java.util.Optional.of(java.nio.file.Files.readAllBytes(file))
                    : java.util.Optional.empty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Writes a reused source's review file as its stage wrote it, unless it already reads so. */
    private static void restore(java.nio.file.Path reviewFile, byte[] review) {
        if (read(reviewFile).map(now -> java.util.Arrays.equals(now, review)).orElse(false)) {
            return;
        }
        try {
            java.nio.file.Files.createDirectories(reviewFile.getParent());
            java.nio.file.Files.write(reviewFile, review);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Passes quads on and, if asked, keeps those of the current part until {@link #take}. */
    private static final class PartRecorder extends org.apache.jena.riot.system.StreamRDFWrapper {

        private final boolean recording;
        private java.util.List<Quad> part = new java.util.ArrayList<>();

        PartRecorder(StreamRDF next, boolean recording) {
            super(next);
            this.recording = recording;
        }

        @Override
        public void quad(Quad quad) {
            if (recording) {
                part.add(quad);
            }
            super.quad(quad);
        }

        @Override
        public void triple(org.apache.jena.graph.Triple triple) {
            quad(Quad.create(Quad.defaultGraphIRI, triple));
        }

        /** The quads since the last call (empty if not recording). */
        java.util.List<Quad> take() {
            java.util.List<Quad> taken = part;
            part = new java.util.ArrayList<>();
            return taken;
        }
    }

    /** A source's authors must be agents of the authority file. */
    private static void checkAuthors(SourceCatalog sources, AuthorityFile authority, Ontology ontology,
            Problems problems) {
        for (SourceDocument source : sources.documents()) {
            for (String author : source.bibliography().authors()) {
                Entity entity = authority.entity(author).orElse(null);
                if (entity == null) {
                    problems.report(Problem.at(source.declaredAt(), "unknown entity in author (not in entities.csv)",
                            author));
                } else if (!ontology.isSubClassOf(entity.type(), "Agent")) {
                    problems.report(Problem.at(source.declaredAt(), "author must be an Agent (" + author + " is a "
                            + entity.type() + ")", author));
                }
            }
        }
    }
}
