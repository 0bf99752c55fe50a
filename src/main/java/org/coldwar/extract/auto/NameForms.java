package org.coldwar.extract.auto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coldwar.source.tei.ListedPerson;

/**
 * Turns a List of Persons entry into the forms its person takes in running text:
 * "Dulles, John Foster" + "Secretary of State" gives "John Foster Dulles", "Dulles",
 * "Foster Dulles", "J. F. Dulles", "J. Dulles", "Mr. Dulles", "Secretary Dulles", "Secy. Dulles"…
 *
 * <p>How a name is read:
 * <ul>
 *   <li>"Surname, Given Names[, Jr.|II]" is inverted (Western); titles at the head of the given
 *       names ("Radford, Admiral Arthur W.") and "Sir" are recognised, suffixes dropped from the
 *       short forms.</li>
 *   <li>A name without a comma ("Chou En-lai", "Ali Sastroamidjojo"), or whose part before the
 *       comma has several words and whose part after it is a title ("Chiang Kai-shek,
 *       Generalissimo"), is in natural order with the family name first, which is the short form.</li>
 *   <li>A name in parentheses ("Yeh, George K.C. (Yeh Kung-ch’ao)") is another name of the same
 *       person, read the same way.</li>
 *   <li>Titles come from the name and from the head of each role of the description
 *       ({@code titles.txt}: "Minister of Foreign Affairs" gives "Foreign Minister").</li>
 * </ul>
 * Stateless; all methods are pure functions of their arguments.
 */
public final class NameForms {

    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    /** Abbreviated and familiar first names found in signatures and notes ("Robt. B. Carney", "Jim Hagerty"). */
    private static final Map<String, List<String>> FIRST_NAME_VARIANTS = Map.ofEntries(
            Map.entry("Robert", List.of("Robt.", "Bob")), Map.entry("William", List.of("Wm.", "Bill")),
            Map.entry("Charles", List.of("Chas.", "Charlie")), Map.entry("James", List.of("Jas.", "Jim")),
            Map.entry("George", List.of("Geo.")), Map.entry("Thomas", List.of("Thos.", "Tom")),
            Map.entry("Benjamin", List.of("Benj.", "Ben")), Map.entry("Joseph", List.of("Jos.", "Joe")),
            Map.entry("Richard", List.of("Dick")), Map.entry("Edward", List.of("Ed")),
            Map.entry("Dwight", List.of("Ike")), Map.entry("Herbert", List.of("Herb")));

    /** Titles too common to name one person even when only one listed person carries them. */
    private static final Set<String> GENERIC_TITLES = Set.of("general", "admiral", "senator", "colonel",
            "marshal", "prince", "pandit", "sir", "president", "secretary", "ambassador", "minister");

    private NameForms() {
    }

    /**
     * The gazetteer entries of a List of Persons, keeping the edition's identifiers. Besides each
     * person's own forms, a title printed in a name that no other person's name carries
     * ("Generalissimo") becomes a form by itself, as editors and writers use it ("the Generalissimo").
     */
    public static List<GazetteerEntry> entries(List<ListedPerson> persons) {
        Map<String, List<String>> titleHolders = new HashMap<>();
        for (ListedPerson p : persons) {
            for (String t : parse(p.name()).nameTitles) {
                titleHolders.computeIfAbsent(Titles.key(t), k -> new ArrayList<>()).add(p.id());
            }
        }
        List<GazetteerEntry> entries = new ArrayList<>();
        for (ListedPerson p : persons) {
            List<String> forms = new ArrayList<>(of(p.name(), p.description()));
            for (String t : parse(p.name()).nameTitles) {
                if (titleHolders.get(Titles.key(t)).size() == 1 && !t.contains(" ") && !t.contains(".")
                        && Titles.standard().titleLength(new String[] {Titles.key(t)}, 0, 1) == 1
                        && !GENERIC_TITLES.contains(Titles.key(t))) {
                    forms.add(t);
                }
            }
            entries.add(new GazetteerEntry(p.id(), forms, true));
        }
        return entries;
    }

    /**
     * The forms of one person, most specific first, without duplicates.
     *
     * @param name the name as printed in the List of Persons, not null
     * @param description the description, may be null or empty
     */
    public static List<String> of(String name, String description) {
        Set<String> forms = new LinkedHashSet<>();
        ParsedName parsed = parse(name);
        List<String> titles = new ArrayList<>(parsed.nameTitles);
        titles.addAll(descriptionTitles(description));
        titles = new ArrayList<>(new LinkedHashSet<>(titles));
        addForms(forms, parsed, titles);
        for (String alt : parsed.alternatives) {
            addForms(forms, parse(alt), titles);
        }
        forms.remove("");
        return List.copyOf(forms);
    }

    private static void addForms(Set<String> forms, ParsedName n, List<String> titles) {
        Set<String> withTitles = new LinkedHashSet<>();
        if (n.natural) {
            forms.add(n.surname + (n.given.isEmpty() ? "" : " " + String.join(" ", n.given)));
        } else {
            addWestern(forms, n);
        }
        List<String> allTitles = new ArrayList<>(titles);
        allTitles.add("Mr.");
        allTitles.add("Dr.");
        for (String t : allTitles) {
            withTitles.add(t + " " + n.surname);
        }
        forms.add(n.surname);
        forms.addAll(withTitles);
    }

