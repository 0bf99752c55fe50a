package org.coldwar.extract.auto;

import static org.coldwar.extract.auto.TimeWords.COUNT;
import static org.coldwar.extract.auto.TimeWords.WEEKDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;

/**
 * The rules for relative expressions. Deictic ones ("yesterday", "last week", "three days ago",
 * "on Monday") count from the document date; anaphoric ones ("two weeks later", "the following
 * day") from the last absolute date, else the document date. A shift keeps the anchor's
 * precision: September 1949 plus two weeks is 1949-09-15/1949-10-14. Vague counts ("a few days
 * later") give approximate values.
 */
final class RelativeRules {

    private static final Set<String> PHRASE_STARTS = Set.of("the", "a", "an", "his", "her", "their", "its", "this",
            "that", "these", "those", "our", "my", "your", "which", "whose");
    private static final String UNIT = "(day|week|month|year)s?";

    private RelativeRules() {
    }

    static List<TimeRule> all() {
        Set<String> the = Set.of("the");
        Set<String> counts = new HashSet<>(TimeWords.COUNT_KEYS);
        counts.addAll(Set.of("#1", "#2", "#3"));
        return List.of(
            TimeRule.of("deictic-day", "(yesterday|today|tonight|tomorrow)(?![A-Za-z])",
                    Set.of("yesterday", "today", "tonight", "tomorrow"), false, RelativeRules::deicticDay),
            TimeRule.of("offset", COUNT + "\\s+" + UNIT + "\\s+(later|afterwards?|after|thereafter|earlier|before"
                    + "|previously|ago)(?![A-Za-z])", Set.copyOf(counts), false, RelativeRules::offset),
            TimeRule.of("the-next", "the\\s+(following|next|previous|preceding|same)\\s+(day|morning|afternoon"
                    + "|evening|night|week|month|year)(?![A-Za-z])", the, false, RelativeRules::theNext),
            TimeRule.of("the-unit-before", "the\\s+(day|week|month|year)\\s+(before|after|earlier|later)(?![A-Za-z])",
                    the, false, (m, c) -> opensPhrase(m.group(2), c, m.end()) ? null
                            : shift(c.anaphoricAnchor(m.start()), unit(m.group(1)), sign(m.group(2)), false)),
            TimeRule.of("deictic-unit", "(last|next|this)\\s+(week|month|year|morning|afternoon|evening)(?![A-Za-z])",
                    Set.of("last", "next", "this"), false, RelativeRules::deicticUnit),
            TimeRule.of("weekday", "(?:(last|next|this)\\s+)?" + WEEKDAY,
                    union(Set.of("last", "next", "this"), TimeWords.WEEKDAY_KEYS), false, RelativeRules::weekday));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static ChronoUnit unit(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            case "year" -> ChronoUnit.YEARS;
            default -> ChronoUnit.DAYS;
        };
    }

    private static int sign(String direction) {
        return switch (direction.toLowerCase(Locale.ROOT)) {
            case "earlier", "before", "previously", "ago", "previous", "preceding" -> -1;
            case "same" -> 0;
            default -> 1;
        };
    }

    /**
     * {@code anchor} moved by {@code n} units. A whole month or year moved by months or years
     * stays whole; anything else moves both its first and last day.
     */
    static TimeValue shift(TimeValue anchor, ChronoUnit unit, int n, boolean vague) {
        if (anchor == null) {
            return null;
        }
        LocalDate first = anchor.earliest().plus(n, unit);
        LocalDate last = anchor.latest().plus(n, unit);
        boolean wholeMonths = anchor.earliest().getDayOfMonth() == 1
                && anchor.latest().equals(YearMonth.from(anchor.latest()).atEndOfMonth());
        if ((unit == ChronoUnit.MONTHS || unit == ChronoUnit.YEARS) && wholeMonths) {
            last = YearMonth.from(anchor.latest()).plus(n, unit).atEndOfMonth();
        }
        String edtf = EdtfText.span(first, last);
        return TimeValue.of(vague ? EdtfText.qualify(edtf, '~') : edtf, true);
    }

    private static TimeValue deicticDay(MatchResult m, TimeContext c) {
        int n = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        };
        return dayOf(c.deicticAnchor(), n);
    }

    /** The day {@code n} days from a one-day anchor; null if the anchor is not one day. */
    private static TimeValue dayOf(TimeValue anchor, int n) {
        return anchor == null || !anchor.isDay() ? null : shift(anchor, ChronoUnit.DAYS, n, false);
    }

    /**
     * True if "before" or "after" starts a phrase of its own ("the day after lunching", "two weeks
     * after the meeting"): then it counts from that event, which we cannot date, not from the anchor.
     */
    private static boolean opensPhrase(String direction, TimeContext c, int end) {
        String d = direction.toLowerCase(Locale.ROOT);
        if (!d.equals("after") && !d.equals("before")) {
            return false;
        }
        String next = c.nextWord(end);
        return next.endsWith("ing") || PHRASE_STARTS.contains(next);
    }

    private static TimeValue offset(MatchResult m, TimeContext c) {
        if (opensPhrase(m.group(3), c, m.end())) {
            return null;
        }
        String count = m.group(1);
        int n = TimeWords.count(count) * sign(m.group(3));
        boolean ago = m.group(3).equalsIgnoreCase("ago");
        TimeValue anchor = ago ? c.deicticAnchor() : c.anaphoricAnchor(m.start());
        return shift(anchor, unit(m.group(2)), n, TimeWords.isVague(count));
    }

    private static TimeValue theNext(MatchResult m, TimeContext c) {
        String word = m.group(2).toLowerCase(Locale.ROOT);
        ChronoUnit unit = switch (word) {
            case "week", "month", "year" -> unit(word);
            default -> ChronoUnit.DAYS;
        };
        return shift(c.anaphoricAnchor(m.start()), unit, sign(m.group(1)), false);
    }

    private static TimeValue deicticUnit(MatchResult m, TimeContext c) {
        TimeValue anchor = c.deicticAnchor();
        if (anchor == null || !anchor.isDay()) {
            return null;
        }
        LocalDate day = anchor.earliest();
        int n = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "week" -> {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(n);
                yield TimeValue.of(EdtfText.span(monday, monday.plusDays(6)), true);
            }
            case "month" -> TimeValue.of(EdtfText.span(YearMonth.from(day).plusMonths(n).atDay(1),
                    YearMonth.from(day).plusMonths(n).atEndOfMonth()), true);
            case "year" -> TimeValue.of(EdtfText.year(day.getYear() + n), true);
            default -> n == 0 ? dayOf(anchor, 0) : null;
        };
    }

    /**
     * "Monday" is the last Monday on or before the document date; "last Monday" the one strictly
     * before, "next Monday" the one strictly after.
     */
    private static TimeValue weekday(MatchResult m, TimeContext c) {
        TimeValue anchor = c.deicticAnchor();
        if (anchor == null || !anchor.isDay()) {
            return null;
        }
        DayOfWeek weekday = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        String which = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        LocalDate day = switch (which) {
            case "last" -> anchor.earliest().with(TemporalAdjusters.previous(weekday));
            case "next" -> anchor.earliest().with(TemporalAdjusters.next(weekday));
            default -> anchor.earliest().with(TemporalAdjusters.previousOrSame(weekday));
        };
        return TimeValue.of(EdtfText.day(day), true);
    }
}
