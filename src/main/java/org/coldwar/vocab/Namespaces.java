package org.coldwar.vocab;

/** Namespace IRIs used by the release, as declared in {@code ontology/coldwar.ttl}. */
public final class Namespaces {

    public static final String CW = "https://w3id.org/coldwar/ontology#";
    public static final String ONTOLOGY = "https://w3id.org/coldwar/ontology";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String SCHEMA = "http://schema.org/";
    public static final String WD = "http://www.wikidata.org/entity/";
    public static final String WDT = "http://www.wikidata.org/prop/direct/";
    public static final String CITO = "http://purl.org/spar/cito/";
    public static final String BIBO = "http://purl.org/ontology/bibo/";
    public static final String EDTF = "http://id.loc.gov/datatypes/edtf/EDTF";

    private Namespaces() {
    }
}
