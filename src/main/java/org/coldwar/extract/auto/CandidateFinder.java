package org.coldwar.extract.auto;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Finds runs of capitalised words that no gazetteer form covers: new-entity candidates for review.
 * A run is two or more capitalised words with nothing but spaces (or a connector such as "of",
 * "de", "von") between them; titles, months, weekdays and headings in capitals are not part of
 * a run, nor is a common word that starts a sentence ("The Chinese Communists" gives "Chinese
 * Communists"). Stateless.
 */
final class CandidateFinder {

    private static final Set<String> CONNECTORS = Set.of("of", "de", "von", "van", "der", "den", "la",
            "le", "du", "da", "di", "al", "bin", "y");
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
            "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> HEADINGS = Set.of("notes", "note", "source", "subject", "participants",
            "memorandum", "telegram", "attachment", "tab", "enclosure", "annex", "top", "secret",
            "confidential", "eyes", "only", "priority", "niact", "drafted", "approved");

    private CandidateFinder() {
    }

    static List<NameCandidate> find(Tokens tk, BitSet covered) {
        List<NameCandidate> out = new ArrayList<>();
        int i = 0;
        while (i < tk.size) {
            if (!word(tk, covered, i) || tk.has(i, Tokens.SENTENCE_START) && CommonWords.contains(tk.norm[i])) {
                i++;
                continue;
            }
            i += Titles.standard().titleLength(tk.norm, i, tk.size);
            if (i >= tk.size || !word(tk, covered, i)) {
                continue;
            }
            int start = i, end = i, words = 1;
            int j = i + 1;
            while (j < tk.size && !tk.has(j, Tokens.HARD_BEFORE) && !tk.has(j - 1, Tokens.POSSESSIVE)) {
                if (word(tk, covered, j)) {
                    end = j;
                    words++;
                    j++;
                } else if (CONNECTORS.contains(tk.norm[j]) && !tk.has(j, Tokens.CAPITALISED)
                        && j + 1 < tk.size && !tk.has(j + 1, Tokens.HARD_BEFORE) && word(tk, covered, j + 1)) {
                    j++;
                } else {
                    break;
                }
            }
            if (words >= 2 && !initialsOnly(tk, start, end)) {
                out.add(new NameCandidate(tk.cpStart[start], tk.cpEnd[end], tk.surface(start, end)));
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    /** "U.S": initials alone are an abbreviation, not a name. */
    private static boolean initialsOnly(Tokens tk, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (tk.norm[k].length() > 1) {
                return false;
            }
        }
        return true;
    }

    /** A capitalised word that may be part of a name: not covered, not in capitals, not a date or heading word. */
    private static boolean word(Tokens tk, BitSet covered, int k) {
        return tk.has(k, Tokens.CAPITALISED) && !tk.has(k, Tokens.ALL_CAPS) && !covered.get(k)
                && !CALENDAR.contains(tk.norm[k]) && !HEADINGS.contains(tk.norm[k])
                && Character.isLetter(tk.norm[k].charAt(0));
    }
}
