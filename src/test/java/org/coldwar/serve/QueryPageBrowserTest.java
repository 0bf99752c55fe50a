package org.coldwar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The query page in a real browser: YASGUI opened by a permalink, run, its results counted, at a
 * phone's width and a desktop's; its download; an example opened in a tab; and nothing asked of
 * another host, nothing refused by the page's Content-Security-Policy, no script error.
 */
class QueryPageBrowserTest {

    private static final String COUNT = "PREFIX cw: <https://w3id.org/coldwar/ontology#>\n"
            + "SELECT (COUNT(?claim) AS ?claims) WHERE { ?claim a cw:Claim }";

    /** Claims per status, most first: a label column and a count, as the chart view draws them. */
    private static final String PER_STATUS = "PREFIX cw: <https://w3id.org/coldwar/ontology#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "SELECT ?status (COUNT(?claim) AS ?claims) WHERE { ?claim cw:status/rdfs:label ?status }\n"
            + "GROUP BY ?status ORDER BY DESC(?claims) ?status";

    /** Collects what goes wrong in the page from its first moment: CSP refusals, script errors. */
    private static final String WATCH = "window.__problems = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__problems.push('CSP refused '"
            + " + e.blockedURI + ' (' + e.violatedDirective + ')'));"
            + "window.addEventListener('error', e => window.__problems.push('error: ' + e.message));"
            + "window.addEventListener('unhandledrejection', e => window.__problems.push('rejection: ' + e.reason));";