    private static void addWestern(Set<String> forms, ParsedName n) {
        String s = n.surname;
        List<String> g = n.given;
        if (g.isEmpty()) {
            return;
        }
        String given = String.join(" ", g);
        if (n.knight) {
            String first = firstFull(g);
            if (first != null) {
                forms.add("Sir " + first + " " + s);
                forms.add("Sir " + first);
            }
        }
        forms.add(given + " " + s);
        if (n.suffix != null) {
            forms.add(given + " " + s + " " + n.suffix);
        }
        for (String part : g) {
            if (!isInitials(part)) {
                forms.add(part + " " + s); // "Foster Dulles", "Cabot Lodge", "Wellington Koo"
            }
        }
        String first = g.get(0);
        List<String> rest = g.subList(1, g.size());
        if (!isInitials(first)) {
            forms.add(first + " " + initialsOf(rest) + s); // "John F. Dulles"
            for (String v : FIRST_NAME_VARIANTS.getOrDefault(first, List.of())) {
                forms.add(v + " " + s);
                if (v.endsWith(".") && !rest.isEmpty()) {
                    forms.add(v + " " + String.join(" ", rest) + " " + s); // "Robt. B. Carney", not "Bob B. Carney"
                }
            }
        }
        forms.add(initialsOf(g) + s); // "J. F. Dulles" (also matches "J.F. Dulles")
        forms.add(initialsOf(g.subList(0, 1)) + s); // "J. Dulles"
    }

    private static String firstFull(List<String> given) {
        for (String p : given) {
            if (!isInitials(p)) {
                return p;
            }
        }
        return null;
    }

    /** "John Foster" gives "J. F. ", "K.C." gives "K. C. ". */
    private static String initialsOf(List<String> names) {
        StringBuilder b = new StringBuilder();
        for (String p : names) {
            for (String piece : p.split("[.\\s]+")) {
                for (String hy : piece.split("-")) {
                    if (!hy.isEmpty()) {
                        b.append(Character.toChars(hy.codePointAt(0))).append(". ");
                    }
                }
            }
        }
        return b.toString();
    }

    private static boolean isInitials(String part) {
        return part.matches("(\\p{Lu}\\.\\s*)+") || part.matches("\\p{Lu}");
    }

    /** The titles written before the name for each role of a description ("Secretary of State; thereafter…"). */
    static List<String> descriptionTitles(String description) {
        List<String> out = new ArrayList<>();
        if (description == null || description.isBlank()) {
            return out;
        }
        for (String role : description.split(";|,\\s*thereafter,?|\\band again\\b")) {
            String r = role.strip().replaceFirst("^(thereafter,?|USA|USN|USAF|USMC|and)\\s*,?\\s*", "");
            Tokens tokens = new Tokens(r);
            String[] words = tokens.norms();
            for (int at = 0; at < Math.min(2, words.length); at++) {
                Titles.Match m = Titles.standard().phraseAt(words, at);
                if (m != null) {
                    out.addAll(m.titles());
                    out.add(tokens.surface(at, at + m.length() - 1)); // "Secretary of State Dulles"
                    break;
                }
            }
        }
        return out;
    }

    /** A name as printed, taken apart. */
    private static final class ParsedName {
        String surname = "";
        List<String> given = List.of();
        String suffix;
        boolean natural;
        boolean knight;
        final List<String> nameTitles = new ArrayList<>();
        final List<String> alternatives = new ArrayList<>();
    }

    private static ParsedName parse(String printed) {
        ParsedName n = new ParsedName();
        String main = printed.strip();
        int open = main.indexOf('(');
        if (open > 0 && main.endsWith(")")) {
            n.alternatives.add(main.substring(open + 1, main.length() - 1).strip());
            main = main.substring(0, open).strip();
        }
        List<String> parts = new ArrayList<>();
        for (String p : main.split(",")) {
            String s = p.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (SUFFIXES.contains(Titles.key(s))) {
                n.suffix = s;
            } else {
                parts.add(s);
            }
        }
        if (parts.isEmpty()) {
            return n;
        }
        List<String> before = words(parts.get(0));
        List<String> after = parts.size() > 1 ? words(String.join(" ", parts.subList(1, parts.size()))) : List.of();
        int titleWords = takeTitles(after, n);
        if (parts.size() == 1 || (before.size() > 1 && titleWords > 0)) {
            n.natural = true; // family name first: "Chou En-lai", "Chiang Kai-shek, Generalissimo"
            n.surname = before.get(0);
            n.given = before.subList(1, before.size());
        } else {
            n.surname = String.join(" ", before);
            n.given = after.subList(titleWords, after.size());
        }
        return n;
    }

    /** Counts and records the titles (and "Sir") at the head of the given names. */
    private static int takeTitles(List<String> after, ParsedName n) {
        String[] norm = after.stream().map(Titles::key).toArray(String[]::new);
        int at = 0;
        while (at < norm.length) {
            if (norm[at].equals("sir")) {
                n.knight = true;
                at++;
                continue;
            }
            Titles.Match m = Titles.standard().phraseAt(norm, at);
            if (m == null || at + m.length() > norm.length) {
                break;
            }
            if (m.length() == norm.length - at && !n.nameTitles.isEmpty()) {
                break;
            }
            n.nameTitles.add(String.join(" ", after.subList(at, at + m.length())));
            n.nameTitles.addAll(m.titles());
            at += m.length();
        }
        n.nameTitles.replaceAll(String::strip);
        List<String> dedup = new ArrayList<>(new LinkedHashSet<>(n.nameTitles));
        n.nameTitles.clear();
        n.nameTitles.addAll(dedup);
        return at;
    }

    private static List<String> words(String s) {
        return Arrays.asList(s.strip().split("\\s+"));
    }
}
