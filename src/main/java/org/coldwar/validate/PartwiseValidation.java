package org.coldwar.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.coldwar.map.DatasetAssembler;
import org.coldwar.map.ProvenanceIndex;
import org.coldwar.problem.Problem;
import org.coldwar.source.SourceDocument;
import org.coldwar.vocab.Ontology;

/**
 * The SHACL gate run on a release a part at a time, as the assembler emits it, in memory bounded
 * by the shared part plus one batch. The shared part (sources' descriptions, entities, links,
 * citations, the build) is kept with the ontology; sources are gathered into batches of about
 * {@code batchQuads} quads, and each batch's focus nodes (the subjects of its statements) are
 * validated against the batch merged with the shared part (the batch keeps only the triples the
 * shared part lacks, so the two are read as one without a union's check for duplicates). Every
 * focus node is thus validated with everything its shapes read, as long as no constraint reads
 * another source's statements: true of our shapes, whose focus nodes (claims, passages, values,
 * mentions, candidates) live in one source's part and refer to it or to the shared part. An
 * entity is validated with the shared part and again with each batch that says something of it;
 * a cardinality summed over several sources' statements about one entity is the one thing a
 * batch cannot see.
 */
public final class PartwiseValidation implements DatasetAssembler.Parts {

    /** The default batch size: large enough that a batch's own work outweighs the shared part's. */
    public static final int DEFAULT_BATCH_QUADS = 50_000;

    private final ShaclGate gate;
    private final int batchQuads;
    private final Graph shared = GraphFactory.createDefaultGraph();
    private final ProvenanceIndex sharedProvenance = new ProvenanceIndex();
    private Graph batch = GraphFactory.createDefaultGraph();  // the batch's triples that the shared part lacks
    private Set<Node> batchSubjects = new HashSet<>();
    private ProvenanceIndex batchProvenance = new ProvenanceIndex();
    private final Map<String, ReportEntry> entries = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private long quadsInBatch;
    private int batches;
    private int validated;

    public PartwiseValidation(ShaclGate gate, int batchQuads) {
        this.gate = gate;
        this.batchQuads = batchQuads;
    }

    @Override
    public void shared(List<Quad> quads, ProvenanceIndex provenance) {
        Ontology.get().graph().find().forEachRemaining(shared::add);
        quads.forEach(q -> shared.add(q.asTriple()));
        sharedProvenance.addAll(provenance);
        collect(gate.validateFocusNodes(shared, subjects(shared)),
                () -> sharedProvenance);
    }

    @Override
    public void source(SourceDocument source, List<Quad> quads, ProvenanceIndex provenance) {
        source(source, quads, provenance, false);
    }

    /**
     * A part that passed the gate in a published build before (the same quads, from the stage
     * cache, under the same shapes, ontology and authority) is not validated again: its focus
     * nodes would be validated against the same statements.
     */
    @Override
    public void source(SourceDocument source, List<Quad> quads, ProvenanceIndex provenance, boolean validatedBefore) {
        if (validatedBefore) {
            return;
        }
        validated++;
        for (Quad quad : quads) {
            Triple triple = quad.asTriple();
            batchSubjects.add(triple.getSubject());
            if (!shared.contains(triple)) {
                batch.add(triple);
            }
        }
        quadsInBatch += quads.size();
        batchProvenance.addAll(provenance);
        if (quadsInBatch >= batchQuads) {
            validateBatch();
        }
    }

    /** Validates the last batch and returns the outcome of every part: one report, every violation. */
    public ShaclGate.Outcome finish() {
        if (!batchSubjects.isEmpty()) {
            validateBatch();
        }
        ValidationReport.Builder report = ValidationReport.create();
        report.addPrefixes(gate.shapesGraph().getPrefixMapping());
        entries.values().forEach(report::addReportEntry);
        return new ShaclGate.Outcome(report.build(), List.copyOf(problems));
    }

    /** How many sources' parts were validated (the others passed the same gate before). */
    public int sourcesValidated() {
        return validated;
    }

    /** How many batches were validated so far. */
    public int batches() {
        return batches;
    }

    private void validateBatch() {
        ProvenanceIndex own = batchProvenance;
        collect(gate.validateFocusNodes(new DisjointUnion(batch, shared), batchSubjects),
                () -> {
                    ProvenanceIndex origins = new ProvenanceIndex();
                    origins.addAll(own);
                    origins.addAll(sharedProvenance);
                    return origins;
                });
        batches++;
        batch = GraphFactory.createDefaultGraph();
        batchSubjects = new HashSet<>();
        batchProvenance = new ProvenanceIndex();
        quadsInBatch = 0;
    }

    private static Set<Node> subjects(Graph graph) {
        Set<Node> subjects = new HashSet<>();
        graph.find().forEachRemaining(triple -> subjects.add(triple.getSubject()));
        return subjects;
    }

    /** Keeps each entry once (an entity validated with several batches reports a fault once). */
    private void collect(List<ReportEntry> found, java.util.function.Supplier<ProvenanceIndex> origins) {
        ProvenanceIndex provenance = null;
        for (ReportEntry entry : found) {
            String key = String.join("\u001f", String.valueOf(entry.focusNode()), String.valueOf(entry.resultPath()),
                    String.valueOf(entry.value()), String.valueOf(entry.source()),
                    String.valueOf(entry.sourceConstraintComponent()), String.valueOf(entry.message()));
            if (entries.putIfAbsent(key, entry) == null && entry.severity() == Severity.Violation) {
                provenance = provenance == null ? origins.get() : provenance;
                problems.add(ShaclGate.problem(entry, provenance));
            }
        }
    }
}
