package org.coldwar.extract.auto;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions in English text and normalises them to EDTF
 * ({@link org.coldwar.extract.EdtfDate}): full dates, months, years, seasons, parts of years and
 * months, decades and their parts, ranges, weekdays, relative expressions ("two weeks later",
 * "the following day", "yesterday"), and approximate or uncertain dates ("about 1945" is
 * {@code 1945~}, "probably in 1945" {@code 1945?}).
 *
 * <p>Rules are tried only at word starts whose first word can begin one of them, and anchored
 * there; the longest match wins and tagging resumes after it, so results are in text order and
 * do not overlap. Prepositions ("in 1949") stay outside the span; qualifiers ("about 1945") and
 * range words ("from 1945 to 1949") are inside. Relative expressions count from the document
 * date or from the last absolute date seen earlier in the text, as {@link RelativeRules} says;
 * a date without a year ("January 4") takes the year of the last absolute date, else of the
 * document date, and is relative. With neither, such expressions are not reported.
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public final class TimeExpressionTagger {

    private static final Pattern QUALIFIER = Pattern.compile("(?:(about|around|circa|c\\.|ca\\.|approximately"
            + "|roughly|some\\s*time\\s+in)|(probably|possibly|perhaps|presumably)(?:\\s+(?:in|on|during|by))?)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE_HEAD = Pattern.compile("(from|between)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE_TO = Pattern.compile("\\s*[\u2013\u2014]\\s*|\\s+(?:to|until|till|through)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE_AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern DASH = Pattern.compile("\\s*[\u2013\u2014]\\s*");
    private static final Pattern WEEKDAY_COMMA = Pattern.compile(TimeWords.WEEKDAY + ",?\\s+");
    private static final java.util.Set<String> QUALIFIER_KEYS = java.util.Set.of("about", "around", "circa", "c",
            "ca", "approximately", "roughly", "some", "sometime", "probably", "possibly", "perhaps", "presumably");

    /** A leap year, standing in while the year of a range's first end is not yet known. */
    private static final int PLACEHOLDER_YEAR = 2000;

    private static final String[] DIGIT_RUNS = {"", "#1", "#2", "#3", "#4", "#5"};

    private final List<TimeRule> calendar = CalendarRules.all();
    private final List<TimeRule> relative = RelativeRules.all();
    private final Map<String, List<Integer>> calendarByWord = index(calendar);
    private final Map<String, List<Integer>> relativeByWord = index(relative);

    /**
     * The time expressions of {@code text}, in text order, not overlapping, with code point
     * offsets.
     *
     * @param text the text to tag, not null
     * @param documentDate the date of the document, or null if unknown
     * @throws NullPointerException if {@code text} is null
     */
    public List<TimeExpression> tag(String text, LocalDate documentDate) {
        Objects.requireNonNull(text, "text to tag is null");
        return new Scan(text, documentDate).run();
    }

    private static Map<String, List<Integer>> index(List<TimeRule> rules) {
        Map<String, List<Integer>> byWord = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            for (String word : rules.get(i).triggers()) {
                byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
            }
        }
        return byWord;
    }

    /** A value found at a position: where it ends, what it is, and the rule that made it. */
    private record Hit(int end, TimeValue value, String rule, boolean anchors) {
    }

    /** The state of one call: matchers on the text, the context and the results so far. */
    private final class Scan {

        private final String text;
        private final TimeContext context;
        private final Matcher[] calendarMatchers;
        private final Matcher[] relativeMatchers;
        private final Map<Pattern, Matcher> helpers = new HashMap<>();
        private final List<TimeExpression> found = new ArrayList<>();
        private int codePoints;
        private int counted;

        Scan(String text, LocalDate documentDate) {
            this.text = text;
            this.context = new TimeContext(text, documentDate);
            this.calendarMatchers = new Matcher[calendar.size()];
            this.relativeMatchers = new Matcher[relative.size()];
        }

        List<TimeExpression> run() {
            int n = text.length();
            int i = 0;
            while (i < n) {
                char ch = text.charAt(i);
                if (Character.isLetterOrDigit(ch) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                    Hit hit = longest(i);
                    if (hit != null) {
                        emit(i, hit);
                        i = hit.end();
                        continue;
                    }
                }
                i++;
            }
            return found;
        }

        private void emit(int start, Hit hit) {
            int startCp = codePoint(start);
            int endCp = codePoint(hit.end());
            found.add(new TimeExpression(startCp, endCp, text.substring(start, hit.end()), hit.value().edtf(),
                    hit.value().relative(), hit.rule()));
            if (hit.anchors()) {
                context.anchor = hit.value();
                context.anchorEnd = hit.end();
            }
        }

        private int codePoint(int charIndex) {
            codePoints += text.codePointCount(counted, charIndex);
            counted = charIndex;
            return codePoints;
        }

        /** The longest expression starting at {@code pos}, or null. */
        private Hit longest(int pos) {
            String word = wordAt(pos);
            if (word == null) {
                return null;
            }
            Hit best = calendarAt(pos, word);
            if (best != null) {
                best = longer(best, dashRange(pos, best));
            }
            best = longer(best, tryRules(pos, word, relative, relativeByWord, relativeMatchers));
            if (QUALIFIER_KEYS.contains(word)) {
                best = longer(best, qualified(pos));
            }
            if (word.equals("from") || word.equals("between")) {
                best = longer(best, range(pos));
            }
            if (TimeWords.WEEKDAY_KEYS.contains(word)) {
                best = longer(best, weekdayDate(pos));
            }
            return best;
        }

        private Hit calendarAt(int pos) {
            String word = wordAt(pos);
            return word == null ? null : calendarAt(pos, word);
        }

        private Hit calendarAt(int pos, String word) {
            return tryRules(pos, word, calendar, calendarByWord, calendarMatchers);
        }

        private Hit tryRules(int pos, String word, List<TimeRule> rules, Map<String, List<Integer>> byWord,
                Matcher[] matchers) {
            List<Integer> candidates = byWord.get(word);
            if (candidates == null) {
                return null;
            }
            Hit best = null;
            for (int index : candidates) {
                TimeRule rule = rules.get(index);
                Matcher m = matchers[index];
                if (m == null) {
                    m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    matchers[index] = m;
                }
                m.region(pos, text.length());
                if (m.lookingAt() && (best == null || m.end() > best.end())) {
                    TimeValue value = rule.resolver().resolve(m, context);
                    if (value != null) {
                        best = new Hit(m.end(), value, rule.name(), rule.anchors());
                    }
                }
            }
            return best;
        }

        private static Hit longer(Hit a, Hit b) {
            if (a == null) {
                return b;
            }
            return b != null && b.end() > a.end() ? b : a;
        }

        /** "about 1945", "c. 1950", "probably in 1945": a calendar value with a qualifier. */
        private Hit qualified(int pos) {
            Matcher m = helper(QUALIFIER);
            m.region(pos, text.length());
            if (!m.lookingAt()) {
                return null;
            }
            char mark = m.group(1) != null ? '~' : '?';
            Hit inner = calendarAt(m.end());
            if (inner == null || inner.value().edtf().matches(".*[~?%].*")) {
                return null;
            }
            TimeValue value = TimeValue.of(EdtfText.qualify(inner.value().edtf(), mark), inner.value().relative());
            return value == null ? null : new Hit(inner.end(), value, (mark == '~' ? "approximate:" : "uncertain:")
                    + inner.rule(), inner.anchors());
        }

        /**
         * "from 1945 to 1949", "between 1937 and 1945", "from January 4 to January 10, 1955",
         * "from about 1945 to 1949".
         */
        private Hit range(int pos) {
            Matcher head = helper(RANGE_HEAD);
            head.region(pos, text.length());
            if (!head.lookingAt()) {
                return null;
            }
            boolean between = head.group(1).equalsIgnoreCase("between");
            int firstAt = head.end();
            Hit first = endAt(firstAt);
            if (first == null) {
                // "from January 4 to January 10, 1955" with nothing to anchor it: the second end gives the year
                context.yearOverride = PLACEHOLDER_YEAR;
                first = endAt(firstAt);
                context.yearOverride = null;
                if (first == null) {
                    return null;
                }
            }
            Matcher joint = helper(between ? RANGE_AND : RANGE_TO);
            joint.region(first.end(), text.length());
            if (!joint.lookingAt()) {
                return null;
            }
            Hit second = endAt(joint.end());
            if (second == null) {
                return null;
            }
            if (first.value().relative() && !second.value().relative()) {
                context.yearOverride = second.value().earliest().getYear();
                first = endAt(firstAt);
                context.yearOverride = null;
                if (first == null) {
                    return null;
                }
                TimeValue v = first.value();
                first = new Hit(first.end(), new TimeValue(v.edtf(), v.earliest(), v.latest(), false), first.rule(),
                        first.anchors());
            }
            return join(first, second, between ? "range-between" : "range-from");
        }

        /** One end of a range: a calendar value, perhaps qualified ("about 1945"). */
        private Hit endAt(int pos) {
            String word = wordAt(pos);
            if (word == null) {
                return null;
            }
            return QUALIFIER_KEYS.contains(word) ? longer(calendarAt(pos, word), qualified(pos)) : calendarAt(pos, word);
        }

        /** "January 1955 – March 1956": two calendar values joined by a dash. */
        private Hit dashRange(int pos, Hit first) {
            Matcher dash = helper(DASH);
            dash.region(first.end(), text.length());
            if (!dash.lookingAt()) {
                return null;
            }
            Hit second = calendarAt(dash.end());
            return second == null ? null : join(first, second, "range-dash");
        }

        private Hit join(Hit first, Hit second, String rule) {
            String edtf = EdtfText.startOf(first.value().edtf()) + "/" + EdtfText.endOf(second.value().edtf());
            TimeValue value = TimeValue.of(edtf, first.value().relative() || second.value().relative());
            return value == null ? null : new Hit(second.end(), value, rule, true);
        }

        /** "Monday, January 10, 1955": the date, with the weekday in the span. */
        private Hit weekdayDate(int pos) {
            Matcher m = helper(WEEKDAY_COMMA);
            m.region(pos, text.length());
            if (!m.lookingAt()) {
                return null;
            }
            Hit date = calendarAt(m.end());
            if (date == null || !date.value().isDay()) {
                return null;
            }
            return new Hit(date.end(), date.value(), "weekday-" + date.rule(), date.anchors());
        }

        private Matcher helper(Pattern pattern) {
            return helpers.computeIfAbsent(pattern,
                    p -> p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false));
        }

        /** The lower-case word at {@code pos} ("#1" … "#5" for a run of digits), or null if none. */
        private String wordAt(int pos) {
            if (pos >= text.length()) {
                return null;
            }
            if (Character.isDigit(text.charAt(pos))) {
                int end = pos + 1;
                while (end < text.length() && end < pos + 5 && Character.isDigit(text.charAt(end))) {
                    end++;
                }
                return DIGIT_RUNS[end - pos];
            }
            int end = pos;
            int limit = Math.min(text.length(), pos + 14);
            while (end < limit && Character.isLetter(text.charAt(end))) {
                end++;
            }
            if (end == limit && end < text.length() && Character.isLetter(text.charAt(end))) {
                return null;
            }
            return text.substring(pos, end).toLowerCase(Locale.ROOT);
        }
    }
}
