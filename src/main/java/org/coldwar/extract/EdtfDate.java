package org.coldwar.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date written in EDTF (the Library of Congress Extended Date/Time Format, ISO 8601-2), the
 * subset a historian needs: a year, month or day ({@code 1949}, {@code 1949-09},
 * {@code 1950-02-14}); a season ({@code 1949-21} spring … {@code 1949-24} winter, northern
 * hemisphere); a decade or century with unspecified digits ({@code 194X}, {@code 19XX}); the
 * qualifiers {@code ?} (uncertain), {@code ~} (approximate) and {@code %} (both) at the end of
 * a date; and intervals of two of these ({@code 1946/1949}), either end open ({@code ..}).
 *
 * <p>Besides the EDTF text it carries the earliest and latest day the expression allows (absent
 * for an open end), so that range queries work without an EDTF engine. Qualifiers do not widen
 * the bounds: {@code 1945~} runs from 1945-01-01 to 1945-12-31 and says that it is approximate.
 *
 * @param edtf the expression as written
 * @param earliest the first day it allows, empty for an open start
 * @param latest the last day it allows, empty for an open end
 */
public record EdtfDate(String edtf, Optional<LocalDate> earliest, Optional<LocalDate> latest,
        boolean approximate, boolean uncertain, boolean interval) {

    private static final String SINGLE = "(\\d{4}|\\d{3}X|\\d{2}XX)(?:-(\\d{2})(?:-(\\d{2}))?)?([?~%])?";
    private static final Pattern ONE = Pattern.compile(SINGLE);
    private static final String[] SEASONS = {"spring", "summer", "autumn", "winter"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException naming what is wrong, if it is not an EDTF date of the subset
     */
    public static EdtfDate parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            End one = end(text);
            return new EdtfDate(text, Optional.of(one.first), Optional.of(one.last), one.approximate, one.uncertain,
                    false);
        }
        String from = text.substring(0, slash);
        String to = text.substring(slash + 1);
        if (from.equals("..") && to.equals("..")) {
            throw new IllegalArgumentException("an interval needs at least one known end");
        }
        End start = from.equals("..") ? null : end(from);
        End stop = to.equals("..") ? null : end(to);
        if (start != null && stop != null && stop.last.isBefore(start.first)) {
            throw new IllegalArgumentException("the interval ends before it starts");
        }
        return new EdtfDate(text, Optional.ofNullable(start).map(End::first), Optional.ofNullable(stop).map(End::last),
                (start != null && start.approximate) || (stop != null && stop.approximate),
                (start != null && start.uncertain) || (stop != null && stop.uncertain), true);
    }

    /** True if {@code text} parses. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * True for a plain year, month or day with no qualifier: what XML Schema's {@code xsd:gYear},
     * {@code xsd:gYearMonth} and {@code xsd:date} can say exactly.
     */
    public boolean isXsdDate() {
        return edtf.matches("\\d{4}(-(0[1-9]|1[0-2])(-\\d{2})?)?");
    }

    /** The expression in English words, e.g. "summer 1949", "c. 1945", "1940s", "1946 – 1949". */
    public String inWords() {
        int slash = edtf.indexOf('/');
        if (slash < 0) {
            return words(edtf);
        }
        String from = edtf.substring(0, slash);
        String to = edtf.substring(slash + 1);
        if (from.equals("..")) {
            return "until " + words(to);
        }
        if (to.equals("..")) {
            return "from " + words(from);
        }
        return words(from) + " – " + words(to);
    }

    private static String words(String single) {
        Matcher m = ONE.matcher(single);
        if (!m.matches()) {
            return single;
        }
        String year = m.group(1);
        String base;
        if (year.endsWith("XX")) {
            base = (Integer.parseInt(year.substring(0, 2)) + 1) + ordinalSuffix(Integer.parseInt(year.substring(0, 2)) + 1)
                    + " century";
        } else if (year.endsWith("X")) {
            base = year.substring(0, 3) + "0s";
        } else if (m.group(2) == null) {
            base = year;
        } else {
            int part = Integer.parseInt(m.group(2));
            if (part > 20) {
                base = SEASONS[part - 21] + " " + year;
            } else if (m.group(3) == null) {
                base = MONTHS[part - 1] + " " + year;
            } else {
                base = Integer.parseInt(m.group(3)) + " " + MONTHS[part - 1] + " " + year;
            }
        }
        String mark = m.group(4);
        if (mark == null) {
            return base;
        }
        return switch (mark) {
            case "~" -> "c. " + base;
            case "?" -> base + " (uncertain)";
            default -> "c. " + base + " (uncertain)";
        };
    }

    private static String ordinalSuffix(int n) {
        return switch (n % 10) {
            case 1 -> n % 100 == 11 ? "th" : "st";
            case 2 -> n % 100 == 12 ? "th" : "nd";
            case 3 -> n % 100 == 13 ? "th" : "rd";
            default -> "th";
        };
    }

    /** One end of an interval, or a single date: the days it covers and its qualifiers. */
    private record End(LocalDate first, LocalDate last, boolean approximate, boolean uncertain) {
    }

    private static End end(String single) {
        Matcher m = ONE.matcher(single);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an EDTF date such as 1949, 1949-09, 1950-02-14, 1949-22 (summer),"
                    + " 194X, 1945~ or 1946/1949");
        }
        String year = m.group(1);
        String mark = m.group(4) == null ? "" : m.group(4);
        boolean approximate = mark.equals("~") || mark.equals("%");
        boolean uncertain = mark.equals("?") || mark.equals("%");
        if (year.contains("X")) {
            if (m.group(2) != null) {
                throw new IllegalArgumentException("a decade or century (" + year + ") cannot have a month");
            }
            int digits = year.indexOf('X');
            int from = Integer.parseInt(year.substring(0, digits)) * (int) Math.pow(10, 4 - digits);
            int to = from + (int) Math.pow(10, 4 - digits) - 1;
            return new End(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), approximate, uncertain);
        }
        int y = Integer.parseInt(year);
        if (m.group(2) == null) {
            return new End(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), approximate, uncertain);
        }
        int part = Integer.parseInt(m.group(2));
        if (part >= 21 && part <= 24) {
            if (m.group(3) != null) {
                throw new IllegalArgumentException("a season cannot have a day");
            }
            LocalDate first = LocalDate.of(y, 3 + 3 * (part - 21), 1);
            return new End(first, first.plusMonths(3).minusDays(1), approximate, uncertain);
        }
        try {
            if (m.group(3) == null) {
                YearMonth month = YearMonth.of(y, part);
                return new End(month.atDay(1), month.atEndOfMonth(), approximate, uncertain);
            }
            LocalDate day = LocalDate.of(y, part, Integer.parseInt(m.group(3)));
            return new End(day, day, approximate, uncertain);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such " + (m.group(3) == null ? "month" : "day") + " in the calendar");
        }
    }
}
