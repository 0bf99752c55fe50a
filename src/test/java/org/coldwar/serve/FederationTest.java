package org.coldwar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import java.util.LinkedHashMap;
import java.util.Map;

import org.coldwar.federate.RemoteSparql;
import org.coldwar.federate.ServicePolicy;
import org.junit.jupiter.api.Test;

/**
 * SERVICE from our endpoint, against real SPARQL servers on loopback standing in for Wikidata:
 * joins, the allow-list (a canary that must see no connection), slow and throttling remotes.
 */
class FederationTest {

    private final TestServer server = TestServer.get();
    private final WikidataStandIn wikidata = server.wikidata;

    private String example(String name, String endpoint) {
        return SiteQueries.text("/queries/" + name + ".rq").replace("<" + ServicePolicy.WIKIDATA + ">", "<" + endpoint + ">");
    }

    private HttpResponse<String> post(String query) {
        return server.send(HttpRequest.newBuilder(server.uri("/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void birthAndDeathDatesJoinOurClaims() {
        int before = wikidata.wikidataRequests.get();
        HttpResponse<String> r = post(example("federated-birth-and-death", WikidataStandIn.endpoint(wikidata.wikidata)));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("1878-12-18T00:00:00Z") && r.body().contains("Joseph Stalin"), r.body());
        assertTrue(r.body().contains("1893-12-26T00:00:00Z") && r.body().contains("Mao Zedong"), r.body());
        assertTrue(r.body().contains("\"quote\""), "each person comes with a claim that mentions them");
        int calls = wikidata.wikidataRequests.get() - before;
        assertTrue(calls >= 1 && calls <= 3, "the people are sent in a batch, not one call per row: " + calls);
        assertTrue(wikidata.userAgents.get(wikidata.userAgents.size() - 1).startsWith("coldwar/"),
                "a descriptive User-Agent: " + wikidata.userAgents);
    }

    @Test
    void wikipediaArticlesOfOurEvents() {
        HttpResponse<String> r = post(example("federated-wikipedia-articles", WikidataStandIn.endpoint(wikidata.wikidata)));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("https://en.wikipedia.org/wiki/Korean_War"), r.body());
        assertTrue(r.body().contains("https://en.wikipedia.org/wiki/Potsdam_Conference"), r.body());
    }

    @Test
    void ourClaimsAboutMembersOfAWikidataParty() {
        HttpResponse<String> r = post(example("federated-party-members", WikidataStandIn.endpoint(wikidata.wikidata)));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("Georgy Malenkov") && r.body().contains("Joseph Stalin"), r.body());
        assertFalse(r.body().contains("\"Mao Zedong\""), "Mao was in the CCP, not the CPSU");
    }

    @Test
    void perSolutionServiceFormsStopAtTheRequestBudget() {
        String e = WikidataStandIn.endpoint(wikidata.wikidata);
        String prefixes = "PREFIX cw: <https://w3id.org/coldwar/ontology#> PREFIX owl: <http://www.w3.org/2002/07/owl#> "
                + "PREFIX wdt: <http://www.wikidata.org/prop/direct/> ";
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put("FILTER EXISTS beyond a basic pattern", "SELECT ?p WHERE { ?p a cw:Person ; owl:sameAs ?item "
                + "FILTER EXISTS { SERVICE <" + e + "> { ?item wdt:P569 ?born OPTIONAL { ?item wdt:P570 ?died } } } }");
        forms.put("BIND EXISTS", "SELECT ?p ?known WHERE { ?p owl:sameAs ?item "
                + "BIND(EXISTS { SERVICE <" + e + "> { ?item wdt:P569 ?b } } AS ?known) }");
        forms.put("ORDER BY EXISTS", "SELECT ?s WHERE { ?s ?p ?o } ORDER BY (EXISTS { SERVICE SILENT <" + e + "> { ?s ?q ?r } })");
        forms.put("variable endpoint", "SELECT * WHERE { ?p owl:sameAs ?item BIND(<" + e + "> AS ?e) "
                + "SERVICE ?e { ?item wdt:P569 ?born } }");
        forms.put("VALUES endpoint", "SELECT * WHERE { VALUES ?e { <" + e + "> } ?p owl:sameAs ?item "
                + "SERVICE SILENT ?e { ?item wdt:P569 ?born } }");
        for (Map.Entry<String, String> form : forms.entrySet()) {
            int before = wikidata.wikidataRequests.get();
            HttpResponse<String> r = post(prefixes + form.getValue());
            int calls = wikidata.wikidataRequests.get() - before;
            assertTrue(calls <= TestServer.REMOTE_BUDGET, form.getKey() + " sent " + calls + " requests");
            assertEquals(400, r.statusCode(), form.getKey() + ": " + r.body());
            assertTrue(r.body().contains("the most one query may"), form.getKey() + ": " + r.body());
        }
        int before = wikidata.wikidataRequests.get();
        HttpResponse<String> batched = post(example("federated-birth-and-death", e));
        assertEquals(200, batched.statusCode(), "the batched join stays within the budget: " + batched.body());
        assertTrue(wikidata.wikidataRequests.get() - before <= 3);
    }

