package org.coldwar.extract.auto;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The English words the time rules read: months, seasons, numbers, and words before a number that is no year. */
final class TimeWords {

    /** A capitalised month name or its abbreviation; one capturing group. */
    static final String MONTH = "(?-i:(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?))(?![A-Za-z])";
    /** A capitalised month name written in full; one capturing group. */
    static final String MONTH_FULL = "(?-i:(January|February|March|April|May|June|July|August|September|October"
            + "|November|December))(?![A-Za-z])";
    /** A day of the month, with an optional ordinal suffix; one capturing group. */
    static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|d)?(?![\\dA-Za-z])";
    /** Four digits; one capturing group. */
    static final String YEAR = "(\\d{4})(?![\\dA-Za-z])";
    /** A season word; one capturing group. */
    static final String SEASON = "(spring|summer|fall|autumn|winter)(?![A-Za-z])";
    /** A weekday, capitalised; one capturing group. */
    static final String WEEKDAY = "(?-i:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?![A-Za-z])";
    /** A count of units, in digits or words; one capturing group. */
    static final String COUNT = "(a\\s+few|a\\s+couple\\s+of|several|some|a|an|one|two|three|four|five|six|seven"
            + "|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|\\d{1,3})";

    static final Set<String> MONTH_KEYS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sept", "sep", "oct", "nov", "dec");
    static final Set<String> SEASON_KEYS = Set.of("spring", "summer", "fall", "autumn", "winter");
    static final Set<String> WEEKDAY_KEYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    static final Set<String> COUNT_KEYS = Set.of("a", "an", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "several", "some");

    /** Words after which a bare month name is a month, not a verb or a name ("in May", "by March"). */
    static final Set<String> MONTH_CUES = Set.of("in", "during", "since", "until", "till", "by", "from", "to",
            "through", "of", "before", "after", "early", "late", "mid", "last", "next", "this", "that", "and",
            "or", "between", "around", "about");
    /** Words after which a bare "the summer" is a season of the anchor year. */
    static final Set<String> SEASON_CUES = Set.of("in", "during", "by", "until", "since", "through", "over");

    /** Words before a four-digit number that make it something else than a year. */
    static final Set<String> NOT_YEAR_BEFORE = Set.of("nsc", "no.", "no", "nos.", "number", "action", "actions",
            "paragraph", "paragraphs", "para", "para.", "page", "pages", "p.", "pp.", "section", "sec.", "tab",
            "annex", "item", "document", "doc.", "telegram", "telegrams", "tel.", "despatch", "dispatch", "airgram",
            "deptel", "embtel", "circular", "resolution", "res.", "file", "room", "hill", "route", "flight",
            "serial", "note", "footnote", "vol.", "volume", "chapter", "article", "art.", "cable", "message",
            "order", "unit", "code", "box", "folder", "reel", "frame", "series", "part");
    /** Words after a four-digit number that make it a quantity. */
    static final Set<String> NOT_YEAR_AFTER = Set.of("men", "troops", "soldiers", "tons", "miles", "kilometers",
            "km", "feet", "meters", "yards", "dollars", "rubles", "yuan", "pounds", "people", "persons", "planes",
            "aircraft", "ships", "vessels", "copies", "pages", "words", "members", "prisoners", "guns", "tanks",
            "divisions", "casualties", "refugees", "hours", "votes", "delegates");

    private static final Map<String, Integer> COUNTS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30));

    private TimeWords() {
    }

    /** The month number of a name or abbreviation ("Sept." → 9). */
    static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return switch (key) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new IllegalArgumentException("not a month: " + name);
        };
    }

    /** The EDTF season number of a season word. */
    static int season(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "spring" -> 21;
            case "summer" -> 22;
            case "fall", "autumn" -> 23;
            default -> 24;
        };
    }

    /** The number a count stands for; vague counts ("a few", "several") count three. */
    static int count(String words) {
        String key = words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (isVague(key)) {
            return key.contains("couple") ? 2 : 3;
        }
        Integer n = COUNTS.get(key);
        return n != null ? n : Integer.parseInt(key);
    }

    /** True for counts that are not exact ("a few", "several", "some", "a couple of"). */
    static boolean isVague(String words) {
        String key = words.toLowerCase(Locale.ROOT);
        return key.startsWith("a few") || key.startsWith("a couple") || key.equals("several") || key.equals("some");
    }
}
