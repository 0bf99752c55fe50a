package org.coldwar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.coldwar.map.IriMinter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A hub entity's RDF document over enough copies of the seeds that more triples point at Stalin
 * than a document page holds: what he says on every page, the triples pointing at him a page at a
 * time, and the pages linked as W3C's Linked Data Platform Paging links them, together holding
 * each of those triples once; and a named graph's document, its triples a page at a time.
 */
class PagedDocumentsTest {

    private static final String STALIN = "/entity/joseph_stalin";
    private static final Node STALIN_IRI = NodeFactory.createURI(IriMinter.DEFAULT_BASE + "entity/joseph_stalin");
    private static final Pattern LINK = Pattern.compile("<([^>]+)>; rel=\"([^\"]+)\"");

    private static ServedSeeds served;

    @BeforeAll
    static void start() throws IOException {
        served = ServedSeeds.copiesOfTheSeeds(6);
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void thePagesTogetherHoldEveryTriplePointingAtHimOnceAndWhatHeSaysOnEach() {
        long pointing = triplesPointingAtStalin();
        assertTrue(pointing > Paging.DOCUMENT_SIZE, "more triples should point at Stalin than a page holds: " + pointing);
        int pages = (int) ((pointing + Paging.DOCUMENT_SIZE - 1) / Paging.DOCUMENT_SIZE);
        Set<Node> labelled = labelledSubjectsPointingAtStalin();
        Set<Triple> seen = new HashSet<>();
        int walked = followPages(STALIN + ".nt", "application/n-triples", (n, page) -> {
            Graph graph = parse(page.body());
            assertTrue(graph.contains(STALIN_IRI, RDFS.label.asNode(), Node.ANY), "his label on page " + n);
            long here = graph.stream(Node.ANY, Node.ANY, STALIN_IRI).count();
            assertTrue(here <= Paging.DOCUMENT_SIZE, "page " + n + " holds " + here);
            graph.stream(Node.ANY, Node.ANY, STALIN_IRI).forEach(t -> assertTrue(seen.add(t), t + " on two pages"));
            graph.stream(Node.ANY, Node.ANY, STALIN_IRI).filter(t -> labelled.contains(t.getSubject())).forEach(t ->
                    assertTrue(graph.contains(t.getSubject(), RDFS.label.asNode(), Node.ANY),
                            "the label of " + t.getSubject() + " comes with it"));
            String links = page.headers().firstValue("Link").orElse("");
            assertTrue(links.contains("<http://www.w3.org/ns/ldp#Page>; rel=\"type\""), links);
            assertEquals(Optional.of(STALIN + ".nt"), link(links, "first"));
            assertEquals(Optional.of(STALIN + ".nt?page=" + pages), link(links, "last"));
            assertEquals(n == 1 ? Optional.empty() : Optional.of(STALIN + ".nt" + (n == 2 ? "" : "?page=" + (n - 1))),
                    link(links, "prev"));
        });
        assertEquals(pages, walked);
        assertEquals(pointing, seen.size());
    }

    @Test
    void aNamedGraphsPagesTogetherHoldEachOfItsTriplesOnceInThatGraph() {
        String graphPath = "/graph/sources";
        Node graphName = NodeFactory.createURI(IriMinter.DEFAULT_BASE + "graph/sources");
        long triples = select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + graphName.getURI() + "> { ?s ?p ?o } }")
                .stream().mapToLong(Long::parseLong).findFirst().orElseThrow();
        assertTrue(triples > 2L * Paging.GRAPH_SIZE, "the sources' graph should fill three pages: " + triples);
        Set<Quad> seen = new HashSet<>();
        int walked = followPages(graphPath + ".trig", "application/trig", (n, page) -> {
            DatasetGraph dataset = RDFParser.fromString(page.body(), Lang.TRIG).toDatasetGraph();
            assertEquals(List.of(graphName), Iter.toList(dataset.listGraphNodes()),
                    "page " + n + " holds that graph only");
            assertTrue(dataset.getGraph(graphName).size() <= Paging.GRAPH_SIZE, "page " + n);
            dataset.stream().forEach(q -> assertTrue(seen.add(q), q + " on two pages"));
        });
        assertEquals((triples + Paging.GRAPH_SIZE - 1) / Paging.GRAPH_SIZE, walked);
        assertEquals(triples, seen.size());
        HttpResponse<String> turtle = get(graphPath + "?page=2", "text/turtle");
        assertEquals(200, turtle.statusCode(), turtle.body());
        assertEquals(Optional.of(graphPath + ".ttl?page=2"), turtle.headers().firstValue("Content-Location"));
    }

