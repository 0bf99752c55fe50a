package org.coldwar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetReaderRegistry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.apache.jena.riot.resultset.ResultSetReader;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The query cases of the W3C SPARQL 1.1 Protocol test suite (rdf-tests,
 * {@code sparql/sparql11/protocol/manifest.ttl}), one test per manifest entry, in the
 * manifest's order and under its names, run against our endpoint. Each request follows the
 * case's method, parameters, headers and body; each check follows its expected status class,
 * result format and boolean.
 * <p>
 * Two adaptations, because our endpoint serves one fixed, read-only dataset: the paths are
 * {@code /sparql} (the manifest's {@code /sparql/} is its endpoint), and the graphs the dataset
 * cases load ({@code data1.rdf}, {@code data2.rdf}, {@code data3.rdf}: one typed resource each)
 * are three of our claim graphs, each with one of its claims, so that the same requests over
 * {@code default-graph-uri}/{@code named-graph-uri} must find them. ({@code data0.rdf}, named
 * but never loaded by the suite, stays as it is.)
 * <p>
 * Skipped: every update case ({@code update_*}, {@code bad_update_*}). There is no update
 * operation: the service is read-only, and refusing writes is tested in {@code ServeHttpTest}.
 */
class W3cProtocolQueryTest {

    private static final String DATA = "http://kasei.us/2009/09/sparql/data/";

    /** The manifest's entries, in its order: update cases are skipped for the reason given. */
    static Stream<Arguments> manifest() {
        String skip = "no update operation: the service is read-only";
        return Stream.of("query_post_form", "query_dataset_default_graphs_get", "query_dataset_default_graphs_post",
                "query_dataset_named_graphs_post", "query_dataset_named_graphs_get", "query_dataset_full",
                "query_multiple_dataset", "query_get", "query_content_type_select", "query_content_type_ask",
                "query_content_type_describe", "query_content_type_construct", "update_dataset_default_graph",
                "update_dataset_default_graphs", "update_dataset_named_graphs", "update_dataset_full", "update_post_form",
                "update_post_direct", "update_base_uri", "query_post_direct", "bad_query_method", "bad_multiple_queries",
                "bad_query_wrong_media_type", "bad_query_missing_form_type", "bad_query_missing_direct_type",
                "bad_query_non_utf8", "bad_query_syntax", "bad_update_get", "bad_multiple_updates",
                "bad_update_wrong_media_type", "bad_update_missing_form_type", "bad_update_non_utf8", "bad_update_syntax",
                "bad_update_dataset_conflict")
                .map(name -> Arguments.of(name, name.contains("update") ? skip : null));
    }

    /** A request of a case, and what its response must be. */
    private record Case(String method, String pathAndQuery, String contentType, String body, Charset charset,
            int statusClass, String format, Boolean expected) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifest")
    void w3cProtocolCase(String name, String skipReason) {
        Assumptions.assumeTrue(skipReason == null, skipReason);
        Case c = cases().get(name);
        TestServer server = TestServer.get();
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(c.pathAndQuery()));
        if (c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        request.method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(c.body().getBytes(c.charset())));
        HttpResponse<byte[]> response = TestServer.sendFresh(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        int status = response.statusCode();
        String body = new String(response.body(), StandardCharsets.UTF_8);
        if (c.statusClass() == 4) {
            assertTrue(status >= 400 && status < 500, name + ": expected 4xx, got " + status + ": " + body);
            return;
        }
        assertTrue(status >= 200 && status < 400, name + ": expected 2xx or 3xx, got " + status + ": " + body);
        String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
        switch (c.format()) {
            case "boolean" -> {
                SPARQLResult result = results(type, response.body(), name);
                assertTrue(result.isBoolean(), name + ": not a boolean result: " + body);
                if (c.expected() != null) {
                    assertEquals(c.expected(), result.getBooleanResult(), name);
                }
            }
            case "tabular" -> assertTrue(results(type, response.body(), name).isResultSet(), name + ": " + body);
            case "RDF" -> {
                Lang lang = RDFLanguages.contentTypeToLang(type);
                assertFalse(lang == null || RDFLanguages.isQuads(lang) && lang != Lang.TRIG, name + ": not RDF: " + type);
                Graph graph = GraphFactory.createDefaultGraph();
                RDFParser.source(new ByteArrayInputStream(response.body())).lang(lang).base("http://x/").parse(graph);
            }
            default -> throw new IllegalStateException(c.format());
        }
    }

    private static SPARQLResult results(String contentType, byte[] body, String name) {
        Lang lang = RDFLanguages.contentTypeToLang(contentType);
        assertTrue(lang != null && ResultSetReaderRegistry.isRegistered(lang), name + ": not a SPARQL results type: " + contentType);
        ResultSetReader reader = ResultSetReaderRegistry.getFactory(lang).create(lang);
        return reader.readAny(new ByteArrayInputStream(body), new Context());
    }

    private static Map<String, Case> cases;

    /** The cases, built once the server is up (the dataset cases need three of its claims). */
    private static synchronized Map<String, Case> cases() {
        if (cases == null) {
            cases = build(claimGraphs());
        }
        return cases;
    }

    /** Three claim graphs and, for each, one claim typed in it: our data1, data2 and data3. */
    private static List<String[]> claimGraphs() {
        HttpResponse<String> r = TestServer.get().sparql("PREFIX cw: <https://w3id.org/coldwar/ontology#> "
                + "SELECT ?g (MIN(STR(?c)) AS ?claim) WHERE { GRAPH ?g { ?c a cw:Claim } } GROUP BY ?g ORDER BY ?g LIMIT 3",
                "text/csv");
        List<String[]> rows = new ArrayList<>();
        r.body().lines().skip(1).map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> rows.add(l.split(",")));
        assertEquals(3, rows.size(), r.body());
        return rows;
    }

    private static Map<String, Case> build(List<String[]> graphs) {
        // the manifest's dataN.rdf, as graph IRI and as the typed resource in that graph
        String[] g = new String[4];
        String[] s = new String[4];
        for (int i = 1; i <= 3; i++) {
            g[i] = graphs.get(i - 1)[0];
            s[i] = graphs.get(i - 1)[1];
        }
        String data0 = enc(DATA + "data0.rdf");
        String form = "application/x-www-form-urlencoded";
        String direct = "application/sparql-query";
        Charset utf8 = StandardCharsets.UTF_8;
        String askBoth = "ASK { <" + s[1] + "> a ?type . <" + s[2] + "> a ?type . }";
        String askNamed = "ASK { GRAPH ?g1 { <" + s[1] + "> a ?type } GRAPH ?g2 { <" + s[2] + "> a ?type } }";
        String defaults12 = "default-graph-uri=" + enc(g[1]) + "&default-graph-uri=" + enc(g[2]);
        String named12 = "named-graph-uri=" + enc(g[1]) + "&named-graph-uri=" + enc(g[2]);
        Map<String, Case> m = new LinkedHashMap<>();
        m.put("query_post_form", new Case("POST", "/sparql?default-graph-uri=" + data0, form, "query=ASK%20%7B%7D", utf8, 2, "boolean", true));
        m.put("query_dataset_default_graphs_get", new Case("GET", "/sparql?query=" + enc(askBoth) + "&" + defaults12, null, null, utf8, 2, "boolean", true));
        m.put("query_dataset_default_graphs_post", new Case("POST", "/sparql?" + defaults12, direct, askBoth, utf8, 2, "boolean", true));
        m.put("query_dataset_named_graphs_post", new Case("POST", "/sparql?" + named12, direct, askNamed, utf8, 2, "boolean", true));
        m.put("query_dataset_named_graphs_get", new Case("GET", "/sparql?query=" + enc(askNamed) + "&" + named12, null, null, utf8, 2, "boolean", true));
        m.put("query_dataset_full", new Case("POST", "/sparql?default-graph-uri=" + enc(g[3]) + "&" + named12, direct,
                "ASK {\n  <" + s[3] + "> a ?type\n  GRAPH ?g1 { <" + s[1] + "> a ?type }\n  GRAPH ?g2 { <" + s[2] + "> a ?type }\n}",
                utf8, 2, "boolean", true));
        m.put("query_multiple_dataset", new Case("POST", "/sparql?" + named12, direct, "ASK FROM <" + g[3] + "> { GRAPH ?g1 { <"
                + s[1] + "> a ?type } GRAPH ?g2 { <" + s[2] + "> a ?type } }", utf8, 2, "boolean", true));
        m.put("query_get", new Case("GET", "/sparql?query=" + enc("ASK {}") + "&default-graph-uri=" + data0, null, null, utf8, 2, "boolean", true));
        m.put("query_content_type_select", new Case("POST", "/sparql?default-graph-uri=" + data0, direct, "SELECT (1 AS ?value) {}", utf8, 2, "tabular", null));
        m.put("query_content_type_ask", new Case("POST", "/sparql?default-graph-uri=" + data0, direct, "ASK {}", utf8, 2, "boolean", null));
        m.put("query_content_type_describe", new Case("POST", "/sparql?default-graph-uri=" + data0, direct, "DESCRIBE <http://example.org/>", utf8, 2, "RDF", null));
        m.put("query_content_type_construct", new Case("POST", "/sparql?default-graph-uri=" + data0, direct, "CONSTRUCT { <s> <p> 1 } WHERE {}", utf8, 2, "RDF", null));
        m.put("query_post_direct", new Case("POST", "/sparql", direct, "ASK {}", utf8, 2, "boolean", true));
        m.put("bad_query_method", new Case("PUT", "/sparql?query=" + enc("ASK {}") + "&default-graph-uri=" + data0, form, null, utf8, 4, null, null));
        m.put("bad_multiple_queries", new Case("GET", "/sparql?query=" + enc("ASK {}") + "&query=" + enc("SELECT * {}"), null, null, utf8, 4, null, null));
        m.put("bad_query_wrong_media_type", new Case("POST", "/sparql", "text/plain", "ASK {}", utf8, 4, null, null));
        m.put("bad_query_missing_form_type", new Case("POST", "/sparql", null, "query=ASK%20%7B%7D", utf8, 4, null, null));
        m.put("bad_query_missing_direct_type", new Case("POST", "/sparql", null, "ASK {}", utf8, 4, null, null));
        m.put("bad_query_non_utf8", new Case("POST", "/sparql", "application/sparql-query; charset=UTF-16", "ASK {}", StandardCharsets.UTF_16, 4, null, null));
        m.put("bad_query_syntax", new Case("GET", "/sparql?query=" + enc("ASK {"), null, null, utf8, 4, null, null));
        return m;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
