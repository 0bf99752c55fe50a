package org.coldwar.extract.auto;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * One run of the {@link Gazetteer} over one text: the longest acceptable match at each word, the
 * bare titles on the way, then shared forms resolved by {@link Evidence}. Not thread-safe.
 */
final class Tagging {

    private final Gazetteer gazetteer;
    private final Tokens tk;
    private final BitSet covered = new BitSet();
    private final int[] endAt = new int[16];
    private final FormTrie.Node[] nodeAt = new FormTrie.Node[16];

    Tagging(Gazetteer gazetteer, Tokens tokens) {
        this.gazetteer = gazetteer;
        this.tk = tokens;
    }

    /** Words covered by a mention (titles included), after {@link #mentions()}. */
    BitSet covered() {
        return covered;
    }

    List<Mention> mentions() {
        List<Match> found = new ArrayList<>();
        List<Evidence.BareTitle> titles = new ArrayList<>();
        int i = 0;
        while (i < tk.size) {
            Match f = longestAt(i);
            if (f != null && f.titleWords() > 0) {
                Match untitled = longestAt(f.from() + f.titleWords());
                if (untitled != null && untitled.to() > f.to()) {
                    f = untitled; // "Mr. Allen Dulles" is Allen Dulles, not Mr. Allen
                }
            }
            if (f == null) {
                f = ocrJoinAt(i);
            }
            if (f == null) {
                i += bareTitleAt(i, titles);
            } else {
                found.add(f);
                i = f.to() + 1;
            }
        }
        return resolve(found, titles);
    }

    /** Records a capitalised title that one entry holds; returns the words to skip (at least 1). */
    private int bareTitleAt(int i, List<Evidence.BareTitle> titles) {
        if (!tk.has(i, Tokens.CAPITALISED) || gazetteer.titleHolders().isEmpty()) {
            return 1;
        }
        int t = Titles.standard().titleLength(tk.norm, i, Math.min(tk.size, i + 8));
        if (t == 0) {
            return 1;
        }
        int[] holders = gazetteer.titleHolders().get(String.join(" ", java.util.Arrays.asList(tk.norm).subList(i, i + t)));
        if (holders != null) {
            titles.add(new Evidence.BareTitle(i, holders));
        }
        return t;
    }

    private Match longestAt(int i) {
        FormTrie.Node n = gazetteer.trie().root;
        int depth = 0, respelledAt = -1;
        for (int j = i; j < tk.size && depth < endAt.length; j++) {
            if (j > i && (tk.has(j, Tokens.HARD_BEFORE) || tk.has(j - 1, Tokens.POSSESSIVE))) {
                break;
            }
            FormTrie.Node exact = n.child(tk.norm[j]);
            if (exact == null && j > i && depth < endAt.length) {
                FormTrie.Node near = n.respelled(tk.norm[j]); // "Yu Ta-wei" for the listed "Yu Ta-wai"
                if (near != null) {
                    endAt[depth] = j;
                    nodeAt[depth] = near;
                    respelledAt = depth++;
                }
                break;
            }
            n = exact;
            if (n == null) {
                break;
            }
            if (n.targets != null) {
                endAt[depth] = j;
                nodeAt[depth] = n;
                depth++;
            }
        }
        for (int d = depth - 1; d >= 0; d--) {
            Match f = accept(i, endAt[d], nodeAt[d].targets);
            if (f != null) {
                return d == respelledAt ? f.withRespelling() : f;
            }
        }
        return null;
    }

    private Match accept(int from, int to, List<FormTrie.Target> targets) {
        int[] entities = new int[targets.size()];
        int count = 0, titleWords = -1;
        TagRule rule = null;
        boolean needsPrior = false, accented = false;
        for (FormTrie.Target t : targets) {
            TagRule r = ruleFor(from, to, t.titleWords());
            if (r == null) {
                continue;
            }
            if (titleWords < 0) {
                titleWords = t.titleWords();
                rule = r;
                accented = t.accented();
                needsPrior = r == TagRule.AMBIGUOUS_SURNAME && tk.has(from, Tokens.SENTENCE_START)
                        && CommonWords.contains(tk.norm[from]) && !aloneOnLine(from);
            }
            if (t.titleWords() == titleWords && !contains(entities, count, t.entry())) {
                entities[count++] = t.entry();
            }
        }
        if (count == 0) {
            return null;
        }
        return new Match(from, to, titleWords, java.util.Arrays.copyOf(entities, count), rule, needsPrior, accented, false);
    }

    /** The rule under which words [from, to] are a mention, or null if the case or ambiguity rule forbids it. */
    private TagRule ruleFor(int from, int to, int titleWords) {
        int name = from + titleWords;
        if (titleWords > 0) {
            return tk.has(from, Tokens.CAPITALISED) && capitalised(name) ? TagRule.TITLE_NAME : null;
        }
        if (to > from) {
            for (int k = from; k <= to; k++) {
                if (capitalised(k)) {
                    return TagRule.FULL_NAME;
                }
            }
            return null;
        }
        if (!capitalised(from)) {
            return null;
        }
        String w = tk.norm[from];
        boolean common = CommonWords.contains(w);
        boolean first = gazetteer.isFirstName(w);
        if (!common && !first) {
            return TagRule.SURNAME;
        }
        if (tk.has(from, Tokens.ALL_CAPS) || inCapitalisedRun(from)) {
            return null;
        }
        return TagRule.AMBIGUOUS_SURNAME; // a common word starting a sentence needs a prior mention, see resolve
    }

