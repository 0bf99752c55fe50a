package org.coldwar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A hub entity's page over three copies of the seeds, where Stalin has more claims than a page
 * holds: its claims a page at a time, with their count and links between the pages.
 */
class PagedListsTest {

    private static final String STALIN = "/entity/joseph_stalin";
    private static final Pattern SUMMARY = Pattern.compile("Claims ([0-9]+)–([0-9]+) of ([0-9]+) \\(page ([0-9]+) of ([0-9]+)\\)");
    private static final Pattern CLAIM_LINK = Pattern.compile("<a href=\"(/claim/[^\"]+)\">claim</a>");

    private static ServedSeeds served;

    @BeforeAll
    static void start() throws IOException {
        served = ServedSeeds.copiesOfTheSeeds(3);
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void theFirstPageHoldsAPageOfClaimsTheirCountAndALinkToTheNext() {
        HttpResponse<String> first = get(STALIN);
        assertEquals(200, first.statusCode());
        Matcher summary = summary(first.body());
        long total = Long.parseLong(summary.group(3));
        assertTrue(total > Paging.SIZE, "Stalin should have more than a page of claims: " + total);
        assertEquals("1", summary.group(1));
        assertEquals(String.valueOf(Paging.SIZE), summary.group(2));
        assertEquals(Paging.SIZE, claims(first.body()).size(), first.body());
        assertTrue(first.body().contains("<link rel=\"next\" href=\"" + STALIN + "?page=2\">"), first.body());
        assertTrue(first.body().contains("<a rel=\"next\" href=\"" + STALIN + "?page=2\">next</a>"), first.body());
        assertFalse(first.body().contains("rel=\"prev\""), first.body());
    }

    @Test
    void theLastPageHoldsTheRestAndTogetherThePagesListEachClaimOnce() {
        HttpResponse<String> first = get(STALIN);
        long total = Long.parseLong(summary(first.body()).group(3));
        int pages = (int) ((total + Paging.SIZE - 1) / Paging.SIZE);
        Set<String> seen = new HashSet<>(claims(first.body()));
        String next = STALIN + "?page=2";
        HttpResponse<String> page = null;
        for (int n = 2; n <= pages; n++) {
            page = get(next);
            assertEquals(200, page.statusCode(), next);
            List<String> claims = claims(page.body());
            for (String claim : claims) {
                assertTrue(seen.add(claim), claim + " is on two pages");
            }
            Matcher link = Pattern.compile("<a rel=\"next\" href=\"([^\"]+)\">").matcher(page.body());
            next = link.find() ? link.group(1) : null;
        }
        assertEquals(total, seen.size());
        assertEquals(null, next, "the last page links to no next page");
        Matcher last = summary(page.body());
        assertEquals(String.valueOf(total), last.group(2));
        assertEquals(total - (long) (pages - 1) * Paging.SIZE, claims(page.body()).size());
        assertTrue(page.body().contains("<link rel=\"prev\" href=\"" + STALIN + (pages == 2 ? "" : "?page=" + (pages - 1))
                + "\">"), page.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"?page=0", "?page=abc", "?page=-1", "?page=1.5", "?page=", "?mentions=0"})
    void aPageThatIsNotANumberIsABadRequest(String query) {
        HttpResponse<String> r = get(STALIN + query);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("<h1>Bad request</h1>") && r.body().contains("is not a page number"), r.body());
        assertFalse(r.body().contains("Exception"), r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"?page=99", "?page=999999999", "?mentions=2"})
    void aPageBeyondTheLastIsNotFound(String query) {
        HttpResponse<String> r = get(STALIN + query);
        assertEquals(404, r.statusCode(), r.body());
        assertTrue(r.body().contains("<h1>Not found</h1>") && r.body().contains("There is no page"), r.body());
        assertFalse(r.body().contains("Exception"), r.body());
    }

    @Test
    void aListThatFitsOnOnePageHasNoPageLinks() {
        HttpResponse<String> r = get("/entity/laszlo_rajk");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<h2>Claims</h2>"), r.body());
        assertFalse(r.body().contains("class=\"pages\""), r.body());
    }

    private static Matcher summary(String page) {
        Matcher m = SUMMARY.matcher(page);
        assertTrue(m.find(), "no count of the claims on the page: " + page);
        return m;
    }

    /** The claims a page lists, by the link each row has to its claim. */
    private static List<String> claims(String page) {
        List<String> claims = new ArrayList<>();
        Matcher m = CLAIM_LINK.matcher(page);
        while (m.find()) {
            if (!claims.contains(m.group(1))) {
                claims.add(m.group(1));
            }
        }
        return claims;
    }

    private static HttpResponse<String> get(String path) {
        return served.get(path, "text/html");
    }
}
