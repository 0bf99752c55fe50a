package org.coldwar.serve;

import java.util.List;

/**
 * The frame every HTML page shares (head, navigation with the search box, footer), drawn by the
 * partials {@code header.mustache} and {@code footer.mustache}: each page's view has a
 * {@link Frame} and its template opens and closes with them.
 */
final class PageLayout {

    /** The site's name, in every page's title after the page's own. */
    static final String SITE_NAME = "Cold War claims";

    private PageLayout() {
    }

    /**
     * What the header and footer show.
     *
     * @param prefix the path prefix of the site ("" or e.g. "/coldwar")
     * @param title the page's heading, never null
     * @param searchText what the search box holds, "" for none
     * @param headLinks {@code <link>} elements of the head after the style sheet
     */
    record Frame(String prefix, String title, String searchText, List<HeadLink> headLinks) {

        Frame(String prefix, String title) {
            this(prefix, title, "", List.of());
        }

        Frame withHeadLinks(List<HeadLink> links) {
            return new Frame(prefix, title, searchText, links);
        }

        /** The {@code <title>}: the page's own, then the site's name. */
        String documentTitle() {
            return title.equals(SITE_NAME) ? title : title + " · " + SITE_NAME;
        }
    }

    /** A page and the HTTP status it is served with. */
    record Answer(int status, String html) {
    }

    /** A {@code <link>} of the head; {@code type} and {@code linkTitle} may be null. */
    record HeadLink(String rel, String type, String linkTitle, String href) {
    }

    /** A full page around markup already built and escaped (by {@link Html}); {@code title} is escaped. */
    static String page(String prefix, String title, String body) {
        return Templates.render("markup", new Markup(new Frame(prefix, title), body));
    }

    /**
     * {@code page} with {@code links} (markup of {@code <link>} or {@code <script>} elements) added to
     * its head: for a page built in Java, as the query page is; a template page lists its
     * {@link Frame#headLinks()}.
     */
    static String withHeadLinks(String page, String links) {
        int end = page.indexOf("</head>");
        return end < 0 ? page : page.substring(0, end) + links + page.substring(end);
    }

    /** A page of one paragraph: {@code text}, then {@code code} as code (if not null), then {@code after}. */
    static String notice(String prefix, String title, String text, String code, String after) {
        return Templates.render("notice", new Notice(new Frame(prefix, title), text, code, after));
    }

    private record Markup(Frame frame, String body) {
    }

    private record Notice(Frame frame, String text, String code, String after) {
    }
}
