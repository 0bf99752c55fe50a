package org.coldwar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The page templates: escaped by default, the one unescaped value declared, every page compiled. */
class TemplatesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/org/coldwar/serve/templates");

    @Test
    void noTemplateWritesDataUnescapedButTheMarkupPage() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            List<Path> templates = files.filter(f -> f.toString().endsWith(".mustache")).toList();
            assertTrue(templates.size() > 5, templates.toString());
            for (Path t : templates) {
                String text = Files.readString(t, StandardCharsets.UTF_8);
                boolean raw = text.contains("{{{") || text.contains("{{&");
                assertEquals(t.getFileName().toString().equals("markup.mustache"), raw, t + ": unescaped value");
            }
        }
    }

    @Test
    void valuesAreEscapedAsThePagesAlwaysWere() {
        String page = PageLayout.notice("", "<b>'x'</b>", "a=b & c", "\"q\"", "`");
        assertTrue(page.contains("<h1>&lt;b&gt;&#39;x&#39;&lt;/b&gt;</h1>"), page);
        assertTrue(page.contains("<p>a=b &amp; c<code>&quot;q&quot;</code>`</p>"), page);
        assertFalse(page.contains("<b>"), page);
    }

    @Test
    void anUnknownTemplateIsNamedInTheError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Templates.render("nope", ""));
        assertTrue(e.getMessage().contains("nope.mustache"), e.getMessage());
    }
}
