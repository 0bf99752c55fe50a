package org.coldwar.map;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.coldwar.extract.Citation;
import org.coldwar.vocab.CITO;
import org.coldwar.vocab.CW;
import org.coldwar.vocab.PROV;

/**
 * Maps a footnote reference to a {@code cw:Citation} in the sources graph: where it is printed
 * (its passage, verbatim), the footnote's number, and what it refers to, a work (DCMI terms and
 * BIBO) or an archival unit (repository, fond, opis, delo, sheets). Empty cells are left out.
 */
final class CitationMapper {

    private final IriMinter iris;
    private final GraphEmitter out;
    private final PassageMapper passages;
    private final ProvenanceIndex provenance;

    CitationMapper(IriMinter iris, StreamRDF stream, PassageMapper passages, ProvenanceIndex provenance) {
        this.iris = iris;
        this.out = new GraphEmitter(stream, iris.sourcesGraph());
        this.passages = passages;
        this.provenance = provenance;
    }

    /** The IRI of a citation, named by where it is printed. */
    Node iri(Citation citation) {
        return iris.citation(citation.printed().sourceStem(), citation.printed().start(), citation.printed().end());
    }

    /** Emits the citation and returns its IRI. */
    Node map(Citation citation) {
        Node c = iri(citation);
        provenance.record(c, citation.location());
        Node printed = passages.map(citation.printed(), citation.location());
        out.add(c, RDF.type.asNode(), CW.Citation);
        switch (citation.kind()) {
            case WORK -> out.add(c, RDF.type.asNode(), CW.WorkCitation);
            case ARCHIVE -> out.add(c, RDF.type.asNode(), CW.ArchivalCitation);
            case SOURCE_NOTE -> out.add(c, RDF.type.asNode(), CW.SourceNote);
            case NOTE -> { }
        }
        out.add(c, RDFS.label.asNode(), Literals.string("note " + citation.note() + ": " + citation.printed().exact()));
        out.add(c, CW.footnote, Literals.string(citation.note()));
        out.add(c, PROV.wasDerivedFrom, printed);
        out.add(c, DCTerms.bibliographicCitation.asNode(), Literals.string(citation.printed().exact()));
        for (String author : citation.authors()) {
            out.add(c, DCTerms.creator.asNode(), iris.entity(author));
        }
        literal(c, DCTerms.title.asNode(), citation.title());
        literal(c, CW.publishedIn, citation.publishedIn());
        literal(c, DCTerms.publisher.asNode(), citation.publisher());
        if (!citation.year().isEmpty()) {
            out.add(c, DCTerms.issued.asNode(), Literals.date(citation.year()));
        }
        literal(c, CITO.pages, citation.pages());
        if (!citation.repository().isEmpty()) {
            out.add(c, CW.repository, iris.entity(citation.repository()));
        }
        literal(c, CW.fond, citation.fond());
        literal(c, CW.opis, citation.opis());
        literal(c, CW.delo, citation.delo());
        literal(c, CW.sheets, citation.sheets());
        return c;
    }

    private void literal(Node subject, Node predicate, String cell) {
        if (!cell.isEmpty()) {
            out.add(subject, predicate, Literals.string(cell));
        }
    }
}