    @Test
    void aPermalinkOpensTheQueryInYasguiAndRunsIt() throws Exception {
        TestServer server = TestServer.get();
        String expected = count(server);
        String permalink = server.server.url() + "query?query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8) + "&run";
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            watch(browser);
            Files.createDirectories(Path.of("target"));
            for (int width : new int[] {390, 1280}) {
                browser.viewport(width, width == 390 ? 844 : 1000, width == 390);
                open(browser, permalink);
                browser.waitFor("document.querySelector('.yasgui .yasqe .CodeMirror') !== null", Duration.ofSeconds(20));
                assertEquals("true", browser.eval("document.getElementById('query-form').hidden"), "the plain form gives way");
                assertEquals(COUNT, browser.eval("coldwarYasgui.getTab().getYasqe().getValue()"), "the editor holds the query");
                assertTrue(browser.eval("document.querySelector('.yasqe .CodeMirror-code').innerText").contains("COUNT(?claim)"),
                        "the editor shows the query");
                browser.waitFor("document.querySelector('.yasr .dataTable tbody td') !== null", Duration.ofSeconds(30));
                String cells = browser.eval("Array.from(document.querySelectorAll('.yasr .dataTable tbody td'))"
                        + ".map(td => td.innerText).join(' | ')");
                assertTrue(cells.contains(expected), "the table shows " + expected + " claims: " + cells);
                assertEquals("claims", browser.eval("document.querySelector('.yasr .dataTable thead th:last-child').innerText.trim()"));
                assertEquals("true", browser.eval("document.documentElement.scrollWidth <= window.innerWidth"),
                        "the query page at " + width + " px is wider than the screen: "
                                + browser.eval("document.documentElement.scrollWidth"));
                assertEquals(server.server.url() + "query?query=" + encodeLikeJavaScript(COUNT),
                        browser.eval("coldwarYasgui.getTab().getShareableLink()"), "YASGUI shares the permalink");
                assertEquals(server.server.url() + "sparql?query=" + encodeLikeJavaScript(COUNT) + "&format=csv",
                        browser.eval("document.querySelector('#downloads a[data-format=csv]').href"), "the plain CSV link");
                byte[] png = browser.screenshot();
                Files.write(Path.of("target/browser-query-" + width + ".png"), png);
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
                assertEquals(width, image.getWidth());
                assertTrue(isHeaderColour(image.getRGB(2, 2)), "the header is drawn at the top");
                assertNothingWentWrong(browser, server);
            }
        }
    }

    /** YASR's download button saves the table as CSV (a file the browser writes). */
    @Test
    void theResultsDownloadAsCsv() throws Exception {
        TestServer server = TestServer.get();
        String expected = count(server);
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            Path downloads = Files.createDirectories(browser.profile().resolveSibling("downloads"));
            watch(browser);
            JsonObject allow = new JsonObject();
            allow.put("behavior", "allow");
            allow.put("downloadPath", downloads.toString());
            browser.call("Page.setDownloadBehavior", allow);
            open(browser, server.server.url() + "query?query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8) + "&run");
            browser.waitFor("document.querySelector('.yasr .dataTable tbody td') !== null", Duration.ofSeconds(30));
            browser.eval("document.querySelector('.yasr .yasr_downloadIcon').click()");
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            List<Path> files;
            do {
                Thread.sleep(200);
                try (Stream<Path> list = Files.list(downloads)) {
                    files = list.filter(f -> f.toString().endsWith(".csv")).toList();
                }
            } while (files.isEmpty() && System.nanoTime() < deadline);
            assertEquals(1, files.size(), "one CSV file downloaded");
            List<String> lines = Files.readString(files.get(0)).lines().toList();
            assertEquals(List.of("\"claims\"", "\"" + expected + "\""), lines, "YASR quotes every field");
            assertNothingWentWrong(browser, server);
        }
    }

    /**
     * An example of the list opens in a tab of its own, named after it; prefix completion offers
     * ours; it runs; the share button, the response view and the table work under the page's policy.
     */
    @Test
    void anExampleOpensInATabOfItsOwn() throws Exception {
        TestServer server = TestServer.get();
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            watch(browser);
            browser.navigate(server.server.url() + "query");
            browser.waitFor("document.querySelector('.yasgui .yasqe .CodeMirror') !== null", Duration.ofSeconds(20));
            browser.eval("document.querySelector('#examples a[href=\"query?example=timeline\"]').click()");
            browser.waitFor("coldwarYasgui.getTab().getName() === 'timeline'", Duration.ofSeconds(10));
            assertTrue(browser.eval("coldwarYasgui.getTab().getYasqe().getValue()").contains("ORDER BY ?earliest ?eventLabel"));
            assertEquals(server.server.url() + "query", browser.eval("location.href"), "the page stays");
            assertTrue(browser.eval("document.querySelector('#downloads a[data-format=tsv]').href").contains("eventLabel"),
                    "the plain links follow the editor");
            browser.eval("(() => { const y = coldwarYasgui.getTab().getYasqe(); y.focus(); y.setCursor({line: 0, ch: 0});"
                    + " y.replaceSelection('PREFIX ent\\n'); y.setCursor({line: 0, ch: 10}); y.autocomplete(); })()");
            browser.waitFor("document.querySelector('.CodeMirror-hints li') !== null", Duration.ofSeconds(10));
            assertTrue(browser.eval("Array.from(document.querySelectorAll('.CodeMirror-hints li')).map(li => li.textContent)"
                    + ".join('\\n')").lines().toList().contains("entity: <https://w3id.org/coldwar/entity/>"),
                    "prefix completion offers ours");
            browser.eval("coldwarYasgui.getTab().getYasqe().closeCompletion && coldwarYasgui.getTab().getYasqe().closeCompletion()");
            browser.eval("coldwarYasgui.getTab().getYasqe().setValue(" + quote(ExampleQueries.all().get("timeline")) + ")");
            String editor = "coldwarYasgui.getTab().getYasqe().getWrapperElement()";
            String results = "coldwarYasgui.getTab().getYasr().rootEl";
            browser.eval(editor + ".querySelector('.yasqe_queryButton').click()");
            browser.waitFor(results + ".querySelectorAll('.dataTable tbody tr').length > 5", Duration.ofSeconds(30));
            browser.eval(editor + ".querySelector('.yasqe_share').click()");
            browser.waitFor(editor + ".querySelector('.yasqe_sharePopup input') !== null", Duration.ofSeconds(5));
            assertEquals(server.server.url() + "query?query=" + encodeLikeJavaScript(ExampleQueries.all().get("timeline")),
                    browser.eval(editor + ".querySelector('.yasqe_sharePopup input').value"), "the share popup's link");
            browser.eval(results + ".querySelector('.select_response').click()");
            browser.waitFor(results + ".querySelector('.CodeMirror') !== null", Duration.ofSeconds(10));
            browser.eval(results + ".querySelector('.select_table').click()");
            browser.waitFor(results + ".querySelector('.dataTable') !== null", Duration.ofSeconds(10));
            assertNothingWentWrong(browser, server);
        }
    }

    /**
     * The chart view (static/chart.js) draws a grouped count as one bar a row, labelled and in the
     * order the query gave, bars as long as their values say, within a phone's width and a desktop's.
     */
    @Test
    void theChartViewDrawsAGroupedCountAsBars() throws Exception {
        TestServer server = TestServer.get();
        List<String[]> expected = server.get("/sparql?query=" + URLEncoder.encode(PER_STATUS, StandardCharsets.UTF_8)
                + "&format=csv").body().lines().skip(1).map(line -> line.split(",")).toList();
        assertTrue(expected.size() >= 3, "claims of several statuses: " + expected.size());
        String permalink = server.server.url() + "query?query=" + URLEncoder.encode(PER_STATUS, StandardCharsets.UTF_8) + "&run";
        String chart = "document.querySelector('.yasr figure.chart')";
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            watch(browser);
            Files.createDirectories(Path.of("target"));
            for (int width : new int[] {390, 1280}) {
                browser.viewport(width, width == 390 ? 844 : 1000, width == 390);
                open(browser, permalink);
                // the table, or the chart again: YASR keeps the view chosen in a tab (here at 390 px)
                browser.waitFor("document.querySelector('.yasr .dataTable tbody td, .yasr figure.chart svg') !== null",
                        Duration.ofSeconds(30));
                assertEquals("false", browser.eval("document.querySelector('.yasr .select_chart').classList.contains('disabled')"),
                        "the chart view is offered");
                browser.eval("document.querySelector('.yasr .select_chart').click()");
                browser.waitFor(chart + " !== null && " + chart + ".querySelector('svg') !== null", Duration.ofSeconds(10));
                assertEquals("claims by status", browser.eval(chart + ".querySelector('figcaption').textContent"));
                assertEquals(expected.stream().map(row -> row[0]).toList(), texts(browser, ".chart-label"), "a bar a row, in order");
                assertEquals(expected.stream().map(row -> row[1]).toList(),
                        texts(browser, ".chart-value").stream().map(v -> v.replace(",", "")).toList(), "the values");
                List<Double> lengths = texts(browser, "rect.chart-bar", "getBoundingClientRect().width").stream()
                        .map(Double::valueOf).toList();
                assertEquals(expected.size(), lengths.size(), "one bar a row");
                double unit = lengths.get(0) / Double.parseDouble(expected.get(0)[1]);
                for (int i = 0; i < lengths.size(); i++) {
                    double value = Double.parseDouble(expected.get(i)[1]);
                    assertEquals(value * unit, lengths.get(i), 1.0, "bar " + i + " as long as its value says: " + lengths);
                }
                double svgWidth = Double.parseDouble(browser.eval(chart + ".querySelector('svg').getBoundingClientRect().width"));
                assertTrue(lengths.get(0) > svgWidth / 2, "the longest bar spans most of the chart: " + lengths.get(0));
                assertEquals("true", browser.eval("Array.from(document.querySelectorAll('.yasr .chart-row')).every(g => "
                        + "g.querySelector('.chart-label').getBoundingClientRect().right"
                        + " < g.querySelector('.chart-value').getBoundingClientRect().left)"), "labels and values do not overlap");
                assertEquals("true", browser.eval("document.documentElement.scrollWidth <= window.innerWidth"),
                        "the chart at " + width + " px is wider than the screen: " + browser.eval("document.documentElement.scrollWidth"));
                browser.eval("coldwarYasgui.getTab().getYasr().rootEl.scrollIntoView()");
                Files.write(Path.of("target/browser-chart-" + width + ".png"), browser.screenshot());
                assertNothingWentWrong(browser, server);
            }
        }
    }

    /**
     * A result without a number is not offered as a chart (YASR greys its button and draws the
     * table); a long one is cut at 50 bars and says so; a year beside a count labels the bars.
     */
    @Test
    void theChartViewIsOfferedOnlyForLabelsWithNumbers() throws Exception {
        TestServer server = TestServer.get();
        String words = "PREFIX cw: <https://w3id.org/coldwar/ontology#>\n"
                + "SELECT ?claim ?status WHERE { ?claim cw:status ?status } LIMIT 5";
        String lengths = "PREFIX cw: <https://w3id.org/coldwar/ontology#>\n"
                + "SELECT ?claim (STRLEN(STR(?claim)) AS ?length) WHERE { ?claim a cw:Claim } ORDER BY ?claim LIMIT 60";
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            watch(browser);
            open(browser, server.server.url() + "query?query=" + URLEncoder.encode(words, StandardCharsets.UTF_8) + "&run");
            browser.waitFor("document.querySelectorAll('.yasr .dataTable tbody tr').length === 5", Duration.ofSeconds(30));
            assertEquals("true", browser.eval("document.querySelector('.yasr .select_chart').classList.contains('disabled')"),
                    "no chart of IRIs only");
            assertEquals("false", browser.eval("coldwarYasgui.getTab().getYasr().plugins.chart.canHandleResults()"));
            browser.eval("document.querySelector('.yasr .select_chart').click()");
            browser.waitFor("document.querySelector('.yasr .dataTable') !== null", Duration.ofSeconds(10));
            assertEquals("true", browser.eval("document.querySelector('.yasr figure.chart') === null"), "no chart drawn");

            browser.eval("coldwarYasgui.getTab().getYasqe().setValue(" + quote(lengths) + ")");
            browser.eval("coldwarYasgui.getTab().getYasqe().getWrapperElement().querySelector('.yasqe_queryButton').click()");
            browser.waitFor("document.querySelector('.yasr figure.chart svg') !== null", Duration.ofSeconds(30));
            assertEquals("length by claim (the first 50 of 60 rows)",
                    browser.eval("document.querySelector('.yasr figure.chart figcaption').textContent"));
            assertEquals("50", browser.eval("document.querySelectorAll('.yasr figure.chart rect.chart-bar').length"), "50 bars");

            String term = "(t, v) => ({type: t, value: v, datatype: t === 'literal' ? 'http://www.w3.org/2001/XMLSchema#integer'"
                    + " : undefined})";
            assertEquals("year n", browser.eval("(() => { const term = " + term + "; const c = coldwarChart.columns({"
                    + "getVariables: () => ['year', 'n'], getBindings: () => [{year: term('literal', '1953'), n: term('literal', '3')}]});"
                    + " return c.label + ' ' + c.value; })()"), "a year beside a count: the year labels the bars");
            assertEquals("null", browser.eval("String(coldwarChart.columns({getVariables: () => ['s', 'n'],"
                    + " getBindings: () => [{s: {type: 'uri', value: 'http://x/'}, n: {type: 'literal', value: 'many'}}]}))"),
                    "a word is not a number");
            assertNothingWentWrong(browser, server);
        }
    }

    /** The texts (or another property) of the chart's elements that match {@code selector}. */
    private static List<String> texts(HeadlessChromium browser, String selector) throws Exception {
        return texts(browser, selector, "textContent");
    }

    private static List<String> texts(HeadlessChromium browser, String selector, String property) throws Exception {
        String joined = browser.eval("Array.from(document.querySelectorAll('.yasr figure.chart " + selector + "'))"
                + ".map(e => String(e." + property + ")).join('\\n')");
        return joined.isEmpty() ? List.of() : joined.lines().toList();
    }

    /** With scripts off, the page is a plain form holding the permalink's query, which the endpoint answers. */
    @Test
    void withoutJavaScriptThePlainFormRunsTheQuery() throws Exception {
        TestServer server = TestServer.get();
        String expected = count(server);
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            JsonObject off = new JsonObject();
            off.put("value", true);
            browser.call("Emulation.setScriptExecutionDisabled", off);
            browser.navigate(server.server.url() + "query?query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8));
            assertEquals("true", browser.eval("document.getElementById('yasgui').offsetParent === null"), "no editor");
            assertEquals("false", browser.eval("document.getElementById('query-form').offsetParent === null"), "the form shows");
            assertEquals(COUNT, browser.eval("document.getElementById('query').value"));
            browser.eval("document.getElementById('run').click()");
            browser.waitFor("location.pathname === '/sparql' && document.readyState === 'complete'", Duration.ofSeconds(20));
            String shown = browser.eval("document.body.innerText");
            assertTrue(shown.contains("claims") && shown.contains(expected), "the results as a text table: " + shown);
        }
    }

    /** The number of claims, as the endpoint says. */
    static String count(TestServer server) {
        String csv = server.get("/sparql?query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8) + "&format=csv").body();
        String n = csv.lines().skip(1).findFirst().orElseThrow().strip();
        assertTrue(Integer.parseInt(n) > 100, "the release has claims: " + n);
        return n;
    }

    /** Opens {@code url}, which changes once the page has run its query (to the permalink of what ran). */
    private static void open(HeadlessChromium browser, String url) throws Exception {
        browser.navigate("about:blank");
        JsonObject params = new JsonObject();
        params.put("url", url);
        browser.call("Page.navigate", params);
        browser.waitFor("location.pathname === '/query' && document.readyState === 'complete'", Duration.ofSeconds(20));
    }

    private static void watch(HeadlessChromium browser) throws Exception {
        browser.call("Page.enable", new JsonObject());
        JsonObject script = new JsonObject();
        script.put("source", WATCH);
        browser.call("Page.addScriptToEvaluateOnNewDocument", script);
    }

    /** No CSP refusal, no script error, and every resource the page loaded came from our server. */
    private static void assertNothingWentWrong(HeadlessChromium browser, TestServer server) throws Exception {
        assertEquals("", browser.eval("window.__problems.join('\\n')"), "problems in the page");
        assertEquals("", browser.eval("performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(u => !u.startsWith(location.origin + '/')).join('\\n')"), "requests to other hosts");
        assertTrue(Integer.parseInt(browser.eval("performance.getEntriesByType('resource').length")) >= 3,
                "the page's own assets are listed");
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
    }

    /** {@code encodeURIComponent}'s encoding of {@code s}. */
    private static String encodeLikeJavaScript(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("%21", "!").replace("%27", "'")
                .replace("%28", "(").replace("%29", ")").replace("%7E", "~");
    }

    private static boolean isHeaderColour(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return Math.abs(r - 0x3b) < 12 && Math.abs(g - 0x1f) < 12 && Math.abs(b - 0x1f) < 12;
    }

}
