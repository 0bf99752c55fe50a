package org.coldwar.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.queryparser.classic.QueryParser;

/**
 * What a visitor types into the search box, turned into a Lucene query that cannot fail to
 * parse: words (letters, digits, inner apostrophes and hyphens) and "quoted phrases", at most
 * {@value #MAX_TERMS} of them, each escaped; everything else (parentheses, operators, fields,
 * wildcards) is dropped. Lucene's own syntax is never parsed from user input, so no input can
 * make the parser recurse without bound (5,000 nested parentheses overflowed its stack).
 */
final class SearchInput {

    static final int MAX_TERMS = 20;
    private static final Pattern TERM = Pattern.compile(
            "\"([^\"]*)\"|([\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’-]*)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’-]*");

    private SearchInput() {
    }

    /** The Lucene query for {@code text}, or empty if it holds no word to search for. */
    static Optional<String> toLucene(String text) {
        List<String> terms = new ArrayList<>();
        Matcher m = TERM.matcher(text);
        while (m.find() && terms.size() < MAX_TERMS) {
            if (m.group(1) != null) {
                List<String> words = words(m.group(1));
                if (!words.isEmpty()) {
                    terms.add("\"" + String.join(" ", words) + "\"");
                }
            } else {
                terms.add(escape(m.group(2)));
            }
        }
        return terms.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", terms));
    }

    private static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(phrase);
        while (m.find() && words.size() < MAX_TERMS) {
            words.add(escape(m.group()));
        }
        return words;
    }

    /** Lower case (so AND, OR and NOT are words), Lucene's special characters escaped. */
    private static String escape(String word) {
        return QueryParser.escape(word.toLowerCase(Locale.ROOT));
    }
}
