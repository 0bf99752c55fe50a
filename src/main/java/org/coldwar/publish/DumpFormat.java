package org.coldwar.publish;

import org.eclipse.rdf4j.rio.RDFFormat;

/**
 * The dumps of a release: file name, whether it carries the named graphs (quads)
 * or the merged graph (triples), whether it is gzipped, its media type, and the RDF4J format it
 * is read back with.
 */
public enum DumpFormat {
    NQUADS("coldwar.nq.gz", true, true, "application/n-quads", RDFFormat.NQUADS),
    TRIG("coldwar.trig", true, false, "application/trig", RDFFormat.TRIG),
    JSONLD("coldwar.jsonld", true, false, "application/ld+json", RDFFormat.JSONLD),
    TURTLE("coldwar.ttl", false, false, "text/turtle", RDFFormat.TURTLE),
    NTRIPLES("coldwar.nt.gz", false, true, "application/n-triples", RDFFormat.NTRIPLES),
    RDFXML("coldwar.rdf", false, false, "application/rdf+xml", RDFFormat.RDFXML);

    private final String fileName;
    private final boolean quads;
    private final boolean gzipped;
    private final String mediaType;
    private final RDFFormat rdf4jFormat;

    DumpFormat(String fileName, boolean quads, boolean gzipped, String mediaType, RDFFormat rdf4jFormat) {
        this.fileName = fileName;
        this.quads = quads;
        this.gzipped = gzipped;
        this.mediaType = mediaType;
        this.rdf4jFormat = rdf4jFormat;
    }

    /** All formats, the slowest to write first, so that two threads finish together. */
    static java.util.List<DumpFormat> inWritingOrder() {
        return java.util.List.of(JSONLD, RDFXML, NQUADS, TRIG, TURTLE, NTRIPLES);
    }

    public String fileName() {
        return fileName;
    }

    /** True if the dump keeps the named graphs; otherwise it holds the merge of all graphs. */
    public boolean quads() {
        return quads;
    }

    public boolean gzipped() {
        return gzipped;
    }

    /** The media type of the content (before gzip). */
    public String mediaType() {
        return mediaType;
    }

    public RDFFormat rdf4jFormat() {
        return rdf4jFormat;
    }
}
