package org.coldwar.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of CiTO (Citation Typing Ontology) and BIBO used for footnote citations. */
public final class CITO {

    /** A claim cites a footnote reference as the evidence it rests on. */
    public static final Node citesAsEvidence = NodeFactory.createURI(Namespaces.CITO + "citesAsEvidence");
    /** A passage cites the reference printed in the footnote whose marker it carries. */
    public static final Node cites = NodeFactory.createURI(Namespaces.CITO + "cites");
    /** BIBO's page range of a cited work. */
    public static final Node pages = NodeFactory.createURI(Namespaces.BIBO + "pages");

    private CITO() {
    }
}
