package org.coldwar.serve;

/** The frame every HTML page shares: head, navigation with the search box, footer. */
final class PageLayout {

    /** The site's name, in every page's title after the page's own. */
    static final String SITE_NAME = "Cold War claims";

    private PageLayout() {
    }

    /** A full page; {@code body} is markup built with {@link Html}, {@code title} is escaped. */
    static String page(String prefix, String title, String body) {
        return page(prefix, title, body, "");
    }

    /** A full page whose search box holds {@code searchText} (what the visitor searched for). */
    static String page(String prefix, String title, String body, String searchText) {
        return new Html()
                .raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .raw("<title>").text(title.equals(SITE_NAME) ? title : title + " · " + SITE_NAME).raw("</title>")
                .raw("<link rel=\"stylesheet\"").attr("href", prefix + "/static/site.css").raw("></head><body>")
                .raw("<header><nav>").link(prefix + "/", "Cold War claims")
                .raw(" ").link(prefix + "/query", "SPARQL query")
                .raw(" ").link(prefix + "/#downloads", "Downloads")
                .raw("<form class=\"search\" method=\"get\"").attr("action", prefix + "/search")
                .raw("><input type=\"search\" name=\"q\"").attr("value", searchText)
                .raw(" placeholder=\"Search labels and quotes\" aria-label=\"Search\">")
                .raw("<button type=\"submit\">Search</button></form></nav></header><main>")
                .raw("<h1>").text(title).raw("</h1>")
                .raw(body)
                .raw("</main><footer>Data CC BY 4.0 · built with Apache Jena · ")
                .link(prefix + "/sparql", "SPARQL endpoint").raw("</footer></body></html>\n")
                .toString();
    }

    /** {@code page} with {@code links} (markup of {@code <link>} elements) added to its head. */
    static String withHeadLinks(String page, String links) {
        int end = page.indexOf("</head>");
        return end < 0 ? page : page.substring(0, end) + links + page.substring(end);
    }
}
