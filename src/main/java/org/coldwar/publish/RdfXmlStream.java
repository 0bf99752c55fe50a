package org.coldwar.publish;

import java.io.OutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;

/**
 * Writes the triples pushed into it as RDF/XML as they come, with RDF4J Rio's streaming writer
 * (Jena's RDF/XML writers need the whole graph): fed triples sorted by subject, it gives one
 * {@code rdf:Description} per subject. Prefixes must come before the first triple.
 */
final class RdfXmlStream extends StreamRDFBase {

    private static final ValueFactory VALUES = SimpleValueFactory.getInstance();

    private final RDFWriter writer;
    private boolean started;

    RdfXmlStream(OutputStream out) {
        this.writer = Rio.createWriter(RDFFormat.RDFXML, new Utf8Writer(out));
    }

    @Override
    public void prefix(String prefix, String iri) {
        begin();
        writer.handleNamespace(prefix, iri);
    }

    @Override
    public void triple(Triple triple) {
        begin();
        writer.handleStatement(VALUES.createStatement((Resource) value(triple.getSubject()),
                (IRI) value(triple.getPredicate()), value(triple.getObject())));
    }

    @Override
    public void finish() {
        begin();
        writer.endRDF();
    }

    private void begin() {
        if (!started) {
            writer.startRDF();
            started = true;
        }
    }

    private static Value value(Node node) {
        if (node.isURI()) {
            return VALUES.createIRI(node.getURI());
        }
        if (node.isBlank()) {
            return VALUES.createBNode(node.getBlankNodeLabel());
        }
        String language = node.getLiteralLanguage();
        return language.isEmpty()
                ? VALUES.createLiteral(node.getLiteralLexicalForm(), VALUES.createIRI(node.getLiteralDatatypeURI()))
                : VALUES.createLiteral(node.getLiteralLexicalForm(), language);
    }
}
