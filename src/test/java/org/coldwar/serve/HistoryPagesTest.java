package org.coldwar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The pages say how a source presents each claim, give dates and numbers in words and link the
 * footnotes a claim rests on; the history example queries find what they promise. Against the
 * seeds' release on a real server.
 */
class HistoryPagesTest {

    private final TestServer server = TestServer.get();

    @Test
    void anAllegationReadsAsOneAndIsShaded() {
        String page = server.get("/entity/doctors_plot").body();
        assertTrue(page.contains("<tr class=\"reported\">"), "rows not stated as fact are marked");
        assertTrue(page.contains("alleged, according to Soviet Union · not published as fact"), page);
        assertTrue(page.contains("hypothesised, according to Isaac Deutscher"), "the author's theses say so");
    }

    @Test
    void datesAndNumbersAreInWordsAndSourcesByTitle() {
        String page = server.get("/entity/meetings_of_stalin_and_liu_shaoqi_1949").body();
        assertTrue(page.contains("summer 1949"), "a season stays a season");
        assertTrue(page.contains(">Purges, the Sino-Soviet alliance and the thaw, 1949–1956 (extract)</a></cite>"),
                "the source by its title, linked to the passage");
        assertTrue(server.get("/entity/ccp_advance_into_manchuria").body().contains("c. 150,000"), "about 150,000");
    }

    @Test
    void aClaimPageReadsAsAStatementWithItsEvidence() {
        String entity = server.get("/entity/liu_shaoqi_report_to_stalin_1949").body();
        Matcher cited = Pattern.compile("href=\"(/claim/[0-9a-f]{16})\">claim</a> · <a href=\"/citation/").matcher(entity);
        assertTrue(cited.find(), "a claim row links the footnote references it cites");
        String claim = server.get(cited.group(1)).body();
        assertTrue(claim.contains("<section class=\"claim\">"), claim);
        assertTrue(claim.contains("<dt>Evidence cited</dt>"), claim);
        assertTrue(claim.contains("APRF, f. 45, oi, d. 328"), "the reference as printed");
        HttpResponse<String> citation = server.get(
                claim.replaceAll("(?s).*<dt>Evidence cited</dt><dd> · <a href=\"(/citation/[^\"]+)\".*", "$1"));
        assertEquals(200, citation.statusCode());
    }

    @Test
    void aRelativeDateSaysWhatItCountsFrom() {
        String entity = server.get("/entity/execution_of_laszlo_rajk").body();
        Matcher claims = Pattern.compile("href=\"(/claim/[0-9a-f]{16})\">claim</a>").matcher(entity);
        boolean found = false;
        while (claims.find() && !found) {
            found = server.get(claims.group(1)).body().contains("counted P14D from");
        }
        assertTrue(found, "the execution's date is two weeks after Stalin's letter");
    }

    @Test
    void anEntityPageSaysWhereItIsMentioned() {
        String page = server.get("/entity/joseph_stalin").body();
        assertTrue(page.contains("<h2>Mentioned in</h2>"), "the sources that mention Stalin");
        assertTrue(page.contains("found by the machine"), page);
    }

    @TestFactory
    Stream<DynamicTest> historyExamplesFindWhatTheyPromise() {
        return Stream.of("claims-by-status", "claims-per-property", "claims-citing-an-archival-file", "events-in-a-date-range", "timeline")
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    HttpResponse<String> r = server.sparql(SiteQueries.text("/queries/" + name + ".rq"), "text/csv");
                    assertEquals(200, r.statusCode(), r.body());
                    assertTrue(r.body().strip().lines().count() > 1, name + " found nothing");
                }));
    }
}
