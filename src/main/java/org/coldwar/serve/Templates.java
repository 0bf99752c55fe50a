package org.coldwar.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;

/**
 * The Mustache templates of the HTML pages ({@code templates/*.mustache} beside this class),
 * compiled once when the class is loaded and shared by all requests (a compiled template is
 * thread-safe). A page's view is a record; {@code {{name}}} calls its accessor {@code name()}.
 * Every {@code {{value}}} is escaped by {@link Html#escape}, the escaping the pages always had.
 */
final class Templates {

    /** The page templates; the partials they include (header, footer, link ...) are compiled with them. */
    private static final List<String> PAGES = List.of("resource", "source", "ontology", "search", "landing",
            "notice", "markup");

    private static final Map<String, Mustache> COMPILED = compileAll();

    private Templates() {
    }

    /**
     * The page {@code name} filled from {@code view}.
     *
     * @throws IllegalArgumentException if there is no such template
     */
    static String render(String name, Object view) {
        Mustache template = COMPILED.get(name);
        if (template == null) {
            throw new IllegalArgumentException("no template " + name + ".mustache; known: " + PAGES);
        }
        PageWriter out = new PageWriter();
        template.execute(out, view);
        return out.page.toString();
    }

    private static Map<String, Mustache> compileAll() {
        DefaultMustacheFactory factory = new EscapingFactory();
        Map<String, Mustache> compiled = new HashMap<>();
        for (String name : PAGES) {
            compiled.put(name, factory.compile(name + ".mustache"));
        }
        return Map.copyOf(compiled);
    }

    /**
     * Templates from the class path, escaped as {@link Html#escape} does: Mustache's own escaper
     * also encodes {@code =} and backquote, which would change every {@code ?page=2} link.
     */
    private static final class EscapingFactory extends DefaultMustacheFactory {

        EscapingFactory() {
            super("org/coldwar/serve/templates");
        }

        @Override
        public void encode(String value, Writer writer) {
            if (writer instanceof PageWriter page) {
                Html.escape(value, page.page);
                return;
            }
            try {
                writer.write(Html.escape(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A page being written: a StringWriter without its lock (a page is written by one thread). */
    private static final class PageWriter extends Writer {

        final StringBuilder page = new StringBuilder(64 * 1024);

        @Override
        public void write(char[] chars, int offset, int length) {
            page.append(chars, offset, length);
        }

        @Override
        public void write(String s, int offset, int length) {
            page.append(s, offset, offset + length);
        }

        @Override
        public void write(String s) {
            page.append(s);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
