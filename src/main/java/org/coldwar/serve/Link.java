package org.coldwar.serve;

/**
 * A link as the partial {@code link.mustache} draws it: an {@code <a>} when {@code href} is a
 * path of ours or an http(s) URL, else only its label as text (so a {@code javascript:} IRI in
 * the data is never a link).
 *
 * @param href where it goes, or null for text only
 * @param label what the reader sees, never null
 */
record Link(String href, String label) {

    /** Text that links nowhere. */
    static Link text(String label) {
        return new Link(null, label);
    }

    /** True if {@code href} may be followed. */
    boolean safe() {
        return href != null && (href.startsWith("/") || href.startsWith("http://") || href.startsWith("https://"));
    }
}
