package org.coldwar.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The example queries of {@code src/main/resources/queries/}, shown on the landing and query
 * pages. A test checks this list against the folder and runs every query.
 */
public final class ExampleQueries {

    /** Query names (file names without {@code .rq}), in the order they are offered. */
    public static final List<String> NAMES = List.of("claims-about-an-entity", "timeline", "corroborated-facts",
            "purges-and-trials", "claims-by-status", "claims-per-property", "claims-citing-an-archival-file",
            "events-in-a-date-range", "wikidata-links", "federated-birth-and-death", "federated-wikipedia-articles",
            "federated-party-members");

    private ExampleQueries() {
    }

    /**
     * What a query does, in one sentence: the first sentence of the comment that opens its text
     * (the lines starting with {@code #}, joined), or "" if it opens with none.
     */
    public static String description(String queryText) {
        StringBuilder comment = new StringBuilder();
        for (String line : queryText.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            comment.append(' ').append(line.substring(1).strip());
        }
        String words = comment.toString().strip();
        java.util.regex.Matcher end = java.util.regex.Pattern.compile("[.!?](?=\\s|$)").matcher(words);
        return end.find() ? words.substring(0, end.end()) : words;
    }

    /** Name to query text, in offer order. */
    public static Map<String, String> all() {
        Map<String, String> queries = new LinkedHashMap<>();
        for (String name : NAMES) {
            queries.put(name, SiteQueries.text("/queries/" + name + ".rq"));
        }
        return queries;
    }
}
