package org.coldwar.serve;

import java.io.OutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RIOT;

/**
 * Turtle as the server sends it: with {@code @prefix} directives rather than Turtle 1.1's
 * {@code PREFIX}, so that N3 and Turtle 1.0 parsers read it too (rdflib's N3 parser, which
 * SPARQLWrapper's {@code n3} format uses, stops at {@code PREFIX}). The release's dumps keep
 * Jena's default.
 */
final class NetworkTurtle {

    private NetworkTurtle() {
    }

    static void write(OutputStream out, Graph graph) {
        RDFWriter.source(graph).format(RDFFormat.TURTLE_PRETTY).set(RIOT.symTurtleDirectiveStyle, "at").output(out);
    }
}
