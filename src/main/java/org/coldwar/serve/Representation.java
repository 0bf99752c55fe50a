package org.coldwar.serve;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.Lang;

/**
 * The representations a linked-data resource is served in: media type, file suffix (for
 * {@code /entity/x.ttl} and {@code ?format=ttl}), and the Jena language, null for HTML.
 * N3 is answered in Turtle with {@code @prefix} directives ({@link NetworkTurtle}), which N3 parsers read.
 * {@code text/plain} asks for N-Triples (as rdflib does): its media type before RDF 1.1 registered {@code application/n-triples}.
 */
public enum Representation {
    HTML("text/html", "html", null, List.of("application/xhtml+xml")),
    TURTLE("text/turtle", "ttl", Lang.TURTLE, List.of("application/x-turtle", "application/turtle", "text/n3", "text/rdf+n3")),
    NTRIPLES("application/n-triples", "nt", Lang.NTRIPLES, List.of("text/plain")),
    JSONLD("application/ld+json", "jsonld", Lang.JSONLD, List.of("application/json")),
    RDFXML("application/rdf+xml", "rdf", Lang.RDFXML, List.of("application/xml", "text/xml")),
    TRIG("application/trig", "trig", Lang.TRIG, List.of()),
    NQUADS("application/n-quads", "nq", Lang.NQUADS, List.of());

    /** What every document is offered in; the quad syntaxes only where the content has graphs. */
    public static final List<Representation> FOR_TRIPLES = List.of(HTML, TURTLE, NTRIPLES, JSONLD, RDFXML);
    /** What a document whose content is a named graph is offered in. */
    public static final List<Representation> FOR_QUADS = List.of(values());

    private final String mediaType;
    private final String suffix;
    private final Lang lang;
    private final List<String> aliases;

    Representation(String mediaType, String suffix, Lang lang, List<String> aliases) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.lang = lang;
        this.aliases = aliases;
    }

    public String mediaType() {
        return mediaType;
    }

    public String suffix() {
        return suffix;
    }

    /** The Jena language, or null for HTML. */
    public Lang lang() {
        return lang;
    }

    /** The Content-Type header value. */
    public String contentType() {
        return mediaType + (this == NTRIPLES || this == HTML || this == TURTLE || this == TRIG || this == NQUADS
                ? "; charset=utf-8" : "");
    }

    /** The content type answering {@code mediaRange}: an alias asked for by name is answered under that name. */
    String contentTypeFor(String accept) {
        if (this == NTRIPLES && accept != null && accept.contains("text/plain") && !accept.contains(mediaType)) {
            return "text/plain; charset=utf-8";
        }
        return contentType();
    }

    /** True for TriG and N-Quads, which carry graph names. */
    public boolean quads() {
        return this == TRIG || this == NQUADS;
    }

    boolean answers(String mediaRange) {
        return mediaType.equals(mediaRange) || aliases.contains(mediaRange);
    }

    public static Optional<Representation> bySuffix(String suffix) {
        return Arrays.stream(values()).filter(r -> r.suffix.equals(suffix)).findFirst();
    }
}
