package org.coldwar.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.coldwar.map.ProvenanceIndex;
import org.coldwar.problem.Problem;
import org.coldwar.vocab.Ontology;

/**
 * The check a batch cannot make: an entity's statements gathered from every source. Fed the
 * merged graph's triples sorted by subject (as the N-Triples dump is written), it holds one
 * subject's statements at a time and validates each entity (a subject with a
 * {@code skos:prefLabel}) with all of them against its shapes, so that, say, two sources giving
 * the same proposed entity two different preferred labels are caught although each batch saw
 * one. Only the entity's own statements and the ontology are read, so only the shapes that read
 * nothing else are applied ({@link ShaclGate#readsOnlyTheFocusStatements}: cardinalities,
 * datatypes, patterns, languages; the others were applied batch by batch).
 */
public final class MergedEntityCheck extends StreamRDFBase {

    private final ShaclGate gate;
    private final ProvenanceIndex provenance;
    private final Graph ontology = Ontology.get().graph();
    private final List<ReportEntry> entries = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private Graph block = GraphFactory.createDefaultGraph();
    private Node subject;
    private boolean entity;
    private long checked;

    /** @param provenance where the entities come from (the shared part's rows) */
    public MergedEntityCheck(ShaclGate gate, ProvenanceIndex provenance) {
        this.gate = gate;
        this.provenance = provenance;
    }

    @Override
    public void triple(Triple triple) {
        if (!triple.getSubject().equals(subject)) {
            endSubject();
            subject = triple.getSubject();
        }
        block.add(triple);
        entity |= triple.getPredicate().equals(SKOS.prefLabel.asNode());
    }

    @Override
    public void finish() {
        endSubject();
    }

    private void endSubject() {
        if (subject != null && entity) {
            for (ReportEntry entry : gate.validateFocusNodes(new Union(block, ontology), Set.of(subject),
                    ShaclGate::readsOnlyTheFocusStatements)) {
                entries.add(entry);
                if (entry.severity() == Severity.Violation) {
                    problems.add(ShaclGate.problem(entry, provenance));
                }
            }
            checked++;
        }
        if (!block.isEmpty()) {
            block = GraphFactory.createDefaultGraph();
        }
        entity = false;
    }

    /** The violations found, each at the row that made its entity. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** The report entries of the violations found. */
    public List<ReportEntry> entries() {
        return List.copyOf(entries);
    }

    /** How many entities were checked. */
    public long checked() {
        return checked;
    }
}
