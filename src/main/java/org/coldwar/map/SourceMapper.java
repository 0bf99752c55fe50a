package org.coldwar.map;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.coldwar.source.SourceDocument;
import org.coldwar.vocab.CW;
import org.coldwar.vocab.PROV;

/**
 * Maps a source document to RDF in the sources graph: its file name, SHA-256, sizes, media type,
 * language, title and origin, and what is known of its publication (authors as entities,
 * the book or journal it is in, publisher, year).
 */
public final class SourceMapper {

    private final IriMinter iris;
    private final GraphEmitter out;
    private final ProvenanceIndex provenance;

    public SourceMapper(IriMinter iris, StreamRDF stream, ProvenanceIndex provenance) {
        this.iris = iris;
        this.out = new GraphEmitter(stream, iris.sourcesGraph());
        this.provenance = provenance;
    }

    public void map(SourceDocument source) {
        Node s = iris.source(source.stem());
        provenance.record(s, source.declaredAt());
        out.add(s, RDF.type.asNode(), CW.SourceDocument);
        out.add(s, RDF.type.asNode(), PROV.Entity);
        out.add(s, RDF.type.asNode(), FOAF.Document.asNode());
        out.add(s, RDFS.label.asNode(), Literals.english(source.title()));
        out.add(s, DCTerms.title.asNode(), Literals.english(source.title()));
        if (!source.origin().isEmpty()) {
            out.add(s, CW.origin, Literals.english(source.origin()));
        }
        out.add(s, DCTerms.language.asNode(), Literals.string(source.language()));
        out.add(s, DCTerms.format.asNode(), Literals.string(source.mediaType()));
        out.add(s, CW.fileName, Literals.string(source.fileName()));
        out.add(s, CW.sha256, Literals.string(source.sha256()));
        out.add(s, CW.byteSize, Literals.integer(source.byteSize()));
        out.add(s, CW.characterCount, Literals.integer(source.codePointLength()));
        source.tei().ifPresent(tei -> {
            out.add(s, CW.teiFile, Literals.string(tei.xmlFileName()));
            out.add(s, CW.teiSha256, Literals.string(tei.xmlSha256()));
            out.add(s, CW.documentId, Literals.string(tei.documentId()));
        });
        SourceDocument.Bibliography bibliography = source.bibliography();
        bibliography.authors().forEach(author -> out.add(s, DCTerms.creator.asNode(), iris.entity(author)));
        if (!bibliography.publishedIn().isEmpty()) {
            out.add(s, CW.publishedIn, Literals.string(bibliography.publishedIn()));
        }
        if (!bibliography.publisher().isEmpty()) {
            out.add(s, DCTerms.publisher.asNode(), Literals.string(bibliography.publisher()));
        }
        if (!bibliography.year().isEmpty()) {
            out.add(s, DCTerms.issued.asNode(), Literals.date(bibliography.year()));
        }
    }
}
