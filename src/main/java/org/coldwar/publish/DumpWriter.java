package org.coldwar.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.NodeCmp;

/**
 * The dumps' writers and the order of statements in them: every dump is written from statements
 * sorted in that order (by {@link ExternalSort}), so that equal inputs give byte-identical dumps.
 */
final class DumpWriter {

    /** The order of RDF terms in every written dump: Jena's order of RDF terms. */
    static final Comparator<Node> NODES = DumpWriter::compareTerms;
    /** Triples by subject, predicate, object. */
    static final Comparator<Triple> TRIPLES = DumpWriter::compareTriples;
    /** Quads by graph, subject, predicate, object. */
    static final Comparator<Quad> QUADS = DumpWriter::compareQuads;

    private DumpWriter() {
    }

    /*
     * The sorts compare terms hundreds of millions of times, mostly equal ones (a graph, a subject,
     * a predicate repeated from the statement before, often the same object), hence the identity
     * test before Jena's comparison, which compares the strings even of a term with itself.
     */
    private static int compareTerms(Node a, Node b) {
        return a == b ? 0 : NodeCmp.compareRDFTerms(a, b);
    }

    private static int compareTriples(Triple a, Triple b) {
        return compareStatements(a.getSubject(), a.getPredicate(), a.getObject(),
                b.getSubject(), b.getPredicate(), b.getObject());
    }

    private static int compareQuads(Quad a, Quad b) {
        int order = compareTerms(a.getGraph(), b.getGraph());
        return order != 0 ? order : compareStatements(a.getSubject(), a.getPredicate(), a.getObject(),
                b.getSubject(), b.getPredicate(), b.getObject());
    }

    /** Subject, then predicate, then object. */
    private static int compareStatements(Node subjectA, Node predicateA, Node objectA,
            Node subjectB, Node predicateB, Node objectB) {
        int order = compareTerms(subjectA, subjectB);
        if (order == 0) {
            order = compareTerms(predicateA, predicateB);
            if (order == 0) {
                order = compareTerms(objectA, objectB);
            }
        }
        return order;
    }

    /**
     * A sink writing {@code format} to {@code out} as statements are pushed, which must come sorted
     * and distinct (quads for a quad format, triples for a triple format; an external sort gives
     * them so): line formats line by line and Turtle and TriG in blocks of one subject (RIOT's
     * writers, remembering terms' texts: {@link TermTextWriters}), RDF/XML one
     * {@code rdf:Description} per subject (RDF4J's streaming writer), JSON-LD one node object per
     * subject. Prefixes come first. {@code finish} flushes (JSON-LD's also closes {@code out}); the caller
     * closes {@code out}.
     */
    static StreamRDF sink(DumpFormat format, OutputStream out) {
        return switch (format) {
            case NQUADS, NTRIPLES -> TermTextWriters.lines(out);
            case TRIG, TURTLE -> TermTextWriters.blocks(out);
            case RDFXML -> new RdfXmlStream(out);
            case JSONLD -> JsonLdDumpWriter.withPackagedContext().sink(out);
        };
    }

    /**
     * A new file for a dump, gzipped if {@code gzip}; {@code digest} sees every byte written to the
     * file (after gzip), so that the dump's checksum needs no second read.
     */
    static OutputStream open(Path file, boolean gzip, MessageDigest digest) throws IOException {
        OutputStream out = new BufferedOutputStream(new DigestOutputStream(Files.newOutputStream(file), digest), 1 << 16);
        return gzip ? new FastGzip(out) : out;
    }

    /**
     * gzip at deflate's fastest level. Measured with gzip(1) on this repository's N-Quads dump
     * (8.4 MB): 0.52 MB at level 1 against 0.39 MB at level 6; on 20 copies of it (168 MB),
     * 0.84 s against 1.36 s. A dump is written once per build and downloaded rarely.
     */
    private static final class FastGzip extends GZIPOutputStream {

        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(java.util.zip.Deflater.BEST_SPEED);
        }
    }
}
