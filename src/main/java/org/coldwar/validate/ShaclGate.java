package org.coldwar.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.engine.constraint.ClassConstraint;
import org.apache.jena.shacl.engine.constraint.ConstraintComponentSPARQL;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.sparql.path.Path;
import org.coldwar.map.ProvenanceIndex;
import org.coldwar.problem.Location;
import org.coldwar.problem.Problem;
import org.coldwar.vocab.Ontology;

/**
 * Validates the whole data graph against the shapes, read together with the ontology (so that
 * sh:class follows rdfs:subClassOf and claim properties are known). Each violation becomes a
 * {@link Problem} at the input row that produced its focus node.
 */
public final class ShaclGate {

    private final Shapes shapes;
    private final String fingerprint;
    private final FocusNodes focusNodes = new FocusNodes();

    /**
     * A gate with {@code shapes}, whose fingerprint is unique to this gate. The gate puts quicker
     * evaluations of {@code sh:or} and {@code sh:qualifiedValueShape} into {@code shapes}
     * ({@link QuickConstraints}); they validate as before.
     */
    public ShaclGate(Shapes shapes) {
        this(shapes, "shapes " + java.util.UUID.randomUUID());
    }

    private ShaclGate(Shapes shapes, String fingerprint) {
        this.shapes = QuickConstraints.install(shapes);
        this.fingerprint = fingerprint;
    }

    /** The gate of the shapes of {@code shapes/}. */
    public static ShaclGate standard() {
        return new ShaclGate(ShapesCatalog.shapes(), ShapesCatalog.fingerprint());
    }

    /**
     * What identifies this gate's shapes: the SHA-256 of the packaged shape files, or a value
     * unique to this gate for other shapes. What passed a gate passes again one of the same fingerprint.
     */
    public String fingerprint() {
        return fingerprint;
    }

    /** The shapes graph the gate validates with (report entries point at its nodes). */
    public Graph shapesGraph() {
        return shapes.getGraph();
    }

    /** The outcome: the W3C report graph and one problem per violation (empty if it conforms). */
    public record Outcome(ValidationReport report, List<Problem> problems) {

        public boolean conforms() {
            return problems.isEmpty();
        }
    }

    /** Validates {@code data} (typically a dataset's union graph); never modifies it. */
    public Outcome validate(Graph data, ProvenanceIndex provenance) {
        // A plain in-memory copy: SHACL's many small finds are far faster on it than on a union view.
        Graph withOntology = GraphFactory.createDefaultGraph();
        data.find().forEachRemaining(withOntology::add);
        Ontology.get().graph().find().forEachRemaining(withOntology::add);
        ValidationReport report = ShaclValidator.get().validate(shapes, withOntology);
        List<Problem> problems = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            if (entry.severity() == Severity.Violation) {
                problems.add(problem(entry, provenance));
            }
        }
        return new Outcome(report, problems);
    }

    /**
     * Validates, against every shape that targets it, each of {@code candidates} that is a focus
     * node in {@code data}, as Jena's validator does for all of them; returns the report's
     * entries. {@code data} must hold what the shapes read (the ontology, the candidates'
     * neighbourhood). The cost follows the candidates, not the size of {@code data}.
     */
    List<ReportEntry> validateFocusNodes(Graph data, Set<Node> candidates) {
        return validateFocusNodes(data, candidates, shape -> true);
    }

    /** As above, with only the shapes {@code which} accepts. */
    List<ReportEntry> validateFocusNodes(Graph data, Set<Node> candidates, Predicate<Shape> which) {
        ValidationContext context = ValidationContext.create(shapes, data);
        List<Shape> applied = shapes.getTargetShapes().stream().filter(which).toList();
        focusNodes.among(applied, data, candidates)
                .forEach((shape, nodes) -> nodes.forEach(focus -> VLib.validateShape(context, data, shape, focus)));
        return context.hasViolation() ? List.copyOf(context.generateReport().getEntries()) : List.of();
    }

    /**
     * True if {@code shape} reads nothing but its focus node's own statements (and the ontology):
     * no SPARQL target, no SPARQL constraint, no {@code sh:class} (which reads the values' types).
     */
    static boolean readsOnlyTheFocusStatements(Shape shape) {
        if (shape.getTargets().stream().anyMatch(t -> t.getTargetType() == TargetType.targetExtension)) {
            return false;
        }
        List<org.apache.jena.shacl.parser.Constraint> constraints = new ArrayList<>(shape.getConstraints());
        shape.getPropertyShapes().forEach(p -> constraints.addAll(p.getConstraints()));
        return constraints.stream().noneMatch(c -> c instanceof ClassConstraint || c instanceof SparqlConstraint
                || c instanceof ConstraintComponentSPARQL);
    }

    /** The violation {@code entry} as a problem at the input row that produced its focus node. */
    static Problem problem(ReportEntry entry, ProvenanceIndex provenance) {
        Node focus = entry.focusNode();
        Location at = provenance.originOf(focus).orElse(Location.of("(generated data)"));
        return Problem.at(at, "SHACL: " + entry.message() + " [focus " + display(focus) + pathText(entry.resultPath())
                + "]");
    }

    private static String pathText(Path path) {
        return path == null ? "" : ", path " + path;
    }

    private static String display(Node node) {
        return node.isURI() ? "<" + node.getURI() + ">" : node.toString();
    }
}
