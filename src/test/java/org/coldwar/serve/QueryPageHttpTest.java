package org.coldwar.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coldwar.Resources;
import org.junit.jupiter.api.Test;

/**
 * The query page over HTTP, as a browser without JavaScript sees it: a permalink's query in the
 * plain form, links that download its results, YASGUI's assets with their types and cache
 * headers, and the page's Content-Security-Policy.
 */
class QueryPageHttpTest {

    private static final String COUNT = "PREFIX cw: <https://w3id.org/coldwar/ontology#>\n"
            + "SELECT (COUNT(?claim) AS ?claims) WHERE { ?claim a cw:Claim }";

    private final TestServer server = TestServer.get();

    @Test
    void aPermalinkFillsThePlainForm() {
        HttpResponse<String> page = server.get("/query?query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8));
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<form id=\"query-form\" method=\"get\" action=\"sparql\">"), "a form to the endpoint");
        assertEquals(COUNT, textarea(page.body()), "the form holds the query");
        assertTrue(page.body().contains("<script src=\"static/yasgui/" + QueryPage.YASGUI_VERSION + "/yasgui.min.js\">"));
        assertTrue(page.body().contains("href=\"/static/yasgui/" + QueryPage.YASGUI_VERSION + "/yasgui.min.css\""));
        assertTrue(page.body().contains("<a href=\"query?example=timeline\">timeline</a>"), "the examples are listed");
    }

    @Test
    void anExampleOrNothingFillsTheFormWithAnExample() {
        assertEquals(ExampleQueries.all().get("timeline"), textarea(server.get("/query?example=timeline").body()));
        assertEquals(ExampleQueries.all().get(ExampleQueries.NAMES.get(0)), textarea(server.get("/query").body()));
        assertEquals(ExampleQueries.all().get(ExampleQueries.NAMES.get(0)), textarea(server.get("/query?query=+").body()));
        assertEquals("ASK {}", textarea(server.get("/query?example=timeline&query=ASK%20%7B%7D").body()),
                "a query given wins over an example");
    }

    @Test
    void aQueryIsTextEverywhereOnThePage() {
        String evil = "SELECT * { ?s ?p \"</textarea></script><script>alert(1)</script>\" }";
        String page = server.get("/query?query=" + URLEncoder.encode(evil, StandardCharsets.UTF_8)).body();
        assertFalse(page.contains("<script>alert(1)"), "the query is escaped");
        assertEquals(evil, textarea(page));
        String settings = page.substring(page.indexOf("<script type=\"application/json\" id=\"query-settings\">"));
        settings = settings.substring(0, settings.indexOf("</script>"));
        assertFalse(settings.substring(1).contains("<"), "no markup inside the settings");
    }

    @Test
    void theDownloadLinksGiveTheResults() {
        String page = server.get("/query?query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8)).body();
        Map<String, String> types = Map.of("csv", "text/csv", "tsv", "text/tab-separated-values", "json",
                "application/sparql-results+json", "xml", "application/sparql-results+xml");
        String expected = QueryPageBrowserTest.count(server);
        for (Map.Entry<String, String> format : types.entrySet()) {
            Matcher link = Pattern.compile("<a data-format=\"" + format.getKey() + "\" href=\"([^\"]+)\">").matcher(page);
            assertTrue(link.find(), format.getKey() + " link");
            String href = link.group(1).replace("&amp;", "&");
            URI resolved = server.uri("/query").resolve(href);
            assertEquals("/sparql", resolved.getPath(), "relative to the page");
            HttpResponse<String> results = server.get(resolved.getRawPath() + "?" + resolved.getRawQuery(),
                    "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
            assertEquals(200, results.statusCode(), format.getKey());
            assertTrue(results.headers().firstValue("Content-Type").orElse("").startsWith(format.getValue()),
                    format.getKey() + ": " + results.headers().firstValue("Content-Type"));
            assertTrue(results.body().contains(expected), format.getKey() + " holds the count");
            if (format.getKey().equals("csv")) {
                assertEquals(List.of("claims", expected), results.body().lines().toList());
            }
        }
    }

    /** What the plain form sends (its default format): the results as a text table for the browser to show. */
    @Test
    void thePlainFormShowsATextTable() {
        HttpResponse<String> r = server.get("/sparql?query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8) + "&format=text",
                "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(r.body().contains("| claims |") && r.body().contains(QueryPageBrowserTest.count(server)), r.body());
    }

    @Test
    void yasguiIsServedWithItsTypeAndForAYear() throws Exception {
        String base = "/static/yasgui/" + QueryPage.YASGUI_VERSION + "/";
        Map<String, String> types = Map.of("yasgui.min.js", "text/javascript", "yasgui.min.css", "text/css", "LICENSE",
                "text/plain");
        for (Map.Entry<String, String> file : types.entrySet()) {
            HttpResponse<byte[]> r = server.getBytes(base + file.getKey());
            assertEquals(200, r.statusCode(), file.getKey());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(file.getValue()), file.getKey());
            assertEquals("public, max-age=31536000, immutable", r.headers().firstValue("Cache-Control").orElse(""));
            assertArrayEquals(Resources.bytes(QueryPage.class, "static/yasgui/" + file.getKey()), r.body());
        }
        HttpResponse<byte[]> gzipped = server.getBytes(base + "yasgui.min.js", "Accept-Encoding", "gzip, deflate, br");
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(gzipped.body().length < 400_000, "gzipped: " + gzipped.body().length + " bytes");
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))) {
            assertArrayEquals(Resources.bytes(QueryPage.class, "static/yasgui/yasgui.min.js"), in.readAllBytes());
        }
        assertTrue(server.getBytes(base + "yasgui.min.css", "Accept-Encoding", "gzip;q=0, identity").headers()
                .firstValue("Content-Encoding").isEmpty(), "gzip refused");
        assertEquals(404, server.get(base + "yasgui.min.js.map").statusCode());
        assertEquals(404, server.get(base + "README.md").statusCode());
        assertEquals(404, server.get("/static/yasgui/0.0.1/yasgui.min.js").statusCode(), "another version");
        assertEquals(404, server.get("/static/yasgui/yasgui.min.js").statusCode(), "no version");
    }

    /** Our scripts come after YASGUI's, the chart view's before the one that makes the editor. */
    @Test
    void ourScriptsAreServedAndLoadedInOrder() {
        String page = server.get("/query").body();
        int yasgui = page.indexOf("<script src=\"static/yasgui/");
        int chart = page.indexOf("<script src=\"static/chart.js\"></script>");
        int query = page.indexOf("<script src=\"static/query.js\"></script>");
        assertTrue(yasgui >= 0 && yasgui < chart && chart < query, "YASGUI, chart.js, query.js: " + yasgui + ", " + chart + ", " + query);
        for (String script : List.of("chart.js", "query.js")) {
            HttpResponse<byte[]> r = server.getBytes("/static/" + script);
            assertEquals(200, r.statusCode(), script);
            assertEquals("text/javascript; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""), script);
            assertEquals("max-age=3600", r.headers().firstValue("Cache-Control").orElse(""), script);
            assertArrayEquals(Resources.bytes(QueryPage.class, "static/" + script), r.body());
        }
        assertFalse(Resources.text(QueryPage.class, "static/chart.js").contains("innerHTML"), "the chart inserts text only");
    }

    /** The vendored files are the ones the README describes (name, version, checksums). */
    @Test
    void theVendoredFilesAreTheOnesTheReadmeNames() throws Exception {
        String readme = Resources.text(QueryPage.class, "static/yasgui/README.md");
        assertTrue(readme.contains("`@zazuko/yasgui` " + QueryPage.YASGUI_VERSION), "the README names the version served");
        assertTrue(readme.contains("npm pack @zazuko/yasgui@" + QueryPage.YASGUI_VERSION));
        for (String file : List.of("yasgui.min.js", "yasgui.min.css")) {
            byte[] bytes = Resources.bytes(QueryPage.class, "static/yasgui/" + file);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertTrue(readme.contains("`" + file + "` | `package/build/" + file + "` | " + String.format("%,d", bytes.length)),
                    file + " has the size the README gives: " + bytes.length);
            assertTrue(readme.contains(sha), file + " has the checksum the README gives: " + sha);
        }
        assertTrue(Resources.text(QueryPage.class, "static/yasgui/LICENSE").startsWith("The MIT License"));
    }

    @Test
    void theQueryPageHasItsContentSecurityPolicy() {
        String policy = server.get("/query").headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self';"), policy);
        assertTrue(policy.contains("connect-src 'self';"), "queries go to our endpoint only: " + policy);
        assertFalse(policy.contains("unsafe-eval"), policy);
        assertEquals(QueryPage.CONTENT_SECURITY_POLICY, policy);
    }

    /** The text of the plain form's textarea, unescaped. */
    private static String textarea(String page) {
        Matcher m = Pattern.compile("<textarea id=\"query\" name=\"query\"[^>]*>(.*?)</textarea>", Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), "the page has the plain form");
        return m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
