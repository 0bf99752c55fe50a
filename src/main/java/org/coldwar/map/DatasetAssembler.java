package org.coldwar.map;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.coldwar.extract.AuthorityFile;
import org.coldwar.extract.CitationCatalog;
import org.coldwar.extract.RelativeDateCheck;
import org.coldwar.problem.Problem;
import org.coldwar.source.SourceDocument;
import org.coldwar.extract.ClaimReader;
import org.coldwar.extract.Entity;
import org.coldwar.extract.PassageLocatingSink;
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

    /** What the run produced besides the quads. */
    public record Assembly(ProvenanceIndex provenance, int claims, java.util.List<SourceDocument> sources,
            java.util.List<String> notices) {
    }

    public Assembly assemble(StreamRDF out) {
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
        AtomicInteger claims = new AtomicInteger();
        ClaimMapper claimMapper = new ClaimMapper(iris, out, sources, citations, build, provenance, problems);
        claimMapper.mapCitations();
        RelativeDateCheck relativeDates = new RelativeDateCheck(located -> {
            claims.incrementAndGet();
            claimMapper.claim(located);
        });
        new ClaimReader(sources, authority, citations, ontology, problems).readAll(seedsDir, shownDir,
                new PassageLocatingSink(sources, relativeDates, problems));
        relativeDates.finish(problems);
        Node extraction = new ExtractionMapper(iris, out).map(inputsHash, build, buildInfo.softwareVersion());
        EditionMapper edition = new EditionMapper(iris, out, claimMapper, authority, provenance);
        for (SourceDocument source : sources.documents()) {
            source.tei().ifPresent(tei -> edition.map(source, shownDir + "/" + tei.xmlFileName(), extraction));
        }
        java.util.List<String> notices = new MachineReading(seedsDir, shownDir, authority, ontology, iris, out,
                claimMapper, provenance, problems).readAll(sources.documents(), extraction, writeReviews);
        out.finish();
        problems.throwIfAny();
        return new Assembly(provenance, claims.get(), java.util.List.copyOf(sources.documents()), notices);
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
