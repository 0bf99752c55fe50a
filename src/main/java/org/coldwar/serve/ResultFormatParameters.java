package org.coldwar.serve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A query request whose {@code output}, {@code format} or {@code results} parameter (sent by
 * SPARQLWrapper, Virtuoso-style clients and HTML forms, often all three at once) is turned into
 * the {@code Accept} header it stands for, and then removed, so that Fuseki negotiates as for
 * any other client. Known values are the short names clients use ({@code json}, {@code xml},
 * {@code csv}, {@code tsv}, {@code rdf+xml}, {@code n3}, {@code turtle}, {@code ntriples}…) and
 * media types; a short name that means both a results and a graph format ({@code json},
 * {@code xml}) asks for both, and the query's kind decides. Unknown values are ignored.
 */
final class ResultFormatParameters extends HttpServletRequestWrapper {

    static final List<String> NAMES = List.of("output", "format", "results");

    private static final Map<String, String> SHORT_NAMES = Map.ofEntries(
            Map.entry("json", "application/sparql-results+json, application/ld+json"),
            Map.entry("xml", "application/sparql-results+xml, application/rdf+xml"),
            Map.entry("sparql", "application/sparql-results+xml"),
            Map.entry("csv", "text/csv"),
            Map.entry("tsv", "text/tab-separated-values"),
            Map.entry("text", "text/plain"),
            Map.entry("rdf", "application/rdf+xml"),
            Map.entry("rdf+xml", "application/rdf+xml"),
            Map.entry("rdfxml", "application/rdf+xml"),
            Map.entry("xml-rdf", "application/rdf+xml"),
            Map.entry("n3", "text/turtle"),
            Map.entry("turtle", "text/turtle"),
            Map.entry("ttl", "text/turtle"),
            Map.entry("nt", "application/n-triples"),
            Map.entry("ntriples", "application/n-triples"),
            Map.entry("n-triples", "application/n-triples"),
            Map.entry("json-ld", "application/ld+json"),
            Map.entry("jsonld", "application/ld+json"),
            Map.entry("trig", "application/trig"),
            Map.entry("nq", "application/n-quads"),
            Map.entry("nquads", "application/n-quads"),
            Map.entry("n-quads", "application/n-quads"));

    private static final Set<String> MEDIA_TYPES = Set.of("application/sparql-results+json",
            "application/sparql-results+xml", "application/json", "application/xml", "text/csv",
            "text/tab-separated-values", "text/plain", "text/turtle", "application/turtle", "text/n3", "text/rdf+n3",
            "application/n-triples", "application/rdf+xml", "application/ld+json", "application/trig",
            "application/n-quads");

    private final String accept;

    private ResultFormatParameters(HttpServletRequest request, String accept) {
        super(request);
        this.accept = accept;
    }

    /** The request as Fuseki should see it: unchanged if it has none of the parameters. */
    static HttpServletRequest apply(HttpServletRequest request) {
        Set<String> types = new LinkedHashSet<>();
        boolean present = false;
        for (String name : NAMES) {
            String[] values = request.getParameterValues(name);
            if (values == null) {
                continue;
            }
            present = true;
            for (String value : values) {
                String type = mediaTypes(value);
                if (type != null) {
                    types.add(type);
                }
            }
        }
        if (!present) {
            return request;
        }
        return new ResultFormatParameters(request, types.isEmpty() ? request.getHeader("Accept") : String.join(", ", types));
    }

    /** The media types a parameter value stands for, or null if it is not one we know. */
    static String mediaTypes(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        String shortName = SHORT_NAMES.get(v);
        if (shortName != null) {
            return shortName;
        }
        String bare = v.split(";", 2)[0].strip();
        return MEDIA_TYPES.contains(bare) ? bare : null;
    }

    @Override
    public String getHeader(String name) {
        return "accept".equalsIgnoreCase(name) ? accept : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        if ("accept".equalsIgnoreCase(name)) {
            return Collections.enumeration(accept == null ? List.of() : List.of(accept));
        }
        return super.getHeaders(name);
    }

    @Override
    public String getParameter(String name) {
        return NAMES.contains(name) ? null : super.getParameter(name);
    }

    @Override
    public String[] getParameterValues(String name) {
        return NAMES.contains(name) ? null : super.getParameterValues(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        Map<String, String[]> map = new LinkedHashMap<>(super.getParameterMap());
        NAMES.forEach(map::remove);
        return Collections.unmodifiableMap(map);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        List<String> names = new ArrayList<>(Collections.list(super.getParameterNames()));
        names.removeAll(NAMES);
        return Collections.enumeration(names);
    }
}
