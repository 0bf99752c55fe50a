package org.coldwar.validate;

import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.QualifiedValueShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.path.Path;

/**
 * Jena's {@code sh:qualifiedValueShape} with {@code sh:qualifiedMinCount} and
 * {@code sh:qualifiedMaxCount}, counting the conforming values quickly when the qualified shape is
 * made of term constraints ({@link TermConstraints}) and the shapes are not declared disjoint. A
 * count within the bounds passes; a count outside them is left to Jena's own evaluation, which
 * reports it as before.
 */
final class QuickQualifiedValueShape extends QualifiedValueShape {

    private final TermConstraints quick;

    QuickQualifiedValueShape(Shape qualified, int min, int max, boolean disjoint) {
        super(qualified, min, max, disjoint);
        this.quick = disjoint ? null : TermConstraints.of(qualified);
    }

    @Override
    public void validatePropertyShape(ValidationContext context, Graph data, Shape shape, Node focus, Path path,
            Set<Node> values) {
        if (quick != null) {
            int conforming = 0;
            for (Node value : values) {
                if (quick.conform(context, context.getDataGraph(), value)) {
                    conforming++;
                }
            }
            if ((qMin() < 0 || conforming >= qMin()) && (qMax() < 0 || conforming <= qMax())) {
                return;
            }
        }
        super.validatePropertyShape(context, data, shape, focus, path, values);
    }
}
