package org.coldwar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The search page keeps the query, counts and marks the hits, folds case and accents, and explains what it cannot use. */
class SearchPageTest {

    private final TestServer server = TestServer.get();

    private HttpResponse<String> search(String q) {
        return server.get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    private static int count(String page) {
        Matcher m = Pattern.compile("<p class=\"count\">([0-9]+) results?").matcher(page);
        assertTrue(m.find(), page);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        int plain = count(search("Rakosi").body());
        assertEquals(plain, count(search("Rákosi").body()), "Rákosi finds what Rakosi finds");
        assertEquals(plain, count(search("RAKOSI").body()));
        String page = search("Rákosi").body();
        assertTrue(page.contains("Matyas <mark>Rakosi</mark>"), "the quote's unaccented spelling is marked too");
        assertTrue(page.contains("Mátyás <mark>Rákosi</mark>"), page);
        assertTrue(plain >= 4, "the entity, the letter and the quotes: " + plain);
    }

    @Test
    void theQueryStaysInTheBoxAndIsCounted() {
        String page = search("Liu Shaoqi").body();
        assertTrue(page.contains("<input type=\"search\" name=\"q\" value=\"Liu Shaoqi\""), "the box keeps the query");
        assertTrue(page.contains("<h1>Search: Liu Shaoqi</h1>"));
        assertTrue(count(page) > 1);
        assertTrue(page.contains("<mark>Liu</mark> <mark>Shaoqi</mark>"), "hits are marked");
        assertTrue(search("zzzqqq").body().contains("<p class=\"count\">Nothing found for “zzzqqq”.</p>"));
    }

    @Test
    void syntaxItCannotUseIsExplainedInWords() {
        HttpResponse<String> nothing = search("(");
        assertEquals(400, nothing.statusCode());
        assertTrue(nothing.body().contains("The search could not be understood: type words of a name or a quote"), nothing.body());
        assertTrue(nothing.body().contains("value=\"(\""), "kept in the box to correct");
        HttpResponse<String> operator = search("Stalin AND");
        assertEquals(200, operator.statusCode());
        assertTrue(operator.body().contains("Search syntax (parentheses, field:, ~, ^, *, ?, ranges) is not used here"),
                operator.body());
    }
}