    @Test
    void filterExistsServiceIsASemiJoinInBatches() {
        String e = WikidataStandIn.endpoint(wikidata.wikidata);
        String where = "?p a <https://w3id.org/coldwar/ontology#Person> ; <http://www.w3.org/2002/07/owl#sameAs> ?item ";
        String born = "SERVICE <" + e + "> { ?item <http://www.wikidata.org/prop/direct/P569> ?born }";
        int before = wikidata.wikidataRequests.get();
        HttpResponse<String> exists = post("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { " + where + "FILTER EXISTS { " + born + " } }");
        int existsCalls = wikidata.wikidataRequests.get() - before;
        before = wikidata.wikidataRequests.get();
        HttpResponse<String> notExists = post("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { " + where
                + "FILTER (NOT EXISTS { " + born + " } && BOUND(?item)) }");
        int notExistsCalls = wikidata.wikidataRequests.get() - before;
        assertEquals(200, exists.statusCode(), exists.body());
        assertEquals(200, notExists.statusCode(), notExists.body());
        System.out.println("FEDERATION FILTER EXISTS { SERVICE }: " + existsCalls + " requests; NOT EXISTS: " + notExistsCalls);
        assertTrue(existsCalls >= 1 && existsCalls <= 3, "FILTER EXISTS { SERVICE } in batches, not per row: " + existsCalls);
        assertTrue(notExistsCalls >= 1 && notExistsCalls <= 3, "FILTER NOT EXISTS in batches: " + notExistsCalls);
        // the same people as the batched join finds, and together with NOT EXISTS every linked person
        HttpResponse<String> joined = post("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { " + where + born + " }");
        HttpResponse<String> all = post("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { " + where + "}");
        int found = Integer.parseInt(value(exists.body(), "n"));
        assertTrue(found > 0, exists.body());
        assertEquals(value(joined.body(), "n"), value(exists.body(), "n"));
        assertEquals(Integer.parseInt(value(all.body(), "n")), found + Integer.parseInt(value(notExists.body(), "n")));
    }

    @Test
    void optionalServiceIsSentInBatchesAndKeepsEverySolution() {
        String e = WikidataStandIn.endpoint(wikidata.wikidata);
        String where = "?p a <https://w3id.org/coldwar/ontology#Person> ; <http://www.w3.org/2002/07/owl#sameAs> ?item ";
        int before = wikidata.wikidataRequests.get();
        HttpResponse<String> r = post("SELECT (COUNT(*) AS ?n) (COUNT(?born) AS ?known) WHERE { " + where
                + "OPTIONAL { SERVICE <" + e + "> { ?item <http://www.wikidata.org/prop/direct/P569> ?born } } }");
        int calls = wikidata.wikidataRequests.get() - before;
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(calls >= 1 && calls <= 3, "OPTIONAL { SERVICE } in batches, not per row: " + calls + " requests");
        HttpResponse<String> local = post("SELECT (COUNT(*) AS ?n) WHERE { " + where + "}");
        assertEquals(value(local.body(), "n"), value(r.body(), "n"), "every linked person is kept, with or without a date");
        assertTrue(Integer.parseInt(value(r.body(), "known")) > 0, "dates were found: " + r.body());
    }

