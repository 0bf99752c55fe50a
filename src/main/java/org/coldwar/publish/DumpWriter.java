package org.coldwar.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.NodeCmp;

/**
 * Writes one dump of a dataset. Line-based formats are written sorted, pretty formats by Jena's
 * writers over the same content, so that equal inputs give byte-identical dumps.
 */
final class DumpWriter {

    /** The order of RDF terms in every written dump. */
    static final Comparator<Node> NODES = NodeCmp::compareRDFTerms;
    private static final Comparator<Triple> TRIPLES = Comparator.comparing(Triple::getSubject, NODES)
            .thenComparing(Triple::getPredicate, NODES).thenComparing(Triple::getObject, NODES);
    private static final Comparator<Quad> QUADS = Comparator.comparing(Quad::getGraph, NODES)
            .thenComparing(Quad::getSubject, NODES).thenComparing(Quad::getPredicate, NODES)
            .thenComparing(Quad::getObject, NODES);

    private final JsonLdDumpWriter jsonLd;

    DumpWriter(JsonLdDumpWriter jsonLd) {
        this.jsonLd = jsonLd;
    }

    /**
     * The merge of all graphs of {@code dataset} as one plain in-memory graph with the dataset's
     * prefixes. The triple dumps are written from it, never from the union view: a writer's every
     * lookup on the view visits every named graph (subjects × graphs), on the merge it is one.
     */
    static Graph merge(DatasetGraph dataset) {
        Graph merged = GraphFactory.createDefaultGraph();
        dataset.find().forEachRemaining(quad -> merged.add(quad.asTriple()));
        merged.getPrefixMapping().setNsPrefixes(dataset.prefixes().getMapping());
        return merged;
    }

    /**
     * Writes {@code format}: quad formats from {@code dataset}, triple formats from {@code merged},
     * the merge of its graphs ({@link #merge}).
     */
    void write(DatasetGraph dataset, Graph merged, DumpFormat format, Path file) {
        try (OutputStream out = open(file, format.gzipped())) {
            switch (format) {
                case NQUADS -> writeSortedQuads(dataset, out);
                case NTRIPLES -> writeSortedTriples(merged, out);
                case TRIG -> RDFDataMgr.write(out, dataset, RDFFormat.TRIG_BLOCKS);
                case TURTLE -> RDFDataMgr.write(out, merged, RDFFormat.TURTLE_BLOCKS);
                case RDFXML -> RDFDataMgr.write(out, merged, RDFFormat.RDFXML_PLAIN);
                case JSONLD -> jsonLd.write(dataset, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void writeSortedQuads(DatasetGraph dataset, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8);
        stream.start();
        dataset.stream().sorted(QUADS).forEach(stream::quad);
        stream.finish();
    }

    private static void writeSortedTriples(Graph graph, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES_UTF8);
        stream.start();
        graph.find().toList().stream().sorted(TRIPLES).forEach(stream::triple);
        stream.finish();
    }

    private static OutputStream open(Path file, boolean gzip) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
        return gzip ? new GZIPOutputStream(out) : out;
    }
}
