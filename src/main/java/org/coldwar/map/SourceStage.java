package org.coldwar.map;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.coldwar.extract.AuthorityFile;
import org.coldwar.extract.CitationCatalog;
import org.coldwar.extract.ClaimReader;
import org.coldwar.extract.PassageLocatingSink;
import org.coldwar.extract.RelativeDateCheck;
import org.coldwar.problem.Problems;
import org.coldwar.source.SourceCatalog;
import org.coldwar.source.SourceDocument;
import org.coldwar.vocab.Ontology;

/**
 * The per-document stage of the pipeline: one source's claims file, its TEI edition (if any) and
 * the machine's reading of it, mapped to quads (its claims, mentions and candidates graphs, and
 * its passages in the sources graph). It reads nothing but the shared inputs given at
 * construction (ontology, catalogue of sources, authority, citations) and the one document, so
 * sources can be mapped in any order, apart, on other machines, or taken from a cache.
 *
 * <p>The build and extraction activities (whose IRIs hash every input of the build) appear in
 * the output as the placeholders {@link #BUILD} and {@link #EXTRACTION}; the caller swaps in
 * the real ones ({@link NodeSwap}), so one source's output does not change when another does.
 */
public final class SourceStage {

    /** Stands for the build activity in a stage's output. */
    public static final Node BUILD = NodeFactory.createURI("urn:coldwar:stage:build");
    /** Stands for the extraction activity in a stage's output. */
    public static final Node EXTRACTION = NodeFactory.createURI("urn:coldwar:stage:extraction");

    private final Path seedsDir;
    private final String shownDir;
    private final IriMinter iris;
    private final Ontology ontology;
    private final SourceCatalog sources;
    private final AuthorityFile authority;
    private final CitationCatalog citations;
    private final MachineReading machine;
    private final boolean writeReviews;

    /**
     * What a stage produced besides its quads.
     *
     * @param fromCache whether it was replayed from a {@link StageCache} rather than computed
     * @param validatedBefore whether, so replayed, it passed the SHACL gate in a published build
     */
    public record Output(int claims, RelativeDateCheck.Facts dates, ProvenanceIndex provenance, boolean fromCache,
            boolean validatedBefore) {

        Output reused(boolean validated) {
            return new Output(claims, dates, provenance, true, validated);
        }
    }

    SourceStage(Path seedsDir, String shownDir, IriMinter iris, Ontology ontology, SourceCatalog sources,
            AuthorityFile authority, CitationCatalog citations, MachineReading machine, boolean writeReviews) {
        this.seedsDir = seedsDir;
        this.shownDir = shownDir;
        this.iris = iris;
        this.ontology = ontology;
        this.sources = sources;
        this.authority = authority;
        this.citations = citations;
        this.machine = machine;
        this.writeReviews = writeReviews;
    }

    /**
     * A stage over the shared inputs of {@code seedsDir} (ontology, catalogue of sources, authority,
     * citations), loaded once, that writes no review file: what a worker of a distributed engine
     * builds once and then calls for each of its documents ({@link #run}, with
     * {@link #sources()} naming them).
     *
     * @throws org.coldwar.problem.InvalidDataException if the shared inputs have problems
     */
    public static SourceStage of(Path seedsDir, String shownDir, IriMinter iris) {
        Ontology ontology = Ontology.get();
        SourceCatalog sources = SourceCatalog.load(seedsDir, shownDir);
        AuthorityFile authority = AuthorityFile.load(seedsDir, shownDir, ontology, sources.documents());
        CitationCatalog citations = CitationCatalog.load(seedsDir, shownDir, sources, authority);
        MachineReading machine = new MachineReading(seedsDir, shownDir, authority);
        machine.prepare(false);
        return new SourceStage(seedsDir, shownDir, iris, ontology, sources, authority, citations, machine, false);
    }

    /** The sources this stage can map, in the catalogue's order. */
    public java.util.Collection<SourceDocument> sources() {
        return sources.documents();
    }

    /**
     * Maps {@code source} into {@code out} (with the placeholders), reporting every problem to
     * {@code problems}; relative dates are kept in the output's facts, to be checked against all
     * sources' events.
     */
    public Output run(SourceDocument source, StreamRDF out, Problems problems) {
        ProvenanceIndex provenance = new ProvenanceIndex();
        ClaimMapper claimMapper = new ClaimMapper(iris, out, sources, citations, BUILD, provenance, problems);
        int[] claims = {0};
        RelativeDateCheck dates = new RelativeDateCheck(located -> {
            claims[0]++;
            claimMapper.claim(located);
        });
        Path claimsFile = ClaimReader.fileOf(seedsDir, source.stem());
        if (Files.isRegularFile(claimsFile)) {
            new ClaimReader(sources, authority, citations, ontology, problems).read(claimsFile, shownDir,
                    new PassageLocatingSink(sources, dates, problems));
        }
        source.tei().ifPresent(tei -> new EditionMapper(iris, out, claimMapper, authority, provenance)
                .map(source, shownDir + "/" + tei.xmlFileName(), EXTRACTION));
        machine.read(source, EXTRACTION, new ReadingMapper(iris, out, claimMapper, ontology.claimProperties(),
                provenance), writeReviews, problems);
        return new Output(claims[0], dates.facts(), provenance, false, false);
    }
}
