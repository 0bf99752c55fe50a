package org.coldwar.validate;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.coldwar.vocab.Ontology;

/**
 * The SHACL shapes of {@code shapes/}, one file per family of classes, as packaged on the class
 * path by the build. A test checks that every file of {@code shapes/} is listed here.
 */
public final class ShapesCatalog {

    /** The shape files, by name under {@code shapes/}. */
    public static final List<String> FILES = List.of("claims.ttl", "passages.ttl", "sources.ttl", "entities.ttl");

    private ShapesCatalog() {
    }

    /** All shapes as one graph. */
    public static Graph graph() {
        Graph all = GraphFactory.createDefaultGraph();
        for (String file : FILES) {
            Ontology.load("/shapes/" + file).find().forEachRemaining(all::add);
        }
        return all;
    }

    public static Shapes shapes() {
        return Shapes.parse(graph());
    }

    /** The SHA-256 of the shape files' bytes, in the order of {@link #FILES}. */
    public static String fingerprint() {
        java.security.MessageDigest digest = org.coldwar.source.Sha256.digest();
        for (String file : FILES) {
            digest.update(org.coldwar.Resources.bytes(ShapesCatalog.class, "/shapes/" + file));
        }
        return org.coldwar.source.Sha256.hex(digest.digest());
    }
}
