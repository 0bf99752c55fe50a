package org.coldwar.extract.auto;

import static org.coldwar.extract.auto.TimeWords.DAY;
import static org.coldwar.extract.auto.TimeWords.MONTH;
import static org.coldwar.extract.auto.TimeWords.MONTH_FULL;
import static org.coldwar.extract.auto.TimeWords.SEASON;
import static org.coldwar.extract.auto.TimeWords.YEAR;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The rules for calendar expressions: days, months, years, seasons, parts of years and months,
 * decades and their parts, and ranges written with one month ("January 10–20, 1955"). A date
 * without a year takes the year the context implies ({@link TimeContext#inImpliedYear}) and is then relative.
 */
final class CalendarRules {

    private static final String YEAR_SEP = "(?:,?\\s+|\\s+of\\s+)";
    /** Triggers for rules that start with a day of the month (one or two digits). */
    private static final Set<String> DAY_DIGITS = Set.of("#1", "#2");
    /** Triggers for rules that start with four digits. */
    private static final Set<String> YEAR_DIGITS = Set.of("#4");
    /** The end of a list of numbers named by a word that makes them no years, up to its "and". */
    private static final Pattern LIST_OF_NUMBERS = Pattern.compile("(?i)(?:nsc|nos?\\.|actions?|paragraphs?|telegrams?"
            + "|pages?|pp\\.)\\s+[\\d/\u2013-]+(?:\\s*,\\s*[\\d/\u2013-]+){0,8}\\s*,?\\s*(?:and|or)\\s*$");

    private CalendarRules() {
    }

    static List<TimeRule> all() {
        Set<String> months = TimeWords.MONTH_KEYS;
        Set<String> the = Set.of("the");
        Set<String> parts = Set.of("early", "mid", "late");
        return List.of(
            TimeRule.of("date-mdy", MONTH + "\\s+" + DAY + ",?\\s+" + YEAR, months, true,
                    (m, c) -> day(g(m, 3), m.group(1), m.group(2), c)),
            TimeRule.of("date-dmy", DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR, DAY_DIGITS, true,
                    (m, c) -> day(g(m, 3), m.group(2), m.group(1), c)),
            TimeRule.of("date-the-dm", "the\\s+" + DAY + "\\s+of\\s+" + MONTH + "(?:,?\\s+" + YEAR + ")?", the,
                    true, (m, c) -> day(g(m, 3), m.group(2), m.group(1), c)),
            TimeRule.of("date-md", MONTH + "\\s+" + DAY, months, true,
                    (m, c) -> day(null, m.group(1), m.group(2), c)),
            TimeRule.of("date-dm", DAY + "\\s+" + MONTH, DAY_DIGITS, true,
                    (m, c) -> day(null, m.group(2), m.group(1), c)),
            TimeRule.of("days-md", MONTH + "\\s+" + DAY + "\\s*[\u2013\u2014-]\\s*" + DAY + "(?:,?\\s+" + YEAR + ")?",
                    months, true, (m, c) -> days(g(m, 4), m.group(1), m.group(2), m.group(3), c)),
            TimeRule.of("days-md-and", MONTH + "\\s+" + DAY + "\\s+and\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?",
                    months, true, (m, c) -> days(g(m, 4), m.group(1), m.group(2), m.group(3), c)),
            TimeRule.of("month-year", MONTH + YEAR_SEP + YEAR, months, true,
                    (m, c) -> month(g(m, 2), m.group(1), c)),
            TimeRule.of("months-year", MONTH_FULL + "\\s*(?:and|or|to|[\u2013\u2014-])\\s*" + MONTH_FULL + YEAR_SEP
                    + YEAR,
                    months, true, CalendarRules::months),
            TimeRule.of("month", MONTH_FULL, months, true,
                    (m, c) -> TimeWords.MONTH_CUES.contains(c.previousWord(m.start())) ? month(null, m.group(1), c)
                            : null),
            TimeRule.of("year", YEAR, YEAR_DIGITS, true, CalendarRules::year),
            TimeRule.of("years", "(\\d{4})\\s*[\u2013\u2014-]\\s*(\\d{4}|\\d{1,2})(?![\\dA-Za-z])", YEAR_DIGITS, true,
                    CalendarRules::years),
            TimeRule.of("season-year", "(?:the\\s+)?" + SEASON + "(?:\\s+of|,)?\\s+" + YEAR, union(the,
                    TimeWords.SEASON_KEYS), true, (m, c) -> season(g(m, 2), m.group(1), c)),
            TimeRule.of("seasons-year", "(?:the\\s+)?" + SEASON + "\\s+(?:and|to|or)\\s+(?:the\\s+)?" + SEASON
                    + "(?:\\s+of|,)?\\s+" + YEAR, union(the, TimeWords.SEASON_KEYS), true, CalendarRules::seasons),
            TimeRule.of("season", "the\\s+" + SEASON, the, true,
                    (m, c) -> TimeWords.SEASON_CUES.contains(c.previousWord(m.start())) ? season(null, m.group(1), c)
                            : null),
            TimeRule.of("part-year", "(early|mid|late)(?:-|\\s+(?:in\\s+)?)" + YEAR, parts, true,
                    (m, c) -> partOfYear(m.group(1), g(m, 2))),
            TimeRule.of("part-of-year", "the\\s+(beginning|start|middle|end|close|first\\s+half|second\\s+half"
                    + "|latter\\s+half|latter\\s+part|early\\s+part)\\s+of\\s+(?:the\\s+year\\s+)?" + YEAR, the, true,
                    (m, c) -> partOfYear(m.group(1), g(m, 2))),
            TimeRule.of("part-month", "(early|mid|late)(?:-|\\s+(?:in\\s+)?)" + MONTH_FULL + "(?:" + YEAR_SEP + YEAR
                    + ")?", parts, true, (m, c) -> partOfMonth(m.group(1), m.group(2), g(m, 3), c)),
            TimeRule.of("part-of-month", "the\\s+(beginning|start|middle|end|close|first\\s+half|second\\s+half)"
                    + "\\s+of\\s+" + MONTH_FULL + "(?:" + YEAR_SEP + YEAR + ")?", the, true,
                    (m, c) -> partOfMonth(m.group(1), m.group(2), g(m, 3), c)),
            TimeRule.of("decade", "(?:the\\s+)?(?:(early|mid|late)(?:-|\\s+))?(\\d{3})0(?:'|\u2019)?s(?![A-Za-z])",
                    union(union(the, parts), YEAR_DIGITS), true, (m, c) -> decade(m.group(1), m.group(2))));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** A group as an integer, or null if it did not take part. */
    private static Integer g(MatchResult m, int group) {
        String s = m.group(group);
        return s == null ? null : Integer.valueOf(s);
    }

    /** The value in {@code year}, or, if the text gives none, in the year the context implies. */
    private static TimeValue inYear(Integer year, IntFunction<TimeValue> valueIn, TimeContext c) {
        return year != null ? valueIn.apply(year) : c.inImpliedYear(valueIn);
    }

    private static TimeValue day(Integer year, String month, String day, TimeContext c) {
        return inYear(year, y -> dayIn(y, TimeWords.month(month), Integer.parseInt(day)), c);
    }

    private static TimeValue dayIn(int y, int month, int day) {
        try {
            return TimeValue.of(EdtfText.day(LocalDate.of(y, month, day)), false);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static TimeValue days(Integer year, String month, String from, String to, TimeContext c) {
        int m = TimeWords.month(month);
        return inYear(year, y -> {
            TimeValue first = dayIn(y, m, Integer.parseInt(from));
            TimeValue last = dayIn(y, m, Integer.parseInt(to));
            if (first == null || last == null || !first.latest().isBefore(last.earliest())) {
                return null;
            }
            return TimeValue.of(first.edtf() + "/" + last.edtf(), false);
        }, c);
    }

    private static TimeValue month(Integer year, String month, TimeContext c) {
        return inYear(year, y -> TimeValue.of(EdtfText.month(y, TimeWords.month(month)), false), c);
    }

    private static TimeValue months(MatchResult m, TimeContext c) {
        int y = Integer.parseInt(m.group(3));
        int from = TimeWords.month(m.group(1));
        int to = TimeWords.month(m.group(2));
        return to <= from ? null : TimeValue.of(EdtfText.month(y, from) + "/" + EdtfText.month(y, to), false);
    }

    private static TimeValue year(MatchResult m, TimeContext c) {
        int y = Integer.parseInt(m.group(1));
        if (y < 1000 || y > 2099 || !looksLikeYear(m.start(), m.end(), c)) {
            return null;
        }
        return TimeValue.of(EdtfText.year(y), false);
    }

    private static TimeValue years(MatchResult m, TimeContext c) {
        int from = Integer.parseInt(m.group(1));
        String second = m.group(2);
        int to = switch (second.length()) {
            case 1 -> from / 10 * 10 + Integer.parseInt(second);
            case 2 -> from / 100 * 100 + Integer.parseInt(second);
            default -> Integer.parseInt(second);
        };
        if (from < 1000 || to > 2099 || to <= from || !looksLikeYear(m.start(), m.end(), c)) {
            return null;
        }
        return TimeValue.of(EdtfText.year(from) + "/" + EdtfText.year(to), false);
    }

    /**
     * False for numbers that a neighbouring character or word shows to be no year ("NSC 5429/4",
     * "1,200", "page 1949").
     */
    private static boolean looksLikeYear(int start, int end, TimeContext c) {
        String text = c.text;
        if (start > 0) {
            char before = text.charAt(start - 1);
            if ("$#/.,:'\u2019".indexOf(before) >= 0) {
                return false;
            }
            if ("-\u2013\u2014".indexOf(before) >= 0 && start > 1 && Character.isDigit(text.charAt(start - 2))) {
                return false;
            }
        }
        if (end < text.length()) {
            char after = text.charAt(end);
            char next = end + 1 < text.length() ? text.charAt(end + 1) : ' ';
            if (after == '/' || after == '%' || ((after == ',' || after == '.') && Character.isDigit(next))
                    || ("-\u2013\u2014".indexOf(after) >= 0 && Character.isLetterOrDigit(next))) {
                return false;
            }
        }
        if ((start == 0 || text.charAt(start - 1) == '\n') && end < text.length() && text.charAt(end) == '.') {
            return false; // a numbered paragraph or telegram ("1668. For the Secretary.")
        }
        String before = c.previousWord(start);
        if ((before.equals("and") || before.equals("or"))
                && LIST_OF_NUMBERS.matcher(text.substring(Math.max(0, start - 80), start)).find()) {
            return false; // "NSC Actions Nos. 1275 and 1292"
        }
        return !TimeWords.NOT_YEAR_BEFORE.contains(before) && !TimeWords.NOT_YEAR_AFTER.contains(c.nextWord(end));
    }

    private static TimeValue season(Integer year, String season, TimeContext c) {
        return inYear(year, y -> TimeValue.of(EdtfText.season(y, TimeWords.season(season)), false), c);
    }

    private static TimeValue seasons(MatchResult m, TimeContext c) {
        int y = Integer.parseInt(m.group(3));
        int from = TimeWords.season(m.group(1));
        int to = TimeWords.season(m.group(2));
        return to <= from ? null : TimeValue.of(EdtfText.season(y, from) + "/" + EdtfText.season(y, to), false);
    }

    private static TimeValue partOfYear(String part, int y) {
        String key = part.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int[] months = switch (key) {
            case "early", "early part" -> new int[] {1, 4};
            case "beginning", "start" -> new int[] {1, 3};
            case "mid", "middle" -> new int[] {5, 8};
            case "late" -> new int[] {9, 12};
            case "end", "close" -> new int[] {10, 12};
            case "first half" -> new int[] {1, 6};
            default -> new int[] {7, 12};
        };
        return TimeValue.of(EdtfText.month(y, months[0]) + "/" + EdtfText.month(y, months[1]), false);
    }

    private static TimeValue partOfMonth(String part, String month, Integer year, TimeContext c) {
        String key = part.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return inYear(year, y -> {
            YearMonth ym = YearMonth.of(y, TimeWords.month(month));
            int last = ym.lengthOfMonth();
            int[] days = switch (key) {
                case "early", "beginning", "start" -> new int[] {1, 10};
                case "mid", "middle" -> new int[] {10, 20};
                case "first half" -> new int[] {1, 15};
                case "second half" -> new int[] {16, last};
                default -> new int[] {20, last};
            };
            return TimeValue.of(EdtfText.day(ym.atDay(days[0])) + "/" + EdtfText.day(ym.atDay(days[1])), false);
        }, c);
    }

    private static TimeValue decade(String part, String digits) {
        int start = Integer.parseInt(digits) * 10;
        if (start < 1000) {
            return null;
        }
        if (part == null) {
            return TimeValue.of(digits + "X", false);
        }
        int offset = switch (part.toLowerCase(Locale.ROOT)) {
            case "early" -> 0;
            case "mid" -> 3;
            default -> 6;
        };
        return TimeValue.of(EdtfText.year(start + offset) + "/" + EdtfText.year(start + offset + 3), false);
    }
}