    @Test
    void aNegotiatedDocumentSaysWhichPageItIs() {
        HttpResponse<String> second = get(STALIN + "?page=2", "text/turtle");
        assertEquals(200, second.statusCode(), second.body());
        assertEquals(Optional.of(STALIN + ".ttl?page=2"), second.headers().firstValue("Content-Location"));
        assertEquals(Optional.of(STALIN + ".ttl"), link(second.headers().firstValue("Link").orElse(""), "prev"));
    }

    @Test
    void theHtmlPageIsPagedByItsOwnLists() {
        HttpResponse<String> html = get(STALIN + "?page=2", "text/html");
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("(page 2 of "), html.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"?page=0", "?page=abc", "?page=-1", "?page=", "?page=1.5"})
    void aPageThatIsNotANumberIsABadRequest(String query) {
        HttpResponse<String> r = get(STALIN + ".ttl" + query, "text/turtle");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().startsWith("400 Bad Request: ") && r.body().contains("is not a page number"), r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/entity/joseph_stalin.ttl?page=999", "/ontology.ttl?page=2",
        "/graph/sources.ttl?page=999"})
    void aPageBeyondTheLastIsNotFound(String path) {
        HttpResponse<String> r = get(path, "text/turtle");
        assertEquals(404, r.statusCode(), r.body());
        assertTrue(r.body().startsWith("404 Not Found: there is no page "), r.body());
    }

    @Test
    void aDocumentThatFitsOnOnePageHasNoPagingLinks() {
        HttpResponse<String> r = get("/entity/laszlo_rajk.ttl", "text/turtle");
        assertEquals(200, r.statusCode());
        String links = r.headers().firstValue("Link").orElse("");
        assertFalse(links.contains("rel=\"next\"") || links.contains("ldp#Page"), links);
        assertTrue(parse(get("/entity/laszlo_rajk.nt", "application/n-triples").body())
                .contains(Node.ANY, Node.ANY, NodeFactory.createURI(IriMinter.DEFAULT_BASE + "entity/laszlo_rajk")),
                "the triples pointing at him are in his document");
    }

    /**
     * Gets {@code first} and each page its {@code Link} header names as {@code next}, checking each
     * answers 200 and handing it, numbered from 1, to {@code eachPage}; returns how many there were.
     */
    private static int followPages(String first, String accept,
            java.util.function.BiConsumer<Integer, HttpResponse<String>> eachPage) {
        String next = first;
        int n = 0;
        while (next != null) {
            n++;
            HttpResponse<String> page = get(next, accept);
            assertEquals(200, page.statusCode(), next + ": " + page.body());
            eachPage.accept(n, page);
            next = link(page.headers().firstValue("Link").orElse(""), "next").orElse(null);
        }
        return n;
    }

    private static long triplesPointingAtStalin() {
        return select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p <" + STALIN_IRI.getURI() + "> }").stream()
                .mapToLong(Long::parseLong).findFirst().orElseThrow();
    }

    private static Set<Node> labelledSubjectsPointingAtStalin() {
        Set<Node> subjects = new HashSet<>();
        select("SELECT DISTINCT ?s WHERE { ?s ?p <" + STALIN_IRI.getURI() + "> . ?s <" + RDFS.label.getURI()
                + "> ?label }").forEach(iri -> subjects.add(NodeFactory.createURI(iri)));
        assertFalse(subjects.isEmpty(), "some of what points at Stalin has a label");
        return subjects;
    }

    /** The first column of a one-column SELECT's rows, as the endpoint gives them in CSV. */
    private static List<String> select(String query) {
        HttpResponse<String> r = get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return r.body().lines().skip(1).map(String::trim).filter(line -> !line.isEmpty()).toList();
    }

    private static Optional<String> link(String header, String rel) {
        Matcher m = LINK.matcher(header);
        while (m.find()) {
            if (m.group(2).equals(rel)) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    private static Graph parse(String ntriples) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ntriples, Lang.NTRIPLES).parse(graph);
        return graph;
    }

    private static HttpResponse<String> get(String path, String accept) {
        return served.get(path, accept);
    }
}
