package org.coldwar.validate;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.engine.ShaclPaths;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.ClassConstraint;
import org.apache.jena.shacl.engine.constraint.ConstraintDataTerm;
import org.apache.jena.shacl.engine.constraint.ConstraintEntity;
import org.apache.jena.shacl.engine.constraint.ConstraintTerm;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.NodeShape;
import org.apache.jena.shacl.parser.PropertyShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.path.Path;

/**
 * A shape each of whose constraints tests a term on its own, such as the alternatives of an
 * {@code sh:or} or the shape of an {@code sh:qualifiedValueShape} in our shapes: a node shape of
 * term constraints ({@code sh:class}, {@code sh:datatype}, {@code sh:nodeKind}, {@code sh:in},
 * ...), or a property shape of term constraints on each value and constraints on the set of values
 * ({@code sh:minCount}, {@code sh:maxCount}, ...). A node conforms to it exactly when each
 * constraint's own test passes, which is what Jena's engine works out, at far greater cost, by
 * validating the node in a context of its own and building its report.
 */
final class TermConstraints {

    private final List<Constraint> constraints;
    private final Path path;  // null for a node shape

    private TermConstraints(List<Constraint> constraints, Path path) {
        this.constraints = constraints;
        this.path = path;
    }

    /** The constraints that make up {@code shape}, or null if it has any other kind (or is deactivated). */
    static TermConstraints of(Shape shape) {
        if (shape.deactivated() || !shape.getPropertyShapes().isEmpty()) {
            return null;
        }
        List<Constraint> constraints = List.copyOf(shape.getConstraints());
        if (shape instanceof NodeShape && constraints.stream().allMatch(TermConstraints::testsATerm)) {
            return new TermConstraints(constraints, null);
        }
        if (shape instanceof PropertyShape property
                && constraints.stream().allMatch(c -> testsATerm(c) || c instanceof ConstraintEntity)) {
            return new TermConstraints(constraints, property.getPath());
        }
        return null;
    }

    private static boolean testsATerm(Constraint constraint) {
        return constraint instanceof ConstraintTerm || constraint instanceof ConstraintDataTerm;
    }

    /** Whether {@code node} conforms to the shape: every constraint's test passes. */
    boolean conform(ValidationContext context, Graph data, Node node) {
        if (path == null) {
            return allPass(context, data, node);
        }
        Set<Node> values = ShaclPaths.valueNodes(data, node, path);
        for (Constraint constraint : constraints) {
            if (constraint instanceof ConstraintEntity onTheSet) {
                if (onTheSet.validate(context, values) != null) {
                    return false;
                }
            }
        }
        for (Node value : values) {
            if (!allPass(context, data, value)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every term constraint passes on {@code term}. */
    private boolean allPass(ValidationContext context, Graph data, Node term) {
        for (Constraint constraint : constraints) {
            boolean passes;
            if (constraint instanceof ClassConstraint ofClass) {
                // sh:class's test (QuickClass), without the message Jena writes for a failure (half of the tries here)
                passes = QuickClass.isInstance(data, term, ofClass.getExpectedClass());
            } else if (constraint instanceof ConstraintTerm onTerm) {
                passes = onTerm.validate(context, term) == null;
            } else if (constraint instanceof ConstraintDataTerm onData) {
                passes = onData.validate(context, data, term) == null;
            } else {
                passes = true;  // a constraint on the set of values, tested in conform
            }
            if (!passes) {
                return false;
            }
        }
        return true;
    }
}
