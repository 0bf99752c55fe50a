package org.coldwar.map;

import java.net.URI;
import java.net.URISyntaxException;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Mints every IRI of the dataset under one base, deterministically from content: the same
 * inputs always give the same IRIs. The layout under the base:
 * <pre>
 *   entity/{id}                    an entity of the authority file
 *   claim/{hash}                   a claim (hash of its content, not of its row)
 *   passage/{source}/{start}-{end} a passage (code point offsets), with #position and #quote selectors
 *   source/{source}                a source document (file name without .txt)
 *   citation/{source}/{start}-{end} a reference printed in a footnote (code point offsets of its text)
 *   annotation/{source}/{start}-{end}/{maker}/{body} a mention (maker: editor or auto)
 *   extraction/{hash}              the automatic extraction activity of a build
 *   link/{id}/{qid}                the record of one Wikidata link
 *   build/{hash}                   the build activity (hash of all inputs)
 *   graph/...                      named graphs; dataset  the dataset itself
 * </pre>
 */
public final class IriMinter {

    /** The documented default base, under which the ontology lives too. */
    public static final String DEFAULT_BASE = "https://w3id.org/coldwar/";

    private final String base;

    private IriMinter(String base) {
        this.base = base;
    }

    /**
     * @throws IllegalArgumentException if {@code base} is not an absolute http(s) IRI ending in '/'
     */
    public static IriMinter of(String base) {
        try {
            URI uri = new URI(base);
            if (!uri.isAbsolute() || !(base.startsWith("http://") || base.startsWith("https://"))
                    || uri.getHost() == null || !base.endsWith("/") || uri.getQuery() != null
                    || uri.getFragment() != null) {
                throw new IllegalArgumentException("base IRI must be an absolute http(s) IRI ending in '/': " + base);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("base IRI is not a valid IRI: " + base);
        }
        return new IriMinter(base);
    }

    public String base() {
        return base;
    }

    public Node entity(String id) {
        return iri("entity/" + id);
    }

    public Node claim(String contentHash) {
        return iri("claim/" + contentHash);
    }

    public Node passage(String sourceStem, int start, int end) {
        return iri("passage/" + sourceStem + "/" + start + "-" + end);
    }

    public Node positionSelector(Node passage) {
        return NodeFactory.createURI(passage.getURI() + "#position");
    }

    public Node quoteSelector(Node passage) {
        return NodeFactory.createURI(passage.getURI() + "#quote");
    }

    /** A part of a document, such as a claim's time value ({@code claim/…#pointInTime}). */
    public Node part(Node document, String fragment) {
        return NodeFactory.createURI(document.getURI() + "#" + fragment);
    }

    public Node citation(String sourceStem, int start, int end) {
        return iri("citation/" + sourceStem + "/" + start + "-" + end);
    }

    /** A mention or tag of a span: {@code maker} is {@code editor} or {@code auto}; {@code body} names what it identifies. */
    public Node annotation(String sourceStem, int start, int end, String maker, String body) {
        return iri("annotation/" + sourceStem + "/" + start + "-" + end + "/" + maker + "/" + body);
    }

    public Node extraction(String inputsHash) {
        return iri("extraction/" + inputsHash);
    }

    public Node mentionsGraph(String sourceStem) {
        return iri("graph/mentions/" + sourceStem);
    }

    public Node candidatesGraph(String sourceStem) {
        return iri("graph/candidates/" + sourceStem);
    }

    public Node source(String sourceStem) {
        return iri("source/" + sourceStem);
    }

    public Node link(String entityId, String qid) {
        return iri("link/" + entityId + "/" + qid);
    }

    public Node build(String inputsHash) {
        return iri("build/" + inputsHash);
    }

    public Node software(String version) {
        return iri("software/coldwar/" + version);
    }

    public Node dataset() {
        return iri("dataset");
    }

    public Node entitiesGraph() {
        return iri("graph/entities");
    }

    public Node linksGraph() {
        return iri("graph/links");
    }

    public Node sourcesGraph() {
        return iri("graph/sources");
    }

    public Node claimsGraph(String sourceStem) {
        return iri("graph/claims/" + sourceStem);
    }

    public Node buildGraph() {
        return iri("graph/build");
    }

    private Node iri(String path) {
        return NodeFactory.createURI(base + path);
    }
}
