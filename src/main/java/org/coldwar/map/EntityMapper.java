package org.coldwar.map;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.coldwar.extract.Entity;
import org.coldwar.extract.WikidataLink;
import org.coldwar.vocab.CW;
import org.coldwar.vocab.Namespaces;

/**
 * Maps an authority-file entity to RDF: type and labels in the entities graph; its Wikidata
 * links ({@code owl:sameAs} for exact, {@code skos:closeMatch} for close) with a record of the
 * evidence for each in the links graph.
 */
public final class EntityMapper {

    private static final Node SCHEMA_DESCRIPTION = NodeFactory.createURI(Namespaces.SCHEMA + "description");

    private final IriMinter iris;
    private final GraphEmitter entities;
    private final GraphEmitter links;
    private final ProvenanceIndex provenance;

    public EntityMapper(IriMinter iris, StreamRDF stream, ProvenanceIndex provenance) {
        this.iris = iris;
        this.entities = new GraphEmitter(stream, iris.entitiesGraph());
        this.links = new GraphEmitter(stream, iris.linksGraph());
        this.provenance = provenance;
    }

    public void map(Entity entity, List<WikidataLink> wikidataLinks) {
        Node s = iris.entity(entity.id());
        provenance.record(s, entity.declaredAt());
        entities.add(s, RDF.type.asNode(), CW.term(entity.type()));
        entities.add(s, RDFS.label.asNode(), Literals.english(entity.label()));
        entities.add(s, SKOS.prefLabel.asNode(), Literals.english(entity.label()));
        for (String alt : entity.altLabels()) {
            if (!alt.equals(entity.label())) {
                entities.add(s, SKOS.altLabel.asNode(), Literals.english(alt));
            }
        }
        if (!entity.description().isEmpty()) {
            entities.add(s, SCHEMA_DESCRIPTION, Literals.english(entity.description()));
        }
        for (WikidataLink link : wikidataLinks) {
            mapLink(s, link);
        }
    }

    private void mapLink(Node entity, WikidataLink link) {
        Node item = NodeFactory.createURI(Namespaces.WD + link.qid());
        Node predicate = link.match() == WikidataLink.Match.EXACT ? OWL.sameAs.asNode() : SKOS.closeMatch.asNode();
        links.add(entity, predicate, item);
        Node record = iris.link(link.entityId(), link.qid());
        provenance.record(record, link.declaredAt());
        links.add(record, RDF.type.asNode(), CW.LinkRecord);
        links.add(record, RDF.subject.asNode(), entity);
        links.add(record, RDF.predicate.asNode(), predicate);
        links.add(record, RDF.object.asNode(), item);
        links.add(record, CW.evidence, Literals.string(link.evidence()));
        if (!link.wikidataLabel().isEmpty()) {
            links.add(record, CW.wikidataLabel, Literals.english(link.wikidataLabel()));
        }
    }
}
