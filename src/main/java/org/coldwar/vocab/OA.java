package org.coldwar.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the W3C Web Annotation vocabulary used for passages. */
public final class OA {

    public static final Node SpecificResource = term("SpecificResource");
    public static final Node TextPositionSelector = term("TextPositionSelector");
    public static final Node TextQuoteSelector = term("TextQuoteSelector");
    public static final Node XPathSelector = term("XPathSelector");
    public static final Node Annotation = term("Annotation");
    public static final Node TextualBody = term("TextualBody");
    public static final Node hasBody = term("hasBody");
    public static final Node hasTarget = term("hasTarget");
    public static final Node motivatedBy = term("motivatedBy");
    public static final Node identifying = term("identifying");
    public static final Node tagging = term("tagging");
    public static final Node hasSource = term("hasSource");
    public static final Node hasSelector = term("hasSelector");
    public static final Node start = term("start");
    public static final Node end = term("end");
    public static final Node exact = term("exact");
    public static final Node prefix = term("prefix");
    public static final Node suffix = term("suffix");

    private OA() {
    }

    private static Node term(String localName) {
        return NodeFactory.createURI(Namespaces.OA + localName);
    }
}
