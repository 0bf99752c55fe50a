package org.coldwar.map;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.coldwar.extract.auto.Sentences;
import org.coldwar.vocab.CW;
import org.coldwar.vocab.PROV;

/**
 * Maps the automatic extraction activity of a build: a {@code cw:Extraction} (a PROV activity)
 * informed by the build, associated with our software agent, naming the model artifacts it used.
 * Everything the machine makes points to it, so a reader can tell a program's proposal from a
 * historian's claim.
 */
final class ExtractionMapper {

    private final IriMinter iris;
    private final GraphEmitter out;

    ExtractionMapper(IriMinter iris, StreamRDF stream) {
        this.iris = iris;
        this.out = new GraphEmitter(stream, iris.buildGraph());
    }

    Node map(String inputsHash, Node build, String softwareVersion) {
        Node activity = iris.extraction(inputsHash);
        out.add(activity, RDF.type.asNode(), CW.Extraction);
        out.add(activity, RDF.type.asNode(), PROV.Activity);
        out.add(activity, RDFS.label.asNode(), Literals.english("automatic extraction " + inputsHash));
        out.add(activity, PROV.wasInformedBy, build);
        out.add(activity, PROV.wasAssociatedWith, iris.software(softwareVersion));
        out.add(activity, CW.usedModel, Literals.string(Sentences.MODEL_ARTIFACT));
        return activity;
    }
}
