package org.coldwar.serve;

/**
 * Builds HTML text. Everything that comes from data goes through {@link #text} or
 * {@link #attr}, which escape it: a label containing {@code <script>} stays text.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(4096);

    /** Escapes text for element content and attribute values alike. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Appends trusted markup written in the code (never data). */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends escaped text. */
    Html text(String s) {
        out.append(escape(s));
        return this;
    }

    /** Appends {@code name="escaped value"} with a leading space. */
    Html attr(String name, String value) {
        out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
        return this;
    }

    /**
     * Appends a link with escaped href and text; an href that is neither a path of ours nor an
     * http(s) URL (e.g. a {@code javascript:} IRI in the data) is shown as text, not linked.
     */
    Html link(String href, String label) {
        if (!(href.startsWith("/") || href.startsWith("http://") || href.startsWith("https://"))) {
            return text(label);
        }
        return raw("<a").attr("href", href).raw(">").text(label).raw("</a>");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
