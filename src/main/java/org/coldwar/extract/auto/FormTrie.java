package org.coldwar.extract.auto;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie of forms over normalised words (as {@link Tokens} makes them), the token-level
 * dictionary that Solr's Tagger keeps as an FST: a text is walked word by word from each position
 * and every node on the way that ends a form is a candidate match. Built once, then read-only.
 */
final class FormTrie {

    /**
     * One form ending at a node: the entry it names, how many of its leading words are a title,
     * and whether the form as written had accents (to tell when a match needed folding).
     */
    record Target(int entry, int titleWords, boolean accented) {
    }

    static final class Node {
        Map<String, Node> next;
        List<Target> targets;

        Node child(String word) {
            return next == null ? null : next.get(word);
        }

        /**
         * A child that ends a form and whose word differs from {@code word} in one letter, both at
         * least three letters long: a spelling variant of a name's last word ("wei" for "wai").
         */
        Node respelled(String word) {
            if (next == null || word.length() < 3) {
                return null;
            }
            for (Map.Entry<String, Node> e : next.entrySet()) {
                if (e.getValue().targets != null && oneLetterApart(e.getKey(), word)) {
                    return e.getValue();
                }
            }
            return null;
        }
    }

    final Node root = new Node();

    private static boolean oneLetterApart(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int diff = 0;
        for (int k = 0; k < a.length() && diff < 2; k++) {
            diff += a.charAt(k) != b.charAt(k) ? 1 : 0;
        }
        return diff == 1 && Character.isLetter(b.charAt(0)) && a.charAt(0) == b.charAt(0);
    }

    void add(String[] words, Target target) {
        Node n = root;
        for (String w : words) {
            if (n.next == null) {
                n.next = new HashMap<>(4);
            }
            n = n.next.computeIfAbsent(w, k -> new Node());
        }
        if (n.targets == null) {
            n.targets = new ArrayList<>(1);
        }
        if (!n.targets.contains(target)) {
            n.targets.add(target);
        }
    }
}
