package org.coldwar.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.coldwar.TestFiles;
import org.coldwar.map.BuildInfo;
import org.coldwar.map.DatasetAssembler;
import org.coldwar.map.IriMinter;
import org.coldwar.map.ProvenanceIndex;
import org.coldwar.map.StageCache;
import org.coldwar.problem.Problem;
import org.coldwar.source.SourceDocument;
import org.coldwar.vocab.CW;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate run a batch of sources at a time finds exactly what the gate run on the whole graph
 * finds: the FRUS slice is assembled into parts, faults are put into the shared part and into
 * sources' parts that fall into different batches, and both gates must report the same problems
 * at the same rows.
 */
class PartwiseValidationTest {

    @TempDir
    Path temp;

    /** The parts the assembler gives, kept. */
    private static final class Recorded implements DatasetAssembler.Parts {
        final List<Quad> shared = new ArrayList<>();
        final ProvenanceIndex sharedProvenance = new ProvenanceIndex();
        final List<SourceDocument> sources = new ArrayList<>();
        final List<List<Quad>> parts = new ArrayList<>();
        final List<ProvenanceIndex> provenances = new ArrayList<>();

        @Override
        public void shared(List<Quad> quads, ProvenanceIndex provenance) {
            shared.addAll(quads);
            sharedProvenance.addAll(provenance);
        }

        @Override
        public void source(SourceDocument source, List<Quad> quads, ProvenanceIndex provenance) {
            sources.add(source);
            parts.add(new ArrayList<>(quads));
            provenances.add(provenance);
        }
    }

    @Test
    void batchesFindWhatTheWholeGraphGateFinds() throws IOException {
        Recorded recorded = assembleTheFrusSlice();
        assertTrue(recorded.parts.size() > 20, "one part a document");

        // Faults: a claim without its status (early source), a direct triple no claim backs (late
        // source), an entity with two preferred labels (shared part).
        int early = firstPartWith(recorded, CW.status, 0);
        int late = firstPartWith(recorded, CW.status, recorded.parts.size() / 2);
        Quad status = recorded.parts.get(early).stream().filter(q -> q.getPredicate().equals(CW.status)).findFirst()
                .orElseThrow();
        recorded.parts.get(early).removeIf(q -> q.equals(status));
        Quad someEntity = recorded.shared.stream().filter(q -> q.getPredicate().equals(SKOS.prefLabel.asNode()))
                .findFirst().orElseThrow();
        recorded.shared.add(Quad.create(someEntity.getGraph(), someEntity.getSubject(), someEntity.getPredicate(),
                NodeFactory.createLiteralLang("A second name", "en")));
        Node author = CW.term("author");
        Quad claimSubject = recorded.parts.get(late).stream()
                .filter(q -> q.getPredicate().equals(org.apache.jena.vocabulary.RDF.subject.asNode()))
                .findFirst().orElseThrow();
        recorded.parts.get(late).add(Quad.create(claimSubject.getGraph(), claimSubject.getObject(), author,
                claimSubject.getObject()));

        Set<String> whole = wholeGraphProblems(recorded);
        Set<String> partwise = partwiseProblems(recorded, 3_000);
        assertTrue(whole.size() >= 3, "the faults are faults: " + whole);
        assertEquals(whole, partwise);
    }

    @Test
    void theUnchangedSliceConformsBatchByBatch() throws IOException {
        Recorded recorded = assembleTheFrusSlice();
        PartwiseValidation validation = validate(recorded, 3_000);
        assertTrue(validation.batches() > 3, "several batches: " + validation.batches());
        assertEquals(Set.of(), partwiseProblems(recorded, 3_000));
    }

    /** The first source part from {@code from} on with a statement of {@code predicate}. */
    private static int firstPartWith(Recorded recorded, Node predicate, int from) {
        for (int i = from; i < recorded.parts.size(); i++) {
            if (recorded.parts.get(i).stream().anyMatch(q -> q.getPredicate().equals(predicate))) {
                return i;
            }
        }
        throw new AssertionError("no part with " + predicate);
    }

    private Recorded assembleTheFrusSlice() throws IOException {
        Path seeds = TestFiles.frusEdition(temp.resolve("seeds"));
        Recorded recorded = new Recorded();
        new DatasetAssembler(seeds, "seeds", IriMinter.of(IriMinter.DEFAULT_BASE),
                new BuildInfo("test", Instant.EPOCH)).assemble(StreamRDFLib.sinkNull(), StageCache.none(), recorded);
        return recorded;
    }

    private static Set<String> wholeGraphProblems(Recorded recorded) {
        Graph whole = GraphFactory.createDefaultGraph();
        recorded.shared.forEach(q -> whole.add(q.asTriple()));
        recorded.parts.forEach(part -> part.forEach(q -> whole.add(q.asTriple())));
        ProvenanceIndex provenance = new ProvenanceIndex();
        provenance.addAll(recorded.sharedProvenance);
        recorded.provenances.forEach(provenance::addAll);
        return texts(ShaclGate.standard().validate(whole, provenance).problems());
    }

    private static Set<String> partwiseProblems(Recorded recorded, int batchQuads) {
        return texts(validate(recorded, batchQuads).finish().problems());
    }

    private static PartwiseValidation validate(Recorded recorded, int batchQuads) {
        PartwiseValidation validation = new PartwiseValidation(ShaclGate.standard(), batchQuads);
        validation.shared(recorded.shared, recorded.sharedProvenance);
        for (int i = 0; i < recorded.parts.size(); i++) {
            validation.source(recorded.sources.get(i), recorded.parts.get(i), recorded.provenances.get(i));
        }
        return validation;
    }

    private static Set<String> texts(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.toCollection(TreeSet::new));
    }
}
