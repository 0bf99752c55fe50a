package org.coldwar.extract.auto;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds mentions of authority entries in running text, by every form of every
 * {@link GazetteerEntry}: a token trie walked word by word (the design of Solr's Tagger), longest
 * match first, no overlaps, offsets in code points.
 *
 * <p>Tolerances: multi-word forms in any case; single words only capitalised (or in capitals when
 * unambiguous); possessives ("Dulles's", "Dulles’"); line-break hyphenation ("Chi-\nang");
 * accents (Rákosi = Rakosi); straight or curly apostrophes; OCR joins ("ofCzech", "Rajkmust").
 *
 * <p>Ambiguity rule: a single word that is also a common English word ("White", "Lodge") or a
 * first name of some listed person ("George", "Allen") is a mention only when capitalised, not
 * (for common words) at the start of a sentence or line, and not inside a longer run of
 * capitalised words ("White House", "George Yeh" is matched whole). A title before it ("Mr. Key",
 * "General Chase") makes it safe; a common word starting a sentence counts only if its entry was
 * mentioned before. A form shared by several entries ("Dulles", "Chou") names the one of them
 * last mentioned unambiguously earlier in the same text, or else the one that alone holds a title
 * last seen bare before it ("the Secretary of State"); otherwise it is skipped. A name's last
 * word may be spelled one letter apart ("Yu Ta-wei" for "Yu Ta-wai").
 *
 * <p>Immutable and thread-safe once built.
 */
public final class Gazetteer {

    private final List<GazetteerEntry> entries;
    private final FormTrie trie = new FormTrie();
    private final Set<String> firstNames = new HashSet<>();
    private final java.util.Map<String, int[]> titleHolders;
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "dr", "hon", "sir");

    private Gazetteer(List<GazetteerEntry> entries) {
        this.entries = List.copyOf(entries);
        Titles titles = Titles.standard();
        java.util.Map<String, Set<Integer>> holders = new java.util.HashMap<>();
        for (int e = 0; e < this.entries.size(); e++) {
            GazetteerEntry entry = this.entries.get(e);
            for (String form : entry.forms()) {
                for (String variant : hyphenVariants(form)) {
                    Tokens tokens = new Tokens(variant);
                    String[] words = tokens.norms();
                    boolean accented = false;
                    for (int k = 0; k < tokens.size; k++) {
                        accented |= tokens.has(k, Tokens.FOLDED);
                    }
                    if (words.length == 0) {
                        continue;
                    }
                    int t = titles.titleLength(words, 0, words.length);
                    trie.add(words, new FormTrie.Target(e, t < words.length ? t : 0, accented));
                    if (t > 0 && t < words.length) {
                        String title = String.join(" ", java.util.Arrays.asList(words).subList(0, t));
                        if (!HONORIFICS.contains(title)) {
                            holders.computeIfAbsent(title, k -> new java.util.TreeSet<>()).add(e);
                        }
                    }
                    if (entry.person() && t == 0 && words.length > 1 && words[0].length() > 1) {
                        firstNames.add(words[0]);
                    }
                }
            }
        }
        java.util.Map<String, int[]> byTitle = new java.util.HashMap<>();
        holders.forEach((title, set) -> byTitle.put(title, set.stream().mapToInt(Integer::intValue).toArray()));
        this.titleHolders = java.util.Map.copyOf(byTitle);
    }

    /**
     * A gazetteer of these entries.
     *
     * @throws NullPointerException if entries or one of them is null
     * @throws IllegalArgumentException if two entries have the same id
     */
    public static Gazetteer of(List<GazetteerEntry> entries) {
        Set<String> ids = new HashSet<>();
        for (GazetteerEntry e : entries) {
            if (!ids.add(e.entityId())) {
                throw new IllegalArgumentException("duplicate gazetteer entry id: " + e.entityId());
            }
        }
        return new Gazetteer(entries);
    }

    /** Every mention in {@code text}, in text order, without overlaps. */
    public List<Mention> tag(String text) {
        return new Tagging(this, new Tokens(text)).mentions();
    }

    /**
     * Runs of two or more capitalised words ("of", "de", "von"… allowed inside) that are not
     * mentions, titles, months, weekdays or headings: candidates for new entities, in text order.
     */
    public List<NameCandidate> candidates(String text) {
        Tokens tokens = new Tokens(text);
        Tagging tagging = new Tagging(this, tokens);
        tagging.mentions();
        return CandidateFinder.find(tokens, tagging.covered());
    }

    FormTrie trie() {
        return trie;
    }

    GazetteerEntry entry(int index) {
        return entries.get(index);
    }

    /** Title ("assistant secretary") to the entries whose forms carry it before their name. */
    java.util.Map<String, int[]> titleHolders() {
        return titleHolders;
    }

    boolean isFirstName(String normalised) {
        return firstNames.contains(normalised);
    }

    /** "Kai-shek" is also looked for as "Kaishek", as a line-break hyphenation joins it. */
    private static List<String> hyphenVariants(String form) {
        Set<String> out = new LinkedHashSet<>();
        out.add(form);
        String joined = form.replaceAll("(\\p{L})[-\u2010](\\p{Ll})", "$1$2");
        out.add(joined);
        return new ArrayList<>(out);
    }
}
