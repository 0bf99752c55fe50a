package org.coldwar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/**
 * A person's path through the site in a real browser: the landing page, an example query run
 * from the query page (YASGUI), a link from the results to an entity page, and a screenshot of it.
 */
class BrowserTest {

    @Test
    void landingPageToQueryToEntityPage() throws Exception {
        TestServer server = TestServer.get();
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            browser.navigate(server.server.url());
            assertEquals("Cold War claims", browser.eval("document.title"));
            browser.eval("document.querySelector('a[href=\"/query?example=wikidata-links\"]').click()");
            browser.waitFor("location.pathname === '/query' && document.querySelector('.yasgui .CodeMirror') !== null",
                    Duration.ofSeconds(20));
            assertTrue(browser.eval("coldwarYasgui.getTab().getYasqe().getValue()").contains("cw:LinkRecord"));
            browser.eval("document.querySelector('.yasqe_queryButton').click()");
            browser.waitFor("document.querySelectorAll('.yasr .dataTable tbody tr').length > 40", Duration.ofSeconds(30));
            assertTrue(browser.eval("document.querySelector('.yasr_response_chip').textContent").contains("results in"));
            String entityLink = ".yasr a[href^=\"" + server.server.url() + "entity/\"]";
            String href = browser.eval("new URL(document.querySelector('" + entityLink + "').href).pathname");
            // the first click on an abbreviated cell may only open it (YASR's ellipsis)
            browser.eval("(() => { const a = document.querySelector('" + entityLink + "'); a.click(); a.click(); })()");
            browser.waitFor("location.pathname === " + quote(href) + " && document.readyState === 'complete'",
                    Duration.ofSeconds(20));
            String heading = browser.eval("document.querySelector('h1').textContent");
            assertTrue(browser.eval("document.body.innerText").contains("Wikidata"), "the entity page shows its link");

            byte[] png = browser.screenshot();
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target/browser-entity-page.png"), png);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(1280, image.getWidth());
            assertTrue(isHeaderColour(image.getRGB(5, 5)), "the site's header is drawn at the top");
            assertTrue(distinctColours(image) > 50, "the page is drawn, not blank");
            assertTrue(!heading.isBlank(), "the entity page has a heading");
        }
    }

    /**
     * An entity page and a claim page at a phone's width (390 px) and a desktop's (1280 px): nothing
     * wider than the viewport, the claims table readable, screenshots kept in {@code target/}.
     */
    @Test
    void pagesFitAPhoneAndADesktop() throws Exception {
        TestServer server = TestServer.get();
        String entity = "/entity/twentieth_congress_of_the_cpsu";
        java.util.regex.Matcher claim = java.util.regex.Pattern.compile("href=\"(/claim/[0-9a-f]{16})\">claim</a>")
                .matcher(server.get("/entity/liu_shaoqi_report_to_stalin_1949").body());
        assertTrue(claim.find());
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            Files.createDirectories(Path.of("target"));
            for (int width : new int[] {390, 1280}) {
                browser.viewport(width, width == 390 ? 844 : 1000, width == 390);
                for (String[] page : new String[][] {{"entity", entity}, {"claim", claim.group(1)}, {"landing", "/"},
                    {"source", "/source/002_d7ec91cbae82c789#char=1289,1391"}, {"ontology", "/ontology"}}) {
                    browser.navigate(server.server.url() + page[1].substring(1));
                    String overflow = browser.eval("document.documentElement.scrollWidth + ' <= ' + window.innerWidth");
                    assertEquals(width, Integer.parseInt(browser.eval("window.innerWidth")), "the viewport is set");
                    assertTrue("true".equals(browser.eval("document.documentElement.scrollWidth <= window.innerWidth")),
                            page[0] + " page at " + width + " px is wider than the screen: " + overflow + "; widest: "
                                    + browser.eval(WIDEST));
                    byte[] png = browser.screenshot();
                    Files.write(Path.of("target/browser-" + page[0] + "-" + width + ".png"), png);
                    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
                    assertEquals(width, image.getWidth());
                    if (!page[1].contains("#")) {  // a fragment scrolls the page to its target
                        assertTrue(isHeaderColour(image.getRGB(2, 2)), page[0] + ": the header is drawn at the top");
                    }
                    assertTrue(distinctColours(image) > 20, "the page is drawn, not blank");
                }
                browser.navigate(server.server.url() + "source/002_d7ec91cbae82c789#char=1289,1391");
                assertEquals("solid", browser.eval("getComputedStyle(document.getElementById('char=1289,1391')).outlineStyle"),
                        "the passage the link names stands out");
                assertEquals("none", browser.eval("getComputedStyle(document.getElementById('char=1289,1327')"
                        + " || document.querySelector('pre.source mark:not(:target)')).outlineStyle"), "the others do not");
                if (width == 390) {
                    browser.navigate(server.server.url() + entity.substring(1));
                    assertEquals("block", browser.eval("getComputedStyle(document.querySelector('table.claims td')).display"),
                            "on a phone each claim is a block");
                    assertTrue(browser.eval("getComputedStyle(document.querySelector('table.claims td'), '::before').content")
                            .contains("Subject"), "each cell says which column it is");
                }
            }
        }
    }

    /** A federated query whose remote endpoint does not answer in time says so in words on the query page. */
    @Test
    void aRemoteThatDoesNotAnswerIsExplainedOnTheQueryPage() throws Exception {
        TestServer server = TestServer.get();
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            browser.navigate(server.server.url() + "query");
            String query = "SELECT * WHERE { SERVICE <" + WikidataStandIn.endpoint(server.wikidata.slow) + "> { ?s ?p ?o } }";
            browser.waitFor("document.querySelector('.yasgui .CodeMirror') !== null", Duration.ofSeconds(20));
            browser.eval("coldwarYasgui.getTab().getYasqe().setValue(" + quote(query) + ")");
            browser.eval("document.querySelector('.yasqe_queryButton').click()");
            browser.waitFor("document.querySelector('.yasr .query-error') !== null", Duration.ofSeconds(20));
            assertEquals("A remote endpoint (such as Wikidata) did not answer in time (HTTP 504)",
                    browser.eval("document.querySelector('.yasr .query-error .error').textContent"));
        }
    }

    /** The element reaching furthest right, to name in a failure. */
    private static final String WIDEST = "(() => { let w = null, r = 0; for (const e of document.querySelectorAll('body *')) "
            + "{ const x = e.getBoundingClientRect().right; if (x > r) { r = x; w = e; } } "
            + "return w ? w.tagName + '.' + w.className + ' ' + Math.round(r) + ': ' + w.outerHTML.slice(0, 120) : ''; })()";

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static boolean isHeaderColour(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return Math.abs(r - 0x3b) < 12 && Math.abs(g - 0x1f) < 12 && Math.abs(b - 0x1f) < 12;
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
