package org.coldwar.serve;

/**
 * The site's HTML escaping, which the templates use for every {@code {{value}}} (see
 * {@link Templates}), and a builder of HTML text for the one page not yet a template (the query
 * page). Everything that comes from data goes through {@link #text} or {@link #attr}, which
 * escape it: a label containing {@code <script>} stays text.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(4096);

    /** Escapes text for element content and attribute values alike. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        escape(s, b);
        return b.toString();
    }

    /** Appends {@code s} escaped to {@code out}; a run of characters that need no escape is appended at once. */
    static void escape(String s, StringBuilder out) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            String entity = switch (s.charAt(i)) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null) {
                out.append(s, run, i).append(entity);
                run = i + 1;
            }
        }
        out.append(s, run, s.length());
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
        if (!new Link(href, label).safe()) {
            return text(label);
        }
        return raw("<a").attr("href", href).raw(">").text(label).raw("</a>");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
