package org.coldwar.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.constraint.ClassConstraint;
import org.apache.jena.shacl.engine.constraint.QualifiedValueShape;
import org.apache.jena.shacl.engine.constraint.ShOr;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.coldwar.source.CsvRow;
import org.coldwar.vocab.Ontology;
import org.junit.jupiter.api.Test;

/**
 * The quicker {@code sh:or}, {@code sh:qualifiedValueShape} and {@code sh:class} ({@link QuickConstraints}) report
 * exactly what Jena's own do: every case of the shapes' manifest (conforming, and violating each
 * shape, the dates', selectors' and agents' alternatives among them) gives the same report
 * entries with the packaged shapes as Jena parses them and with the quick ones in place.
 */
class QuickConstraintsTest {

    @Test
    void theQuickConstraintsAreInPlace() {
        List<Constraint> all = new ArrayList<>();
        Shapes shapes = QuickConstraints.install(ShapesCatalog.shapes());
        shapes.getShapeMap().values().forEach(shape -> collect(shape, all));
        assertTrue(all.stream().anyMatch(c -> c instanceof QuickOr), "sh:or replaced");
        assertTrue(all.stream().anyMatch(c -> c instanceof QuickQualifiedValueShape), "qualified shapes replaced");
        assertTrue(all.stream().anyMatch(c -> c instanceof QuickClass), "sh:class replaced");
        assertTrue(all.stream().noneMatch(c -> (c instanceof ShOr && !(c instanceof QuickOr))
                || (c instanceof QualifiedValueShape && !(c instanceof QuickQualifiedValueShape))
                || (c instanceof ClassConstraint && !(c instanceof QuickClass))), "none left");
    }

    @Test
    void everyCaseGivesJenasReport() {
        Graph shapesGraph = ShapesCatalog.graph();  // one graph, so that both have the same blank nodes
        Shapes jenas = Shapes.parse(shapesGraph);
        Shapes quick = QuickConstraints.install(Shapes.parse(shapesGraph));
        int violating = 0;
        for (CsvRow row : ShapesCasesTest.manifest()) {
            Graph data = ShapesCasesTest.conformingGraph();
            if (!row.get("update").isBlank()) {
                UpdateExec.dataset(DatasetGraphFactory.wrap(data)).update(ShapesCasesTest.PREFIXES + row.get("update"))
                        .execute();
            }
            Graph withOntology = GraphFactory.createDefaultGraph();
            data.find().forEachRemaining(withOntology::add);
            Ontology.get().graph().find().forEachRemaining(withOntology::add);
            Set<String> expected = entries(jenas, withOntology);
            assertEquals(expected, entries(quick, withOntology), row.get("case"));
            violating += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(violating > 50, "the manifest's violating cases were compared: " + violating);
    }

    private static Set<String> entries(Shapes shapes, Graph data) {
        Set<String> entries = new TreeSet<>();
        for (ReportEntry entry : ShaclValidator.get().validate(shapes, data).getEntries()) {
            entries.add(entry.focusNode() + " | " + entry.resultPath() + " | " + entry.value() + " | "
                    + entry.constraint().getComponent() + " | " + entry.source() + " | " + entry.severity().level() + " | "
                    + entry.message());
        }
        return entries;
    }

    private static void collect(Shape shape, List<Constraint> into) {
        into.addAll(shape.getConstraints());
        shape.getPropertyShapes().forEach(p -> collect(p, into));
    }
}
