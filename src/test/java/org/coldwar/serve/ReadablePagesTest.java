package org.coldwar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Entity and landing pages read without knowing RDF: one row per claim, names instead of IRIs
 * and language tags, downloads with format and size, example queries with a sentence each.
 */
class ReadablePagesTest {

    private final TestServer server = TestServer.get();

    @Test
    void anEntityPageHasOneRowPerClaim() {
        String page = server.get("/entity/twentieth_congress_of_the_cpsu").body();
        String claims = page.substring(page.indexOf("<table class=\"claims\">"), page.indexOf("</table>", page.indexOf("<table class=\"claims\">")));
        Matcher links = Pattern.compile("href=\"(/claim/[0-9a-f]{16})\">claim</a>").matcher(claims);
        List<String> rows = links.results().map(m -> m.group(1)).toList();
        assertFalse(rows.isEmpty());
        assertEquals(rows.size(), new HashSet<>(rows).size(), "a claim repeated: " + rows);
        assertEquals(rows.size(), claims.split("<tr").length - 2, "rows beside the header and the claims");
    }

    @Test
    void aClaimPageIsHeadedByItsStatement() {
        String entity = server.get("/entity/meetings_of_stalin_and_liu_shaoqi_1949").body();
        Matcher claim = Pattern.compile("<a href=\"/ontology#participant\">participant</a></td><td data-label=\"Value\">"
                + "<a href=\"/entity/liu_shaoqi\">Liu Shaoqi</a>.*?href=\"(/claim/[0-9a-f]{16})\">claim</a>").matcher(entity);
        assertTrue(claim.find(), entity);
        String page = server.get(claim.group(1)).body();
        assertTrue(page.contains("<h1>Claim: Meetings of Stalin and Liu Shaoqi (1949) — participant — Liu Shaoqi</h1>"), page);
    }

    @Test
    void anEntityPageShowsNamesNotTagsOrIris() {
        String page = server.get("/entity/twentieth_congress_of_the_cpsu").body();
        assertTrue(page.contains("<dt>Also written</dt><dd>20th CPSU Congress · Twentieth Party Congress</dd>"), page);
        assertFalse(page.contains("@en"), "no language tags");
        String statements = page.substring(page.indexOf("<h2>Statements</h2>"));
        assertFalse(statements.contains(">http"), "no raw IRI as a link text in the statements");
        assertTrue(statements.contains("<a href=\"/ontology#organizer\">organizer</a>"), statements);
        assertTrue(statements.contains(">also written</a>"), statements);
        assertTrue(statements.contains(">type</a>"), statements);
        String event = server.get("/entity/meetings_of_stalin_and_liu_shaoqi_1949").body();
        assertTrue(event.contains("<a href=\"/ontology#participant\">participant</a></td><td><a href=\"/entity/liu_shaoqi\">"),
                "the Value is the other entity, the property by its label");
    }

    @Test
    void theLandingPageNamesItselfOnceAndDescribesDownloadsAndExamples() {
        String page = server.get("/").body();
        assertTrue(page.contains("<title>Cold War claims</title>"), "the title is not doubled");
        assertTrue(page.contains("<th>Format</th><th>Size</th>"), page);
        Matcher turtle = Pattern.compile("coldwar\\.ttl</a></td><td>Turtle, all graphs merged</td><td class=\"size\">([0-9.]+ [kM]B)</td>")
                .matcher(page);
        assertTrue(turtle.find(), page);
        assertTrue(page.contains("timeline</a>: <span class=\"example-description\">A dated timeline: every event"), page);
        Set<String> described = new HashSet<>(Pattern.compile("example=([a-z-]+)\">[a-z-]+</a>: <span class=\"example-description\">[A-Z]")
                .matcher(page).results().map(m -> m.group(1)).toList());
        assertEquals(new HashSet<>(ExampleQueries.NAMES), described, "every example has a sentence");
    }

    @Test
    void anExampleIsDescribedByTheFirstSentenceOfItsComment() {
        assertEquals("Facts stated by more than one source: the same truthy triple backed by claims from different files.",
                ExampleQueries.description(SiteQueries.text("/queries/corroborated-facts.rq")));
        assertEquals("Federated with Wikidata: the birth and death dates of every person in our claims, with a claim "
                + "that mentions them and its quote.", ExampleQueries.description(SiteQueries.text("/queries/federated-birth-and-death.rq")));
        assertEquals("", ExampleQueries.description("SELECT * {}"));
    }

    @Test
    void sizesReadAsAPersonWouldSayThem() {
        assertEquals("812 bytes", DownloadFormats.size(812));
        assertEquals("3.4 MB", DownloadFormats.size(3_400_000));
        assertEquals("41 kB", DownloadFormats.size(41_477));
    }

