package org.coldwar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The content negotiation matrix of linked-data documents, against a real server. */
class ContentNegotiationTest {

    static final String STALIN = "/entity/joseph_stalin";
    static final Node STALIN_IRI = NodeFactory.createURI("https://w3id.org/coldwar/entity/joseph_stalin");

    static Stream<Arguments> acceptHeaders() {
        return Stream.of(
                Arguments.of("text/turtle", "text/turtle"),
                Arguments.of("application/n-triples", "application/n-triples"),
                Arguments.of("application/ld+json", "application/ld+json"),
                Arguments.of("application/json", "application/ld+json"),
                Arguments.of("application/rdf+xml", "application/rdf+xml"),
                Arguments.of("text/html", "text/html"),
                Arguments.of("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8", "text/html"),
                Arguments.of("text/turtle;q=0.5, application/rdf+xml;q=0.9", "application/rdf+xml"),
                Arguments.of("application/ld+json;q=0.2, text/turtle", "text/turtle"),
                Arguments.of("text/*;q=0.9, application/n-triples;q=0.3", "text/html"),
                Arguments.of("*/*", "text/html"),
                Arguments.of("image/png, */*;q=0.1", "text/html"));
    }

    @ParameterizedTest(name = "Accept: {0} -> {1}")
    @MethodSource("acceptHeaders")
    void acceptHeadersChooseTheRepresentation(String accept, String expectedType) {
        HttpResponse<String> response = TestServer.get().get(STALIN, "Accept", accept);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(expectedType),
                response.headers().toString());
        assertEquals("Accept", response.headers().firstValue("Vary").orElse(""));
        String suffix = Representation.values()[java.util.Arrays.stream(Representation.values())
                .map(Representation::mediaType).toList().indexOf(expectedType)].suffix();
        assertEquals(STALIN + "." + suffix, response.headers().firstValue("Content-Location").orElse(""));
        assertDescribesStalin(expectedType, response.body());
    }

    static Stream<Arguments> suffixes() {
        return Stream.of(Arguments.of(".ttl", "text/turtle"), Arguments.of(".nt", "application/n-triples"),
                Arguments.of(".jsonld", "application/ld+json"), Arguments.of(".rdf", "application/rdf+xml"),
                Arguments.of(".html", "text/html"), Arguments.of("?format=ttl", "text/turtle"),
                Arguments.of(".html?format=nt", "application/n-triples"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("suffixes")
    void suffixesAndFormatParameterOverrideAccept(String suffix, String expectedType) {
        HttpResponse<String> response = TestServer.get().get(STALIN + suffix, "Accept", "application/rdf+xml");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(expectedType));
        assertDescribesStalin(expectedType, response.body());
    }

    @ParameterizedTest(name = "Accept: {0} -> 406")
    @MethodSource("unacceptable")
    void whatWeCannotServeIs406(String accept) {
        HttpResponse<String> response = TestServer.get().get(STALIN, "Accept", accept);
        assertEquals(406, response.statusCode());
        assertEquals("Accept", response.headers().firstValue("Vary").orElse(""));
        assertTrue(response.body().contains("text/turtle"), "406 lists what is available");
    }

    static Stream<String> unacceptable() {
        return Stream.of("image/png", "application/pdf, text/csv;q=0.5", "text/turtle;q=0");
    }

    @org.junit.jupiter.api.Test
    void anUnknownFormatParameterIsABadRequest() {
        assertEquals(400, TestServer.get().get(STALIN + "?format=docx").statusCode());
    }

    @org.junit.jupiter.api.Test
    void unknownResourcesAre404() {
        assertEquals(404, TestServer.get().get("/entity/no_such_entity", "Accept", "text/turtle").statusCode());
    }

    @org.junit.jupiter.api.Test
    void jsonLdUsesOurContext() {
        String body = TestServer.get().get(STALIN, "Accept", "application/ld+json").body();
        assertTrue(body.contains("\"@context\": {") && body.contains("\"cw\": \"https://w3id.org/coldwar/ontology#\""), body);
    }

    static void assertDescribesStalin(String mediaType, String body) {
        if (mediaType.equals("text/html")) {
            assertTrue(body.contains("<h1>Joseph Stalin</h1>"), body);
            return;
        }
        Lang lang = RDFLanguages.contentTypeToLang(mediaType);
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).base("http://x/").parse(graph);
        assertTrue(graph.contains(STALIN_IRI, RDFS.label.asNode(), NodeFactory.createLiteralLang("Joseph Stalin", "en")),
                mediaType + ": " + body.substring(0, Math.min(400, body.length())));
    }
}
