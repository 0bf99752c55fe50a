package org.coldwar.map;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.coldwar.extract.AuthorityFile;
import org.coldwar.extract.ClaimReader;
import org.coldwar.extract.Entity;
import org.coldwar.extract.PassageLocatingSink;
import org.coldwar.problem.Problems;
import org.coldwar.source.SeedFiles;
import org.coldwar.source.SourceCatalog;
import org.coldwar.vocab.Ontology;

/**
 * The front half of the pipeline: seeds -> sources -> entities -> claims -> located claims -> RDF,
 * pushed as quads into a {@link StreamRDF}. Problems in any row are all reported before the run
 * fails with an {@link org.coldwar.problem.InvalidDataException}; what was already emitted must
 * then be discarded by the caller.
 */
public final class DatasetAssembler {

    private final Path seedsDir;
    private final String shownDir;
    private final IriMinter iris;
    private final BuildInfo buildInfo;

    /**
     * @param shownDir how the seeds directory is named in messages, e.g. {@code seeds}
     */
    public DatasetAssembler(Path seedsDir, String shownDir, IriMinter iris, BuildInfo buildInfo) {
        this.seedsDir = seedsDir;
        this.shownDir = shownDir;
        this.iris = iris;
        this.buildInfo = buildInfo;
    }

    /** What the run produced besides the quads. */
    public record Assembly(ProvenanceIndex provenance, int claims) {
    }

    public Assembly assemble(StreamRDF out) {
        SeedFiles.check(seedsDir, shownDir);
        Ontology ontology = Ontology.get();
        SourceCatalog sources = SourceCatalog.load(seedsDir, shownDir);
        AuthorityFile authority = AuthorityFile.load(seedsDir, shownDir, ontology);
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
        Node build = new BuildMapper(iris, out)
                .map(buildInfo, InputsHash.of(seedsDir, buildInfo.softwareVersion()), sources.documents());
        AtomicInteger claims = new AtomicInteger();
        ClaimMapper claimMapper = new ClaimMapper(iris, out, build, provenance, problems);
        new ClaimReader(sources, authority, ontology.claimProperties(), problems).readAll(seedsDir, shownDir,
                new PassageLocatingSink(sources, located -> {
                    claims.incrementAndGet();
                    claimMapper.claim(located);
                }, problems));
        out.finish();
        problems.throwIfAny();
        return new Assembly(provenance, claims.get());
    }
}
