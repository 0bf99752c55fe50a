package org.coldwar.validate;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.ShOr;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportItem;

/**
 * Jena's {@code sh:or}, answering first from the alternatives whose constraints each test a term
 * or a set of values on their own ({@link TermConstraints}): a node that conforms to one of them
 * passes at once. Otherwise Jena's
 * own evaluation decides, and reports, as before; the answer is the same either way. (Validation
 * listeners hear nothing of the alternatives tried quickly; the gate has none.)
 */
final class QuickOr extends ShOr {

    private final List<TermConstraints> quick;

    QuickOr(List<Shape> alternatives) {
        super(alternatives);
        this.quick = alternatives.stream().map(TermConstraints::of).toList();
    }

    @Override
    public ReportItem validate(ValidationContext context, Graph data, Node node) {
        for (TermConstraints alternative : quick) {
            if (alternative != null && alternative.conform(context, data, node)) {
                return null;
            }
        }
        return super.validate(context, data, node);
    }
}