    /** A word alone on its line, as a signature ("Lodge"). */
    private boolean aloneOnLine(int k) {
        int s = tk.chStart[k], e = tk.chEnd[k];
        return (s == 0 || tk.text.charAt(s - 1) == '\n') && (e == tk.text.length() || tk.text.charAt(e) == '\n');
    }

    private boolean capitalised(int k) {
        return tk.has(k, Tokens.CAPITALISED) || tk.has(k, Tokens.ALL_CAPS);
    }

    /** True if a capitalised word touches word k without punctuation ("White House", "Foster Dulles"). */
    private boolean inCapitalisedRun(int k) {
        if (k + 1 < tk.size && !tk.has(k + 1, Tokens.HARD_BEFORE) && !tk.has(k, Tokens.POSSESSIVE)
                && capitalised(k + 1) && !tk.has(k + 1, Tokens.SENTENCE_START)) {
            return true;
        }
        if (k > 0 && !tk.has(k, Tokens.HARD_BEFORE) && !tk.has(k, Tokens.SENTENCE_START)
                && !tk.has(k - 1, Tokens.POSSESSIVE) && capitalised(k - 1)) {
            boolean sentenceWord = tk.has(k - 1, Tokens.SENTENCE_START) && CommonWords.contains(tk.norm[k - 1]);
            boolean title = Titles.standard().titleLength(tk.norm, k - 1, k) == 1;
            return !sentenceWord && !title;
        }
        return false;
    }

    /** "Rajkmust": a capitalised word that is a known single-word form followed by a common word. */
    private Match ocrJoinAt(int i) {
        String w = tk.norm[i];
        int len = w.length();
        if (len < 6 || !tk.has(i, Tokens.CAPITALISED) || tk.has(i, Tokens.ALL_CAPS)
                || tk.cpEnd[i] - tk.cpStart[i] != len || tk.chEnd[i] - tk.chStart[i] != len
                || gazetteer.trie().root.child(w) != null || CommonWords.contains(w)) {
            return null;
        }
        for (int k = len - 2; k >= 3; k--) {
            FormTrie.Node n = gazetteer.trie().root.child(w.substring(0, k));
            if (n == null || n.targets == null || !CommonWords.contains(w.substring(k))) {
                continue;
            }
            String prefix = w.substring(0, k);
            if (CommonWords.contains(prefix) || gazetteer.isFirstName(prefix)) {
                continue;
            }
            int[] entities = n.targets.stream().filter(t -> t.titleWords() == 0)
                    .mapToInt(FormTrie.Target::entry).distinct().toArray();
            if (entities.length > 0) {
                return new Match(i, i, -k, entities, TagRule.OCR_JOIN); // titleWords < 0: cut after k chars
            }
        }
        return null;
    }

    private List<Mention> resolve(List<Match> found, List<Evidence.BareTitle> titles) {
        int[] entities = Evidence.resolve(found, titles);
        List<Mention> out = new ArrayList<>(found.size());
        for (int n = 0; n < found.size(); n++) {
            Match f = found.get(n);
            if (entities[n] < 0) {
                continue;
            }
            covered.set(f.from(), f.to() + 1);
            out.add(mention(f, entities[n], f.entities().length > 1 ? TagRule.RESOLVED : f.rule()));
        }
        return out;
    }

    private Mention mention(Match f, int entity, TagRule rule) {
        int first = f.titleWords() > 0 ? f.from() + f.titleWords() : f.from();
        int cpStart = tk.cpStart[first], cpEnd = tk.cpEnd[f.to()];
        int chStart = tk.chStart[first], chEnd = tk.chEnd[f.to()];
        StringBuilder label = new StringBuilder(rule.label());
        if (f.titleWords() < 0) {
            cpEnd = cpStart - f.titleWords();
            chEnd = chStart - f.titleWords();
        } else {
            if (tk.has(f.to(), Tokens.POSSESSIVE)) {
                label.append("+possessive");
            }
            if (any(first, f.to(), Tokens.JOINED)) {
                label.append("+hyphenation");
            }
            if (tk.has(first, Tokens.GLUED)) {
                label.append("+ocr-join");
            }
            if (f.respelled()) {
                label.append("+spelling");
            }
        }
        if (any(first, f.to(), Tokens.FOLDED) != f.accented()) { // "Rakosi" for "Rákosi", or the other way round
            label.append("+diacritics");
        }
        return new Mention(cpStart, cpEnd, tk.text.substring(chStart, chEnd),
                gazetteer.entry(entity).entityId(), rule.confidence(), label.toString());
    }

    private boolean any(int from, int to, int flag) {
        for (int k = from; k <= to; k++) {
            if (tk.has(k, flag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(int[] a, int n, int v) {
        for (int k = 0; k < n; k++) {
            if (a[k] == v) {
                return true;
            }
        }
        return false;
    }
}
