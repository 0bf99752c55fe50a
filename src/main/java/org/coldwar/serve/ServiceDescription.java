package org.coldwar.serve;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.coldwar.Resources;

/**
 * The SPARQL 1.1 Service Description of the query service, kept as
 * {@code service-description.ttl} beside this class and read with the endpoint's URL as base, so
 * that {@code <>} names the endpoint the client called (whatever host, port or proxy prefix).
 */
final class ServiceDescription {

    private static final String TURTLE = Resources.text(ServiceDescription.class, "service-description.ttl");

    private ServiceDescription() {
    }

    /** The description of the endpoint at {@code endpointUrl} (absolute). */
    static Graph of(String endpointUrl) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(TURTLE, Lang.TURTLE).base(endpointUrl).parse(graph);
        return graph;
    }

    /** Writes the description in a representation other than HTML. */
    static void write(String endpointUrl, Representation representation, OutputStream out) throws IOException {
        if (representation.lang() == null) {
            throw new IllegalArgumentException("no RDF syntax for " + representation);
        }
        if (representation == Representation.TURTLE) {
            NetworkTurtle.write(out, of(endpointUrl));
        } else {
            RDFDataMgr.write(out, of(endpointUrl), representation.lang());
        }
    }
}
