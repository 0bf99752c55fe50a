package org.coldwar.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.ClassConstraint;
import org.apache.jena.shacl.validation.ReportItem;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;

/**
 * Jena's {@code sh:class}, answering first whether the value is typed with the class itself: one
 * lookup of a whole triple. Jena gathers every type of the value with their superclasses, which
 * reads all the value's statements to find its {@code rdf:type}s; for a value with many statements
 * (the build, which {@code prov:used} every source and which every hand-written claim was generated
 * by) that made each claim's check grow with the corpus. A value not typed with the class itself
 * is left to Jena's test, which decides and reports as before; the answer is the same either way.
 */
final class QuickClass extends ClassConstraint {

    QuickClass(Node expectedClass) {
        super(expectedClass);
    }

    @Override
    public ReportItem validate(ValidationContext context, Graph data, Node node) {
        if (isDirectInstance(data, node, getExpectedClass())) {
            return null;
        }
        return super.validate(context, data, node);
    }

    /** Whether {@code node} is an instance of {@code type} as SHACL's {@code sh:class} reads it. */
    static boolean isInstance(Graph data, Node node, Node type) {
        return isDirectInstance(data, node, type)
                || !node.isLiteral() && G.allTypesOfNodeRDFS(data, node).contains(type);
    }

    private static boolean isDirectInstance(Graph data, Node node, Node type) {
        return !node.isLiteral() && data.contains(node, RDF.type.asNode(), type);
    }
}
