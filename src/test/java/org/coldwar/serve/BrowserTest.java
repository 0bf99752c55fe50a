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
 * from the query page, a link from the results to an entity page, and a screenshot of it.
 */
class BrowserTest {

    @Test
    void landingPageToQueryToEntityPage() throws Exception {
        TestServer server = TestServer.get();
        // Not a @TempDir: the browser's helpers may still be flushing the profile as the test ends.
        Path profile = Files.createTempDirectory("coldwar-chromium").resolve("profile");
        try (HeadlessChromium browser = HeadlessChromium.start(profile)) {
            browser.navigate(server.server.url());
            assertEquals("Cold War claims · Cold War claims", browser.eval("document.title"));
            browser.eval("document.querySelector('a[href=\"/query?example=wikidata-links\"]').click()");
            browser.waitFor("location.pathname === '/query' && document.readyState === 'complete'", Duration.ofSeconds(20));
            assertTrue(browser.eval("document.getElementById('query').value").contains("cw:LinkRecord"));
            browser.eval("document.getElementById('run').click()");
            browser.waitFor("document.querySelectorAll('#results table tbody tr').length > 40", Duration.ofSeconds(30));
            assertTrue(browser.eval("document.getElementById('status').textContent").contains("rows"));
            String href = browser.eval("document.querySelector('#results a[href^=\"/entity/\"]').getAttribute('href')");
            browser.eval("document.querySelector('#results a[href^=\"/entity/\"]').click()");
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
        } finally {
            try {
                org.coldwar.publish.Directories.deleteRecursively(profile.getParent());
            } catch (java.io.UncheckedIOException e) {
                // a late write by an exiting helper process; the temporary directory is left behind
            }
        }
    }

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
