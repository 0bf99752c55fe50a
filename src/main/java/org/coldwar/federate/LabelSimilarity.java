package org.coldwar.federate;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two names are, from 0 to 1: the Dice coefficient of their character bigrams after
 * folding case, accents and punctuation ("Georgy Malenkov" and "Georgi Malenkov" score high,
 * "Leon Trotsky" and "Moscow" near 0).
 */
final class LabelSimilarity {

    private LabelSimilarity() {
    }

    static double of(String a, String b) {
        Set<String> x = bigrams(fold(a));
        Set<String> y = bigrams(fold(b));
        if (x.isEmpty() || y.isEmpty()) {
            return fold(a).equals(fold(b)) ? 1 : 0;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return 2.0 * common.size() / (x.size() + y.size());
    }

    static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Set<String> bigrams(String s) {
        Set<String> grams = new HashSet<>();
        String padded = " " + s + " ";
        for (int i = 0; i + 2 <= padded.length(); i++) {
            grams.add(padded.substring(i, i + 2));
        }
        return grams;
    }
}
