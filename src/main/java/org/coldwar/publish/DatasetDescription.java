package org.coldwar.publish;

import org.coldwar.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.coldwar.map.IriMinter;
import org.coldwar.vocab.Namespaces;

/**
 * The VoID + DCAT description of a release: the counts of its {@link ReleaseStatistics} put into
 * the description that {@code void.rq} constructs, and one DCAT distribution per dump with its
 * media type, size and SHA-256.
 */
final class DatasetDescription {

    private static final String SPDX = "http://spdx.org/rdf/terms#";
    private static final String MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";
    private static final Query QUERY = QueryFactory.create(resource("void.rq"));

    private DatasetDescription() {
    }

    /** Describes the release counted by {@code stats}, whose dumps (with SHA-256 {@code sums} by file name) are in {@code releaseDir}. */
    static Graph describe(ReleaseStatistics stats, IriMinter iris, String endpoint, Instant issued, Path releaseDir,
            java.util.Map<String, String> sums) {
        Graph description = GraphFactory.createDefaultGraph();
        description.getPrefixMapping().setNsPrefixes(org.coldwar.vocab.Ontology.get().graph().getPrefixMapping());
        description.getPrefixMapping().setNsPrefix("spdx", SPDX);
        description.getPrefixMapping().setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/");
        Node datasetNode = iris.dataset();
        QueryExec.graph(GraphFactory.createDefaultGraph()).query(QUERY)
                .substitution("triples", count(stats.triples()))
                .substitution("subjects", count(stats.subjects()))
                .substitution("properties", count(stats.properties()))
                .substitution("entities", count(stats.labelled()))
                .substitution("claims", count(stats.claims()))
                .substitution("sources", count(stats.sources()))
                .substitution("passages", count(stats.passages()))
                .substitution("sameAs", count(stats.sameAs()))
                .substitution("close", count(stats.closeMatches()))
                .substitution("dataset", datasetNode)
                .substitution("base", NodeFactory.createLiteralString(iris.base()))
                .substitution("endpoint", NodeFactory.createURI(endpoint))
                .substitution("issued", NodeFactory.createLiteralDT(issued.toString(), XSDDatatype.XSDdateTime))
                .construct().find().forEachRemaining(description::add);
        for (DumpFormat format : DumpFormat.values()) {
            addDistribution(description, datasetNode, iris, format, releaseDir.resolve(format.fileName()),
                    sums.get(format.fileName()));
        }
        return description;
    }

    /** A count as SPARQL's COUNT gives it (xsd:integer), as the description always had it. */
    private static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static void addDistribution(Graph g, Node dataset, IriMinter iris, DumpFormat format, Path file, String sha256) {
        Node distribution = uri(iris.base() + "distribution/" + format.fileName());
        Node download = uri(iris.base() + "download/" + format.fileName());
        Node checksum = uri(distribution.getURI() + "#sha256");
        g.add(dataset, uri(Namespaces.VOID + "dataDump"), download);
        g.add(dataset, uri(Namespaces.DCAT + "distribution"), distribution);
        g.add(distribution, RDF.type.asNode(), uri(Namespaces.DCAT + "Distribution"));
        g.add(distribution, uri(Namespaces.DCAT + "downloadURL"), download);
        g.add(distribution, uri(Namespaces.DCAT + "accessURL"), download);
        g.add(distribution, uri(Namespaces.DCAT + "mediaType"), uri(MEDIA_TYPES + format.mediaType()));
        if (format.gzipped()) {
            g.add(distribution, uri(Namespaces.DCAT + "compressFormat"), uri(MEDIA_TYPES + "application/gzip"));
        }
        try {
            g.add(distribution, uri(Namespaces.DCAT + "byteSize"),
                    NodeFactory.createLiteralDT(Long.toString(Files.size(file)), XSDDatatype.XSDnonNegativeInteger));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        g.add(distribution, uri(SPDX + "checksum"), checksum);
        g.add(checksum, RDF.type.asNode(), uri(SPDX + "Checksum"));
        g.add(checksum, uri(SPDX + "algorithm"), uri(SPDX + "checksumAlgorithm_sha256"));
        g.add(checksum, uri(SPDX + "checksumValue"),
                NodeFactory.createLiteralDT(sha256, XSDDatatype.XSDhexBinary));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static String resource(String name) {
        return Resources.text(DatasetDescription.class, name);
    }
}