    @Test
    void theOntologyPageDescribesEveryTermUnderItsAnchor() {
        String page = server.get("/ontology").body();
        java.nio.file.Path dump = java.nio.file.Path.of("target/ontology-page.html");
        try {
            java.nio.file.Files.writeString(dump, page);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        org.apache.jena.graph.Graph ontology = org.coldwar.vocab.Ontology.get().graph();
        ontology.find(null, org.apache.jena.vocabulary.RDFS.isDefinedBy.asNode(), null).forEachRemaining(t -> {
            String local = t.getSubject().getURI().replaceFirst(".*#", "");
            assertTrue(page.contains("<section class=\"term\" id=\"" + local + "\">"), "an anchor for " + local);
        });
        String person = page.substring(page.indexOf("id=\"Person\">"), page.indexOf("</section>", page.indexOf("id=\"Person\">")));
        assertTrue(person.contains("<h3>person <code>cw:Person</code></h3>"), person);
        assertTrue(person.contains("Wikidata, exact match</dt><dd><a href=\"http://www.wikidata.org/entity/Q5\">wd:Q5</a>"), person);
        assertTrue(Pattern.compile("<dd class=\"usage\">[0-9]+ instances</dd>").matcher(person).find(), person);
        assertTrue(Pattern.compile("id=\"Alleged\">.*?<dd class=\"usage\">the value of [0-9]+ resources</dd>").matcher(page).find(),
                "a status counts the claims that have it");
        String participant = page.substring(page.indexOf("id=\"participant\">"),
                page.indexOf("</section>", page.indexOf("id=\"participant\">")));
        assertTrue(participant.contains("<dt>Domain (its subjects)</dt><dd><a href=\"/ontology#Event\">event</a></dd>"), participant);
        assertTrue(participant.contains("<dt>Range (its values)</dt><dd><a href=\"/ontology#Agent\">agent</a></dd>"), participant);
        assertTrue(participant.contains("wdt:P710"), participant);
        assertTrue(Pattern.compile("used by [0-9]+ resources · the property of [0-9]+ claims").matcher(participant).find(),
                participant);
    }

    @Test
    void aSourcePageGivesEachPassageItsOwnNestedMarkLinkedToItsClaims() {
        String page = server.get("/source/002_d7ec91cbae82c789").body();
        String text = page.substring(page.indexOf("<pre class=\"source\">"), page.indexOf("</pre>"));
        Matcher tags = Pattern.compile("<mark([^>]*)>|</mark>").matcher(text);
        int depth = 0;
        int deepest = 0;
        while (tags.find()) {
            depth += tags.group().startsWith("</") ? -1 : 1;
            assertTrue(depth >= 0, "marks are well nested");
            deepest = Math.max(deepest, depth);
        }
        assertEquals(0, depth, "every mark is closed");
        assertTrue(deepest >= 2, "overlapping passages nest");
        List<String> ids = Pattern.compile("<mark [^>]*id=\"(char=[0-9]+,[0-9]+)\"").matcher(text).results()
                .map(m -> m.group(1)).toList();
        Matcher legend = Pattern.compile("([0-9]+) passages are highlighted").matcher(page);
        assertTrue(legend.find());
        assertEquals(Integer.parseInt(legend.group(1)), ids.size(), "each passage its own mark");
        assertEquals(ids.size(), new HashSet<>(ids).size(), "each id once");
        Matcher oneClaim = Pattern.compile("<mark class=\"claim\" id=\"char=1289,1391\" title=\"passage 1289–1391: ([0-9]+) claims\">"
                + "<a class=\"anchor\" href=\"(/passage/002_d7ec91cbae82c789/1289-1391)\"").matcher(text);
        assertTrue(oneClaim.find(), "a passage of several claims links to its page");
        String passagePage = server.get(oneClaim.group(2)).body();
        assertTrue(passagePage.contains("<h1>Passage 1289–1391 of Purges, the Sino-Soviet alliance and the thaw"), "headed in words");
        assertEquals(Integer.parseInt(oneClaim.group(1)), Pattern.compile("<tr><td data-label=\"Subject\">.*?>claim</a>")
                .matcher(passagePage).results().count(), "the passage's page lists its claims (and the machine's proposals, shaded)");
        assertTrue(Pattern.compile("title=\"passage [0-9]+–[0-9]+: 1 claim\"><a class=\"anchor\" href=\"/claim/[0-9a-f]{16}\"")
                .matcher(text).find(), "a passage of one claim links to the claim");
        assertTrue(server.get("/static/site.css").body().contains("pre.source mark:target"),
                "the passage named in the fragment is styled");
    }
}
