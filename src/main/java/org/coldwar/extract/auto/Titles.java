package org.coldwar.extract.auto;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The titles written before a name ("Secretary", "Adm.", "Foreign Minister"), read from
 * {@code titles.txt}: which phrases of a List of Persons entry give which titles, and whether a
 * run of words is a title. Shared by {@link NameForms} (to make "Secretary Dulles") and the
 * {@link Gazetteer} (to leave the title outside the mention's span, as editors do). Immutable.
 */
final class Titles {

    private static final Titles STANDARD = load("titles.txt");

    /** Normalised phrase ("minister of foreign affairs") to the titles it gives. */
    private final Map<String, List<String>> byPhrase;
    /** Normalised titles ("asst secy"), for recognising a title before a name. */
    private final Set<String> titles;
    private final int longestPhrase;
    /** The first word of every title, to reject most words without building a key. */
    private final Set<String> firstWords;

    private Titles(Map<String, List<String>> byPhrase, Set<String> titles) {
        this.byPhrase = byPhrase;
        this.titles = titles;
        this.longestPhrase = byPhrase.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
        this.firstWords = titles.stream().map(t -> t.split(" ")[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    static Titles standard() {
        return STANDARD;
    }

    /**
     * The longest title phrase that starts at word {@code from} of {@code words} (normalised
     * words as {@link Tokens} makes them), or null.
     *
     * @return the phrase's word count and titles, or null if no phrase starts there
     */
    Match phraseAt(String[] words, int from) {
        StringBuilder key = new StringBuilder();
        Match best = null;
        for (int k = from; k < words.length && k - from < longestPhrase; k++) {
            if (k > from) {
                key.append(' ');
            }
            key.append(words[k]);
            List<String> t = byPhrase.get(key.toString());
            if (t != null) {
                best = new Match(k - from + 1, t);
            }
        }
        return best;
    }

    /** How many leading words of {@code words} (from {@code from}) are titles, possibly several ("Asst. Secy."). */
    int titleLength(String[] words, int from, int to) {
        if (from >= to || !firstWords.contains(words[from])) {
            return 0;
        }
        int at = from;
        boolean found = true;
        while (found && at < to) {
            found = false;
            StringBuilder key = new StringBuilder();
            int best = 0;
            for (int k = at; k < to && k - at < longestPhrase; k++) {
                if (k > at) {
                    key.append(' ');
                }
                key.append(words[k]);
                if (titles.contains(key.toString())) {
                    best = k - at + 1;
                }
            }
            if (best > 0) {
                at += best;
                found = true;
            }
        }
        return at - from;
    }

    /** A title phrase found in a name or description: its length in words and the titles it gives. */
    record Match(int length, List<String> titles) {
    }

    private static Titles load(String resource) {
        Map<String, List<String>> byPhrase = new HashMap<>();
        Set<String> titles = new HashSet<>();
        try (InputStream in = Titles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int eq = line.indexOf('=');
                String phrase = eq < 0 ? line : line.substring(0, eq).strip();
                List<String> given = new ArrayList<>();
                for (String t : (eq < 0 ? phrase : line.substring(eq + 1)).split("\\|")) {
                    given.add(t.strip());
                    titles.add(key(t));
                }
                byPhrase.put(key(phrase), List.copyOf(given));
                titles.add(key(phrase));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Titles(Map.copyOf(byPhrase), Set.copyOf(titles));
    }

    static String key(String phrase) {
        return String.join(" ", new Tokens(phrase.strip()).norms());
    }
}
