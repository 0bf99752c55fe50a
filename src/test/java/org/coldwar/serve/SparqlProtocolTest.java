package org.coldwar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SPARQL protocol as clients use it: service description, HEAD, formats by Accept and by parameter, Link headers. */
class SparqlProtocolTest {

    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String STALIN = "https://w3id.org/coldwar/entity/joseph_stalin";
    private final TestServer server = TestServer.get();

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String type(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private static Graph parse(HttpResponse<String> response) {
        Lang lang = RDFLanguages.contentTypeToLang(type(response).split(";")[0].strip());
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), lang).base("http://x/").parse(graph);
        return graph;
    }

    @Test
    void describeWithoutWhereAnswers() {
        HttpResponse<String> r = server.sparql("DESCRIBE <" + STALIN + ">", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("Joseph Stalin"), r.body());
    }

    @ParameterizedTest(name = "GET {0} without a query")
    @ValueSource(strings = {"/sparql", "/coldwar/sparql"})
    void theEndpointDescribesItself(String path) {
        HttpResponse<String> r = server.get(path, "Accept", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(type(r).startsWith("text/turtle"), type(r));
        Graph description = parse(r);
        Node endpoint = NodeFactory.createURI(server.uri(path).toString());
        assertTrue(description.contains(endpoint, NodeFactory.createURI(SD + "endpoint"), endpoint), r.body());
        assertTrue(description.contains(endpoint, NodeFactory.createURI(SD + "feature"),
                NodeFactory.createURI(SD + "UnionDefaultGraph")));
        assertTrue(description.contains(endpoint, NodeFactory.createURI(SD + "resultFormat"),
                NodeFactory.createURI("http://www.w3.org/ns/formats/SPARQL_Results_JSON")));
        assertTrue(description.contains(endpoint, NodeFactory.createURI(SD + "propertyFeature"),
                NodeFactory.createURI("http://jena.apache.org/text#query")));
        assertTrue(server.get(path).body().contains(SD + "Service") || type(server.get(path)).startsWith("text/turtle"),
                "no Accept: Turtle");
    }

    @ParameterizedTest(name = "service description as {0}")
    @ValueSource(strings = {"application/n-triples", "application/ld+json", "application/rdf+xml", "text/plain"})
    void theServiceDescriptionIsNegotiated(String accept) {
        HttpResponse<String> r = server.get("/sparql", "Accept", accept);
        assertEquals(200, r.statusCode());
        assertTrue(type(r).startsWith(accept), type(r));
        Graph description = accept.equals("text/plain") ? nTriples(r.body()) : parse(r);
        assertTrue(description.contains(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(SD + "Service")));
    }

    private static Graph nTriples(String body) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, Lang.NTRIPLES).parse(graph);
        return graph;
    }

    @Test
    void aBrowserAtTheEndpointIsSentToTheQueryPage() {
        HttpResponse<String> r = server.get("/sparql", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(303, r.statusCode());
        assertEquals("/query", r.headers().firstValue("Location").orElse(""));
    }

    @Test
    void headWorksWhereAllowSaysSo() {
        HttpResponse<String> options = server.send(HttpRequest.newBuilder(server.uri("/sparql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(options.headers().firstValue("Allow").orElse("").contains("HEAD"), options.headers().toString());
        for (String path : List.of("/sparql", "/sparql?query=" + encode("ASK {}"), "/coldwar/sparql?query=" + encode("SELECT * {}"))) {
            HttpResponse<String> head = server.send(HttpRequest.newBuilder(server.uri(path))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Accept", "application/sparql-results+json, text/turtle")
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, head.statusCode(), path);
            assertEquals("", head.body(), path);
            assertFalse(type(head).isEmpty(), path);
        }
    }

    @ParameterizedTest(name = "SELECT with Accept: {0} -> 406")
    @ValueSource(strings = {"image/png", "text/turtle", "application/pdf, image/*;q=0.5"})
    void aResultFormatWeCannotMakeIs406(String accept) {
        HttpResponse<String> r = server.sparql("SELECT * WHERE { ?s ?p ?o } LIMIT 1", accept);
        assertEquals(406, r.statusCode(), r.body());
        assertTrue(r.body().contains("application/sparql-results+json"), r.body());
        assertEquals(406, server.sparql("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1", "image/png").statusCode());
        assertEquals(406, server.sparql("ASK {}", "image/png").statusCode());
        assertEquals(406, server.sparql("ASK {}", "text/turtle").statusCode(), "a boolean is not a graph");
    }

    @Test
    void wildcardsAndNoAcceptStillGetAnAnswer() {
        assertEquals(200, server.sparql("SELECT * WHERE { ?s ?p ?o } LIMIT 1", "*/*").statusCode());
        assertEquals(200, server.sparql("SELECT * WHERE { ?s ?p ?o } LIMIT 1", "image/png, */*;q=0.1").statusCode());
        assertEquals(200, server.get("/sparql?query=" + encode("ASK {}")).statusCode());
    }

    @Test
    void outputAndFormatParametersChooseTheFormat() {
        String select = encode("SELECT ?l WHERE { <" + STALIN + "> <http://www.w3.org/2000/01/rdf-schema#label> ?l }");
        String construct = encode("CONSTRUCT WHERE { <" + STALIN + "> <http://www.w3.org/2000/01/rdf-schema#label> ?l }");
        Map<String, String> cases = Map.ofEntries(
                Map.entry(select + "&output=json", "application/sparql-results+json"),
                Map.entry(select + "&format=json&output=json&results=json", "application/sparql-results+json"),
                Map.entry(select + "&output=xml", "application/sparql-results+xml"),
                Map.entry(select + "&output=csv", "text/csv"),
                Map.entry(select + "&format=tsv&format=" + encode("text/tab-separated-values"), "text/tab-separated-values"),
                Map.entry(select + "&output=nonsense", "application/sparql-results+json"),
                Map.entry(construct + "&output=rdf%2Bxml&output=" + encode("application/rdf+xml"), "application/rdf+xml"),
                Map.entry(construct + "&output=n3", "text/turtle"),
                Map.entry(construct + "&format=turtle", "text/turtle"),
                Map.entry(construct + "&output=ntriples", "application/n-triples"),
                Map.entry(construct + "&output=json-ld", "application/ld+json"),
                Map.entry(construct + "&output=xml", "application/rdf+xml"),
                Map.entry(construct + "&output=nonsense", "application/ld+json"));
        cases.forEach((query, expected) -> {
            HttpResponse<String> r = server.get("/sparql?query=" + query, "Accept", expected.equals("application/ld+json")
                    ? "application/ld+json" : "application/sparql-results+json, text/turtle;q=0.1");
            assertEquals(200, r.statusCode(), query + ": " + r.body());
            assertTrue(type(r).startsWith(expected), query + ": " + type(r));
            assertTrue(r.body().contains("Joseph Stalin"), query);
        });
    }

    @Test
    void constructResultsComeInQuadSyntaxesToo() {
        String query = "CONSTRUCT WHERE { <" + STALIN + "> <http://www.w3.org/2000/01/rdf-schema#label> ?l }";
        for (String accept : List.of("application/trig", "application/n-quads", "text/plain")) {
            HttpResponse<String> r = server.sparql(query, accept);
            assertEquals(200, r.statusCode(), accept);
            assertTrue(r.body().contains("Joseph Stalin"), accept);
        }
    }

    @Test
    void textPlainGetsNTriplesOfADocument() {
        HttpResponse<String> r = server.get("/entity/joseph_stalin", "Accept", "text/plain");
        assertEquals(200, r.statusCode());
        assertTrue(type(r).startsWith("text/plain"), type(r));
        assertTrue(nTriples(r.body()).contains(NodeFactory.createURI(STALIN), Node.ANY, Node.ANY));
    }

    @Test
    void graphDocumentsComeInQuadSyntaxes() {
        for (String accept : List.of("application/trig", "application/n-quads")) {
            HttpResponse<String> r = server.get("/graph/entities", "Accept", accept);
            assertEquals(200, r.statusCode(), accept);
            assertTrue(type(r).startsWith(accept), type(r));
            DatasetGraph dataset = DatasetGraphFactory.createGeneral();
            RDFParser.fromString(r.body(), RDFLanguages.contentTypeToLang(accept)).parse(dataset);
            assertTrue(dataset.getGraph(NodeFactory.createURI("https://w3id.org/coldwar/graph/entities"))
                    .contains(NodeFactory.createURI(STALIN), Node.ANY, Node.ANY), accept);
        }
        assertEquals(200, server.get("/graph/entities.trig").statusCode());
        assertEquals(406, server.get("/entity/joseph_stalin", "Accept", "application/trig").statusCode(),
                "an entity's document has no graphs");
    }

    @Test
    void theGraphStoreServesTheDatasetInQuadSyntaxes() {
        for (String accept : List.of("application/trig", "application/n-quads")) {
            HttpResponse<String> r = server.get("/coldwar/data", "Accept", accept);
            assertEquals(200, r.statusCode(), accept);
            assertTrue(type(r).startsWith(accept), type(r));
            assertTrue(r.body().contains("https://w3id.org/coldwar/graph/entities"), accept);
        }
    }

    @Test
    void theGraphStoresDefaultGraphIsTheQueryServicesDefaultGraph() {
        HttpResponse<String> r = server.get("/coldwar/data?default", "Accept", "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        long triples = r.body().lines().filter(l -> !l.isBlank()).count();
        HttpResponse<String> count = server.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "text/csv");
        assertEquals(Long.parseLong(count.body().lines().skip(1).findFirst().orElseThrow().strip()), triples);
    }

    @Test
    void documentsLinkToTheirOtherVersions() {
        HttpResponse<String> page = server.get("/entity/joseph_stalin", "Accept", "text/html");
        String links = page.headers().firstValue("Link").orElse("");
        assertTrue(links.contains("</entity/joseph_stalin.ttl>; rel=\"alternate\"; type=\"text/turtle\""), links);
        assertTrue(links.contains("<" + STALIN + ">; rel=\"canonical\""), links);
        assertTrue(page.body().contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"/entity/joseph_stalin.ttl\">"),
                page.body().substring(0, 600));
        assertFalse(page.body().contains("joseph_stalin.trig"), "an entity's document has no graphs to offer in TriG");
        assertTrue(server.get("/graph/entities", "Accept", "text/html").body().contains("href=\"/graph/entities.trig\""));
        HttpResponse<String> data = server.get("/entity/joseph_stalin.ttl");
        assertTrue(data.body().startsWith("@prefix"), "Turtle that N3 parsers read too");
        assertTrue(data.headers().firstValue("Link").orElse("").contains("</entity/joseph_stalin.html>; rel=\"alternate\"; type=\"text/html\""));
        HttpResponse<String> landing = server.get("/");
        assertTrue(landing.headers().firstValue("Link").orElse("").contains("</dataset.ttl>; rel=\"describedby\""));
        assertTrue(landing.body().contains("<link rel=\"describedby\""));
    }

    @Test
    void dataRequestsForUnknownThingsAreNotAnsweredInHtml() {
        for (HttpResponse<String> r : List.of(server.get("/entity/no_such_entity", "Accept", "text/turtle"),
                server.get("/entity/no_such_entity.ttl"), server.get("/entity/no_such_entity.jsonld", "Accept", "text/html"))) {
            assertEquals(404, r.statusCode());
            assertTrue(type(r).startsWith("text/plain"), type(r));
            assertFalse(r.body().contains("<html"), r.body());
        }
        assertTrue(type(server.get("/entity/no_such_entity", "Accept", "text/html")).startsWith("text/html"));
    }

    @Test
    void aProtocolDatasetLimitsWhatTheQuerySees() {
        String ask = encode("ASK { <" + STALIN + "> ?p ?o }");
        String entities = encode("https://w3id.org/coldwar/graph/entities");
        String links = encode("https://w3id.org/coldwar/graph/links");
        assertTrue(server.get("/sparql?query=" + ask + "&default-graph-uri=" + entities, "Accept", "text/csv").body().contains("true"));
        assertTrue(server.get("/sparql?query=" + encode("ASK { <urn:x:nothing> ?p ?o }") + "&default-graph-uri=" + entities,
                "Accept", "application/sparql-results+json").body().contains("false"));
        assertTrue(server.get("/sparql?query=" + encode("ASK { GRAPH ?g { ?s a <https://w3id.org/coldwar/ontology#Claim> } }")
                + "&named-graph-uri=" + entities + "&named-graph-uri=" + links, "Accept", "application/sparql-results+json")
                .body().contains("false"), "claims are in neither graph");
    }
}
