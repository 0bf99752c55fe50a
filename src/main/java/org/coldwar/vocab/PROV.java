package org.coldwar.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of PROV-O used for claims and builds. */
public final class PROV {

    public static final Node Activity = term("Activity");
    public static final Node Entity = term("Entity");
    public static final Node SoftwareAgent = term("SoftwareAgent");
    public static final Node wasDerivedFrom = term("wasDerivedFrom");
    public static final Node wasGeneratedBy = term("wasGeneratedBy");
    public static final Node wasAssociatedWith = term("wasAssociatedWith");
    public static final Node used = term("used");
    public static final Node wasInformedBy = term("wasInformedBy");
    public static final Node startedAtTime = term("startedAtTime");

    private PROV() {
    }

    private static Node term(String localName) {
        return NodeFactory.createURI(Namespaces.PROV + localName);
    }
}
