package org.coldwar.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The terms of the Cold War ontology that Java code names directly. A test checks that each is
 * declared in {@code ontology/coldwar.ttl}; claim properties are not listed here but read from
 * the ontology by {@link ClaimProperties}.
 */
public final class CW {

    public static final Node Claim = term("Claim");
    public static final Node SourceDocument = term("SourceDocument");
    public static final Node Passage = term("Passage");
    public static final Node Build = term("Build");
    public static final Node ClaimProperty = term("ClaimProperty");
    public static final Node LinkRecord = term("LinkRecord");
    public static final Node evidence = term("evidence");
    public static final Node wikidataLabel = term("wikidataLabel");
    public static final Node date = term("date");

    public static final Node fileName = term("fileName");
    public static final Node sha256 = term("sha256");
    public static final Node characterCount = term("characterCount");
    public static final Node byteSize = term("byteSize");
    public static final Node origin = term("origin");
    public static final Node softwareVersion = term("softwareVersion");
    public static final Node role = term("role");
    public static final Node unit = term("unit");

    public static final Node pointInTime = term("pointInTime");
    public static final Node startTime = term("startTime");
    public static final Node endTime = term("endTime");
    public static final Node location = term("location");
    public static final Node quantity = term("quantity");

    private CW() {
    }

    /** The IRI node of a term of the ontology by its local name. */
    public static Node term(String localName) {
        return NodeFactory.createURI(Namespaces.CW + localName);
    }
}
