package org.coldwar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * FILTER EXISTS / NOT EXISTS through the served endpoint's query rewrite (cancellable REGEX,
 * then Jena's optimizer): results equal plain Jena's, unoptimized, on the same data; and Jena's
 * "Misaligned opStack" (which meant an EXISTS { SERVICE } in ORDER BY was evaluated over the
 * SERVICE's pattern) neither happens nor is hidden by the logging configuration.
 */
class ExistsRewriteTest {

    private static final String PREFIXES = "PREFIX cw: <https://w3id.org/coldwar/ontology#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX owl: <http://www.w3.org/2002/07/owl#> "
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX wdt: <http://www.wikidata.org/prop/direct/> ";

    private final TestServer server = TestServer.get();

    @Test
    void existsAnywhereAnswersAsPlainJenaDoes() {
        Model data = served();
        List<String> queries = List.of(
                "SELECT ?p ?l WHERE { ?p a cw:Person ; rdfs:label ?l FILTER EXISTS { ?p skos:altLabel ?a } "
                        + "FILTER NOT EXISTS { ?p owl:sameAs ?i } }",
                "SELECT ?p ?a WHERE { ?p a cw:Person OPTIONAL { ?p skos:altLabel ?a FILTER NOT EXISTS { ?p owl:sameAs ?i } "
                        + "FILTER EXISTS { ?p rdfs:label ?l FILTER(REGEX(?l, \"^[A-M]\")) } } }",
                "SELECT ?p WHERE { ?p a cw:Person FILTER EXISTS { ?p rdfs:label ?l "
                        + "FILTER NOT EXISTS { ?p skos:altLabel ?a FILTER EXISTS { ?p owl:sameAs ?i } } } }",
                "SELECT ?p ?l WHERE { ?p a cw:Person ; rdfs:label ?l } "
                        + "ORDER BY DESC(EXISTS { ?p skos:altLabel ?a FILTER NOT EXISTS { ?p owl:sameAs ?i } }) ?l",
                "SELECT (SUM(IF(EXISTS { ?p owl:sameAs ?i }, 1, 0)) AS ?linked) (COUNT(*) AS ?n) WHERE { ?p a cw:Person }");
        List<ILoggingEvent> logged = capture(() -> {
            for (String query : queries) {
                ResultSet expected = plainJena(data, PREFIXES + query);
                ResultSet actual = select(PREFIXES + query);
                boolean ordered = query.contains("ORDER BY");
                var e = ResultSetFactory.makeRewindable(expected);
                var a = ResultSetFactory.makeRewindable(actual);
                assertTrue(e.size() > 0, "the case has answers: " + query);
                boolean same = ordered ? ResultSetCompare.equalsByTermAndOrder(e, a) : ResultSetCompare.equalsByTerm(e, a);
                e.reset();
                a.reset();
                assertTrue(same, query + "\nexpected:\n" + ResultSetFormatter.asText(e) + "\nserved:\n" + ResultSetFormatter.asText(a));
            }
        });
        assertTrue(logged.stream().noneMatch(ev -> ev.getFormattedMessage().contains("Misaligned")), logged.toString());
    }

    @Test
    void existsServiceInASortKeyKeepsTheQuerysOwnPattern() {
        String e = WikidataStandIn.endpoint(server.wikidata.wikidata);
        String query = PREFIXES + "SELECT ?p WHERE { VALUES ?p { <https://w3id.org/coldwar/entity/joseph_stalin> "
                + "<https://w3id.org/coldwar/entity/mao_zedong> } ?p owl:sameAs ?item } "
                + "ORDER BY DESC(EXISTS { SERVICE <" + e + "> { ?item wdt:P569 ?born } }) ?p";
        List<ILoggingEvent> logged = capture(() -> {
            var rows = ResultSetFactory.makeRewindable(select(query));
            assertEquals(2, rows.size(), "both people, not the SERVICE's pattern evaluated here: "
                    + ResultSetFormatter.asText(rows));
        });
        assertTrue(logged.stream().noneMatch(ev -> ev.getFormattedMessage().contains("Misaligned")), logged.toString());
    }

    @Test
    void jenasErrorsAreNotSilenced() {
        Logger walker = (Logger) LoggerFactory.getLogger("org.apache.jena.sparql.algebra.walker.ApplyTransformVisitor");
        assertTrue(walker.isErrorEnabled(), "logback.xml lets Jena's errors through");
        assertTrue(((Logger) LoggerFactory.getLogger("org.apache.jena")).isErrorEnabled());
    }

    /** Every event logged (at any level enabled) while {@code body} runs. */
    private static List<ILoggingEvent> capture(Runnable body) {
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        root.addAppender(seen);
        try {
            body.run();
        } finally {
            root.detachAppender(seen);
        }
        return seen.list;
    }

    /** The endpoint's default graph (the union), as a model. */
    private Model served() {
        HttpResponse<String> r = server.sparql("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "application/n-triples");
        assertEquals(200, r.statusCode());
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(model);
        return model;
    }

    private ResultSet select(String query) {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri("/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return ResultSetFactory.fromJSON(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    }

    /** Jena's own evaluation, without any optimizer step: the reference. */
    private static ResultSet plainJena(Model data, String query) {
        try (QueryExecution exec = QueryExecutionFactory.create(query, data)) {
            exec.getContext().set(ARQ.optimization, false);
            return ResultSetFactory.copyResults(exec.execSelect());
        }
    }

}
