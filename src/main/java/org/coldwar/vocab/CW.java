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

    public static final Node status = term("status");
    public static final Node accordingTo = term("accordingTo");
    public static final Node statedIn = term("statedIn");
    public static final Node hedge = term("hedge");
    public static final Node negated = term("negated");
    public static final Node truthy = term("truthy");

    public static final Node TimeValue = term("TimeValue");
    public static final Node pointInTimeValue = term("pointInTimeValue");
    public static final Node startTimeValue = term("startTimeValue");
    public static final Node endTimeValue = term("endTimeValue");
    public static final Node objectValue = term("objectValue");
    public static final Node edtf = term("edtf");
    public static final Node earliest = term("earliest");
    public static final Node latest = term("latest");
    public static final Node approximate = term("approximate");
    public static final Node uncertain = term("uncertain");
    public static final Node inferredFrom = term("inferredFrom");
    public static final Node relativeTo = term("relativeTo");
    public static final Node offset = term("offset");
    public static final Node QuantityValue = term("QuantityValue");

    public static final Node Mention = term("Mention");
    public static final Node Extraction = term("Extraction");
    public static final Node CandidateClaim = term("CandidateClaim");
    public static final Node SourceNote = term("SourceNote");
    public static final Node rule = term("rule");
    public static final Node confidence = term("confidence");
    public static final Node reviewStatus = term("reviewStatus");
    public static final Node reviewRecord = term("reviewRecord");
    public static final Node reviewedBy = term("reviewedBy");
    public static final Node reviewNote = term("reviewNote");
    public static final Node editorMarkup = term("editorMarkup");
    public static final Node usedModel = term("usedModel");
    public static final Node teiFile = term("teiFile");
    public static final Node teiSha256 = term("teiSha256");
    public static final Node documentId = term("documentId");

    public static final Node Citation = term("Citation");
    public static final Node WorkCitation = term("WorkCitation");
    public static final Node ArchivalCitation = term("ArchivalCitation");
    public static final Node footnote = term("footnote");
    public static final Node publishedIn = term("publishedIn");
    public static final Node repository = term("repository");
    public static final Node fond = term("fond");
    public static final Node opis = term("opis");
    public static final Node delo = term("delo");
    public static final Node sheets = term("sheets");

    private CW() {
    }

    /** The IRI node of a term of the ontology by its local name. */
    public static Node term(String localName) {
        return NodeFactory.createURI(Namespaces.CW + localName);
    }
}
