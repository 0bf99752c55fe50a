package org.coldwar.serve;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.Lang;

/**
 * The representations a linked-data resource is served in: media type, file suffix (for
 * {@code /entity/x.ttl} and {@code ?format=ttl}), and the Jena language, null for HTML.
 */
public enum Representation {
    HTML("text/html", "html", null, List.of("application/xhtml+xml")),
    TURTLE("text/turtle", "ttl", Lang.TURTLE, List.of("application/x-turtle")),
    NTRIPLES("application/n-triples", "nt", Lang.NTRIPLES, List.of()),
    JSONLD("application/ld+json", "jsonld", Lang.JSONLD, List.of("application/json")),
    RDFXML("application/rdf+xml", "rdf", Lang.RDFXML, List.of("application/xml", "text/xml"));

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
        return mediaType + (this == NTRIPLES || this == HTML || this == TURTLE ? "; charset=utf-8" : "");
    }

    boolean answers(String mediaRange) {
        return mediaType.equals(mediaRange) || aliases.contains(mediaRange);
    }

    public static Optional<Representation> bySuffix(String suffix) {
        return Arrays.stream(values()).filter(r -> r.suffix.equals(suffix)).findFirst();
    }
}
