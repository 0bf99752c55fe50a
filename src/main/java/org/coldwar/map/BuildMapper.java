package org.coldwar.map;

import java.util.Collection;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.coldwar.source.SourceDocument;
import org.coldwar.vocab.CW;
import org.coldwar.vocab.PROV;

/**
 * Maps the build activity: which software (and version) ran it, when, and which sources it used.
 * Its IRI comes from the hash of all inputs, so a rebuild of unchanged inputs keeps it.
 */
public final class BuildMapper {

    private final IriMinter iris;
    private final GraphEmitter out;

    public BuildMapper(IriMinter iris, StreamRDF stream) {
        this.iris = iris;
        this.out = new GraphEmitter(stream, iris.buildGraph());
    }

    /** Emits the activity {@code iris.build(inputsHash)} and returns it. */
    public Node map(BuildInfo info, String inputsHash, Collection<SourceDocument> sources) {
        Node activity = iris.build(inputsHash);
        Node software = iris.software(info.softwareVersion());
        out.add(activity, RDF.type.asNode(), CW.Build);
        out.add(activity, RDF.type.asNode(), PROV.Activity);
        out.add(activity, RDFS.label.asNode(), Literals.english("coldwar build " + inputsHash));
        out.add(activity, PROV.startedAtTime,
                NodeFactory.createLiteralDT(info.startedAt().toString(), XSDDatatype.XSDdateTime));
        out.add(activity, PROV.wasAssociatedWith, software);
        for (SourceDocument source : sources) {
            out.add(activity, PROV.used, iris.source(source.stem()));
        }
        out.add(software, RDF.type.asNode(), PROV.SoftwareAgent);
        out.add(software, RDFS.label.asNode(), Literals.english("coldwar " + info.softwareVersion()));
        out.add(software, CW.softwareVersion, Literals.string(info.softwareVersion()));
        return activity;
    }
}