    /** The value of {@code var} in the first row of a JSON result. */
    private static String value(String json, String var) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + var + "\"\\s*:\\s*\\{[^}]*\"value\"\\s*:\\s*\"([^\"]*)\"")
                .matcher(json);
        assertTrue(m.find(), var + " in " + json);
        return m.group(1);
    }

    @Test
    void requestsToOneEndpointAreSpacedToTheRate() {
        String e = WikidataStandIn.endpoint(wikidata.wikidata);
        RemoteSparql remote = new RemoteSparql(ServicePolicy.defaults().allowing(List.of(e)).withRequestBudget(20, 5));
        long start = System.nanoTime();
        for (int i = 0; i < 6; i++) {
            remote.select(e, "SELECT * WHERE { ?s ?p ?o } LIMIT 1");
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis >= 950, "6 requests at 5 per second took only " + millis + " ms");
    }

    @Test
    void otherEndpointsAreRefusedWithoutAConnection() {
        String canary = wikidata.canaryEndpoint();
        String constant = "SELECT * WHERE { SERVICE <" + canary + "> { ?s ?p ?o } }";
        String constantSilent = "SELECT * WHERE { SERVICE SILENT <" + canary + "> { ?s ?p ?o } }";
        String variable = "SELECT * WHERE { BIND(<" + canary + "> AS ?e) SERVICE ?e { ?s ?p ?o } }";
        String variableSilent = "SELECT * WHERE { BIND(<" + canary + "> AS ?e) SERVICE SILENT ?e { ?s ?p ?o } }";
        String throughData = "SELECT * WHERE { VALUES ?e { <" + canary + "> <http://169.254.169.254/latest/meta-data> } "
                + "SERVICE ?e { ?s ?p ?o } }";
        HttpResponse<String> refused = post(constant);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("not allowed"), refused.body());
        assertEquals(400, post(constantSilent).statusCode());
        HttpResponse<String> throughVariable = post(variable);
        assertEquals(400, throughVariable.statusCode(), throughVariable.body());
        assertTrue(throughVariable.body().contains("not allowed"), throughVariable.body());
        HttpResponse<String> silent = post(variableSilent);
        assertEquals(400, silent.statusCode(), "SILENT does not make a refusal an empty answer");
        assertFalse(silent.body().contains("\"s\": {"), "no data from a refused endpoint");
        HttpResponse<String> fromData = post(throughData);
        assertEquals(400, fromData.statusCode(), fromData.body());
        assertTrue(fromData.body().contains("not allowed"), fromData.body());
        String insideExists = "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <" + canary + "> { ?s ?q ?r } } } LIMIT 1";
        assertEquals(400, post(insideExists).statusCode(), "SERVICE inside FILTER EXISTS is checked too");
        String variableInExists = "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { BIND(<" + canary + "> AS ?e) "
                + "SERVICE ?e { ?s ?q ?r } } } LIMIT 1";
        HttpResponse<String> late = post(variableInExists);
        assertEquals(400, late.statusCode(), "a refusal inside FILTER EXISTS is not an empty answer: " + late.body());
        String inSubquery = "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <" + canary + "> { ?s ?p ?o } } } }";
        assertEquals(400, post(inSubquery).statusCode());
        assertEquals(0, wikidata.canaryConnections.get(), "the canary was contacted");
    }

    @Test
    void aSlowRemoteTimesOutAndSilentCarriesOn() throws InterruptedException {
        String endpoint = WikidataStandIn.endpoint(wikidata.slow);
        long start = System.nanoTime();
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        ErrorLogFilter.LOG.addHandler(handler);
        HttpResponse<String> r;
        String id;
        long millis;
        try {
            r = post("SELECT * WHERE { SERVICE <" + endpoint + "> { ?s ?p ?o } }");
            millis = (System.nanoTime() - start) / 1_000_000;
            id = r.headers().firstValue("Fuseki-Request-Id").orElseThrow();
            // the line is written once the filter chain returns, which may be just after the client has the answer
            for (int i = 0; i < 20 && logged.stream().noneMatch(rec -> String.valueOf(rec.getParameters()[0]).equals(id)); i++) {
                Thread.sleep(100);
            }
        } finally {
            ErrorLogFilter.LOG.removeHandler(handler);
        }
        assertEquals(504, r.statusCode(), "the remote did not answer in time: " + r.body());
        assertTrue(r.body().contains("did not answer within"), r.body());
        assertTrue(logged.stream().map(rec -> java.text.MessageFormat.format(rec.getMessage(), rec.getParameters()))
                .anyMatch(line -> line.contains("request " + id + ": 504")), "the 5xx is logged with its id: " + logged);
        assertTrue(millis < 5000, "the remote timeout (2 s) ended the call, took " + millis + " ms");
        HttpResponse<String> silent = post("SELECT ?x WHERE { BIND(1 AS ?x) SERVICE SILENT <" + endpoint + "> { ?s ?p ?o } }");
        assertEquals(200, silent.statusCode());
        assertTrue(silent.body().contains("\"value\": \"1\""), "SILENT keeps the solution: " + silent.body());
    }

    @Test
    void a429IsWaitedOutOrGivenUpPolitely() {
        String endpoint = WikidataStandIn.endpoint(wikidata.throttled);
        String query = "SELECT ?l WHERE { SERVICE <" + endpoint + "> { <http://www.wikidata.org/entity/Q649> "
                + "<http://www.w3.org/2000/01/rdf-schema#label> ?l } }";
        wikidata.answer429Times.set(1);
        int before = wikidata.throttledRequests.get();
        long start = System.nanoTime();
        HttpResponse<String> ok = post(query);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("Moscow"));
        assertEquals(2, wikidata.throttledRequests.get() - before, "one 429, then one retry");
        assertTrue(millis >= 900, "Retry-After: 1 was waited out (" + millis + " ms)");

        wikidata.answer429Times.set(1000);
        before = wikidata.throttledRequests.get();
        HttpResponse<String> given = post(query);
        assertTrue(given.statusCode() >= 400, given.body());
        assertTrue(wikidata.throttledRequests.get() - before <= 3, "no hammering: " + (wikidata.throttledRequests.get() - before));
        wikidata.answer429Times.set(0);
    }
}
