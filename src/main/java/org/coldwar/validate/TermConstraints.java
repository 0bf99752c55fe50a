package org.coldwar.validate;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.ConstraintDataTerm;
import org.apache.jena.shacl.engine.constraint.ConstraintTerm;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.NodeShape;
import org.apache.jena.shacl.parser.Shape;

/**
 * A node shape made only of constraints on the node itself ({@code sh:class}, {@code sh:datatype},
 * {@code sh:nodeKind}, {@code sh:in}, ...: Jena's term constraints), such as the alternatives of
 * an {@code sh:or} or the shape of an {@code sh:qualifiedValueShape} in our shapes. A node conforms
 * to it exactly when each constraint's own test passes, which is what Jena's engine works out, at
 * far greater cost, by validating the node in a context of its own and building its report.
 */
final class TermConstraints {

    private final List<Constraint> constraints;

    private TermConstraints(List<Constraint> constraints) {
        this.constraints = constraints;
    }

    /** The term constraints that make up {@code shape}, or null if it has anything else (or is deactivated). */
    static TermConstraints of(Shape shape) {
        if (!(shape instanceof NodeShape) || shape.deactivated() || !shape.getPropertyShapes().isEmpty()) {
            return null;
        }
        List<Constraint> constraints = new ArrayList<>(shape.getConstraints());
        boolean allTerms = constraints.stream()
                .allMatch(c -> c instanceof ConstraintTerm || c instanceof ConstraintDataTerm);
        return allTerms ? new TermConstraints(List.copyOf(constraints)) : null;
    }

    /** Whether {@code node} conforms to the shape: every constraint's test passes. */
    boolean conform(ValidationContext context, Graph data, Node node) {
        for (Constraint constraint : constraints) {
            boolean passes = constraint instanceof ConstraintTerm term ? term.validate(context, node) == null
                    : ((ConstraintDataTerm) constraint).validate(context, data, node) == null;
            if (!passes) {
                return false;
            }
        }
        return true;
    }
}
