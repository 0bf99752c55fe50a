package org.coldwar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.sparql.exec.RowSet;
import org.coldwar.publish.Checksums;
import org.coldwar.source.Sha256;
import org.junit.jupiter.api.Test;

/** The SPARQL endpoint, the downloads and the site over HTTP, against a real server. */
class ServeHttpTest {

    private final TestServer server = TestServer.get();

    private long count(String where) {
        HttpResponse<String> r = server.sparql("SELECT (COUNT(*) AS ?n) WHERE { " + where + " }",
                "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        RowSet rows = RowSet.adapt(org.apache.jena.query.ResultSetFactory.fromJSON(
                new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8))));
        return Long.parseLong(rows.next().get("n").getLiteralLexicalForm());
    }

    @Test
    void theDefaultGraphIsTheUnionOfAllGraphs() {
        long claims = count("?c a <https://w3id.org/coldwar/ontology#Claim>");
        assertTrue(claims >= 150, "claims " + claims);
        assertEquals(claims, count("GRAPH ?g { ?c a <https://w3id.org/coldwar/ontology#Claim> }"));
    }

    @Test
    void selectAnswersInEveryResultFormat() {
        String query = "SELECT ?l WHERE { <https://w3id.org/coldwar/entity/joseph_stalin> <http://www.w3.org/2000/01/rdf-schema#label> ?l }";
        Map<String, String> formats = Map.of("application/sparql-results+json", "\"Joseph Stalin\"",
                "application/sparql-results+xml", "Joseph Stalin", "text/csv", "Joseph Stalin",
                "text/tab-separated-values", "\"Joseph Stalin\"@en");
        formats.forEach((accept, expected) -> {
            HttpResponse<String> r = server.sparql(query, accept);
            assertEquals(200, r.statusCode(), accept);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept), accept);
            assertTrue(r.body().contains(expected), accept + ": " + r.body());
        });
    }

    @Test
    void constructAnswersInRdfFormats() {
        String query = "CONSTRUCT { ?s ?p ?o } WHERE { BIND(<https://w3id.org/coldwar/entity/moscow> AS ?s) ?s ?p ?o }";
        for (String accept : List.of("text/turtle", "application/n-triples", "application/ld+json")) {
            HttpResponse<String> r = server.sparql(query, accept);
            assertEquals(200, r.statusCode(), accept);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept), accept);
            assertTrue(r.body().contains("Moscow"), accept);
        }
    }

    @Test
    void queriesWorkByPostToo() {
        String query = "ASK { ?s a <https://w3id.org/coldwar/ontology#Claim> }";
        HttpResponse<String> form = server.send(HttpRequest.newBuilder(server.uri("/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(form.body().contains("true"), form.body());
        HttpResponse<String> direct = server.send(HttpRequest.newBuilder(server.uri("/coldwar/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(direct.body().contains("true"), direct.body());
    }

    @Test
    void everyWriteAttemptIsRefusedAndTheDataStayTheSame() {
        long before = count("?s ?p ?o");
        String insert = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }";
        List<HttpRequest> attempts = List.of(
                post("/sparql", "application/x-www-form-urlencoded", "update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8)),
                post("/sparql", "application/sparql-update", insert),
                post("/coldwar/update", "application/sparql-update", insert),
                post("/coldwar", "application/sparql-update", insert),
                post("/coldwar/data?default", "text/turtle", "<urn:x:a> <urn:x:b> <urn:x:c> ."),
                post("/coldwar/upload", "text/turtle", "<urn:x:a> <urn:x:b> <urn:x:c> ."),
                HttpRequest.newBuilder(server.uri("/coldwar/data?default")).header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:b> <urn:x:c> .")).build(),
                HttpRequest.newBuilder(server.uri("/coldwar/data?graph=https://w3id.org/coldwar/graph/entities")).DELETE().build(),
                HttpRequest.newBuilder(server.uri("/entity/joseph_stalin")).DELETE().build(),
                post("/$/datasets", "application/x-www-form-urlencoded", "dbName=x&dbType=mem"),
                HttpRequest.newBuilder(server.uri("/$/server")).GET().build());
        for (HttpRequest attempt : attempts) {
            HttpResponse<String> r = TestServer.sendFresh(attempt);
            assertTrue(r.statusCode() >= 400, attempt.method() + " " + attempt.uri() + " -> " + r.statusCode());
        }
        assertEquals(before, count("?s ?p ?o"));
        assertEquals(0, count("?s <urn:x:b> ?o"));
    }

    private HttpRequest post(String path, String type, String body) {
        return HttpRequest.newBuilder(server.uri(path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    @Test
    void theGraphStoreIsReadable() {
        HttpResponse<String> r = server.get("/coldwar/data?graph=" + URLEncoder.encode("https://w3id.org/coldwar/graph/entities",
                StandardCharsets.UTF_8), "Accept", "application/n-triples");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<https://w3id.org/coldwar/entity/joseph_stalin>"));
    }

    @Test
    void aRunawayQueryIsStoppedWhileOthersAreAnswered() throws Exception {
        String crossProduct = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> runaway = CompletableFuture.supplyAsync(
                () -> server.sparql(crossProduct, "application/sparql-results+json"));
        Thread.sleep(500);
        long quickStart = System.nanoTime();
        HttpResponse<String> quick = server.sparql("ASK { ?s ?p ?o }", "application/sparql-results+json");
        long quickMillis = (System.nanoTime() - quickStart) / 1_000_000;
        assertEquals(200, quick.statusCode());
        assertTrue(quickMillis < 2000, "another query waited " + quickMillis + " ms");
        HttpResponse<String> stopped = runaway.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(stopped.statusCode() >= 400 || !stopped.body().contains("\"value\""),
                "the cross product was not stopped: " + stopped.statusCode());
        assertTrue(millis < TestServer.TIMEOUT.toMillis() + 10_000, "stopped only after " + millis + " ms");
    }

    @Test
    void corsOnTheEndpointTheDataAndTheDownloads() {
        for (String path : List.of("/sparql?query=ASK%7B%7D", "/entity/joseph_stalin", "/download/SHA256SUMS")) {
            HttpResponse<String> r = server.get(path, "Origin", "https://example.org");
            assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""), path);
        }
        HttpResponse<String> preflight = server.send(HttpRequest.newBuilder(server.uri("/sparql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "Content-Type")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
    }

    @Test
    void downloadsAreByteIdenticalWithTypesAndValidators() throws Exception {
        Map<String, String> sums = Checksums.read(server.release);
        assertTrue(sums.size() >= 10);
        for (Map.Entry<String, String> file : sums.entrySet()) {
            HttpResponse<byte[]> r = server.getBytes("/download/" + file.getKey());
            assertEquals(200, r.statusCode(), file.getKey());
            assertEquals(file.getValue(), Sha256.hex(r.body()), file.getKey());
            assertEquals("\"" + file.getValue() + "\"", r.headers().firstValue("ETag").orElse(""));
            assertTrue(r.headers().firstValue("Last-Modified").isPresent());
            assertEquals(DownloadServlet.mediaType(file.getKey()).replace(" ", ""),
                    r.headers().firstValue("Content-Type").orElse("").replace(" ", ""), file.getKey());
            HttpResponse<byte[]> again = server.getBytes("/download/" + file.getKey(), "If-None-Match",
                    "\"" + file.getValue() + "\"");
            assertEquals(304, again.statusCode());
        }
        assertEquals("application/gzip", server.getBytes("/download/coldwar.nq.gz").headers().firstValue("Content-Type").orElse(""));
        assertTrue(server.get("/download/%2e%2e/pom.xml").statusCode() >= 400);
        assertEquals(404, server.get("/download/nothing").statusCode());
    }

    @Test
    void theDescriptionsDataDumpsResolve() throws Exception {
        String voidText = Files.readString(server.release.resolve("void.ttl"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<https://w3id.org/coldwar/(download/[^>]+)>").matcher(voidText);
        int found = 0;
        while (m.find()) {
            assertEquals(200, server.getBytes("/" + m.group(1)).statusCode(), m.group(1));
            found++;
        }
        assertTrue(found >= 6);
    }

    @Test
    void textSearchFindsLabelsSpellingsAndQuotes() {
        HttpResponse<String> r = server.sparql("PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query \"Vladimirov\" }",
                "application/sparql-results+json");
        assertTrue(r.body().contains("https://w3id.org/coldwar/entity/pyotr_vladimirov"), r.body());
        assertTrue(r.body().contains("#quote"), "quotes are indexed too");
        HttpResponse<String> spelling = server.sparql("PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query \"Tsetung\" }",
                "application/sparql-results+json");
        assertTrue(spelling.body().contains("https://w3id.org/coldwar/entity/mao_zedong"), spelling.body());
        HttpResponse<String> page = server.get("/search?q=Vladimirov");
        assertTrue(page.body().contains("href=\"/entity/pyotr_vladimirov\""), page.body());
    }

    @Test
    void searchInputCannotBreakTheParser() {
        String nested = "(".repeat(5000) + "Vladimirov" + ")".repeat(5000);
        HttpResponse<String> deep = server.get("/search?q=" + URLEncoder.encode(nested, StandardCharsets.UTF_8));
        assertEquals(200, deep.statusCode(), "5,000 nested parentheses");
        assertTrue(deep.body().contains("href=\"/entity/pyotr_vladimirov\""), "the words are still searched for");
        HttpResponse<String> nothing = server.get("/search?q=" + URLEncoder.encode("(".repeat(5000) + "*:~^", StandardCharsets.UTF_8));
        assertEquals(400, nothing.statusCode(), "parentheses and operators only");
        assertTrue(nothing.body().contains("could not be understood") && nothing.body().contains("</html>"), "our page");
        assertFalse(nothing.body().contains("StackOverflowError"));
        for (String syntax : List.of("Vladimirov AND", "title:Stalin", "\"Liu Shaoqi", "Mao~2", "[a TO z]", "/re.*x/", "Stalin^99")) {
            HttpResponse<String> r = server.get("/search?q=" + URLEncoder.encode(syntax, StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode(), syntax + ": " + r.body());
        }
        HttpResponse<String> phrase = server.get("/search?q=" + URLEncoder.encode("\"Liu Shaoqi\"", StandardCharsets.UTF_8));
        assertTrue(phrase.body().contains("href=\"/entity/liu_shaoqi\""), phrase.body());
    }

    @Test
    void aDeeplyNestedTextQueryIsAClientError() {
        String nested = "(".repeat(5000) + "Vladimirov" + ")".repeat(5000);
        HttpResponse<String> r = server.sparql("PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query \""
                + nested + "\" }", "application/sparql-results+json");
        assertEquals(400, r.statusCode(), "a text:query search 5,000 parentheses deep");
        assertTrue(r.body().contains("nested too deeply"));
    }

    @Test
    void htmlEscapesWhatItShows() {
        HttpResponse<String> page = server.get("/search?q=" + URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8));
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains("<script>alert(1)"), "a query is echoed as text");
        assertTrue(page.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void oversizedAndUnboundedBodiesAreRefused() {
        String big = "query=" + "x".repeat(70 * 1024);
        assertEquals(413, TestServer.sendFresh(post("/sparql", "application/x-www-form-urlencoded", big)).statusCode());
        HttpRequest chunked = HttpRequest.newBuilder(server.uri("/sparql")).header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream("ASK {}".getBytes()))).build();
        assertEquals(411, TestServer.sendFresh(chunked).statusCode());
    }

    @Test
    void aQueryStringIsCappedLikeABody() {
        String over = "ASK {} #" + "x".repeat(70 * 1024);
        HttpResponse<String> refused = TestServer.sendFresh(HttpRequest.newBuilder(server.uri("/sparql?query="
                + URLEncoder.encode(over, StandardCharsets.UTF_8))).GET().build());
        assertEquals(414, refused.statusCode());
        String within = "ASK {} #" + "x".repeat(60 * 1024);
        assertEquals(200, server.sparql(within, "application/sparql-results+json").statusCode());
    }

    @Test
    void scriptFunctionsStayDisabled() {
        HttpResponse<String> r = server.sparql("PREFIX js: <http://jena.apache.org/ARQ/jsFunction#> SELECT ?x WHERE { BIND(js:print(1) AS ?x) }",
                "application/sparql-results+json");
        assertFalse(r.body().contains("\"value\""), r.body());
    }

    @Test
    void everyIriUnderTheBaseDereferences() {
        HttpResponse<String> r = server.sparql("SELECT DISTINCT ?s WHERE { { ?s ?p ?o } UNION { GRAPH ?s { ?a ?b ?c } } "
                + "FILTER(STRSTARTS(STR(?s), \"https://w3id.org/coldwar/\")) }", "text/csv");
        Set<String> documents = new TreeSet<>();
        r.body().lines().skip(1).forEach(line -> documents.add(line.strip().replaceAll("#.*$", "")));
        assertTrue(documents.size() > 500, "documents: " + documents.size());
        Set<String> kinds = new TreeSet<>();
        for (String iri : documents) {
            String path = iri.substring("https://w3id.org/coldwar".length());
            HttpResponse<String> page = server.get(path, "Accept", "text/turtle");
            assertEquals(200, page.statusCode(), path);
            kinds.add(path.split("/")[1]);
        }
        assertTrue(kinds.containsAll(Set.of("entity", "claim", "passage", "source", "build", "link", "graph", "dataset",
                "distribution", "software")), kinds.toString());
        assertEquals(200, server.get("/ontology", "Accept", "text/turtle").statusCode());
        assertTrue(server.get("/ontology", "Accept", "text/turtle").body().contains("cw:participant"));
    }

    @Test
    void sourcePagesHighlightAddressablePassages() {
        HttpResponse<String> page = server.get("/source/002_d7ec91cbae82c789");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"char=1289,1391\""), "passage anchor");
        assertTrue(java.util.regex.Pattern.compile("<mark class=\"claim\" id=\"char=1289,1391\"[^>]*><a [^>]*>¶</a>"
                + "(<mark[^>]*><a [^>]*>¶</a>)*In (<mark[^>]*><a [^>]*>¶</a>)+the summer of 1949").matcher(page.body()).find(),
                "the quoted passage is highlighted, its date as a passage within it");
        HttpResponse<String> text = server.get("/source/002_d7ec91cbae82c789.txt");
        assertTrue(text.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        HttpResponse<String> entity = server.get("/entity/liu_shaoqi");
        assertTrue(entity.body().contains("href=\"/source/002_d7ec91cbae82c789#char=1289,1391\""), "claims link into the source");
    }

    @Test
    void theLandingPageDescribesTheDataset() {
        String page = server.get("/").body();
        for (String expected : List.of("CC BY 4.0", "How to cite", "/download/coldwar.nq.gz", "SPARQL endpoint",
                "/query?example=timeline", "claims</li>")) {
            assertTrue(page.contains(expected), expected);
        }
        String query = server.get("/query?example=timeline").body();
        assertTrue(query.contains("ORDER BY ?earliest ?eventLabel"), "the example is preloaded");
    }
}
