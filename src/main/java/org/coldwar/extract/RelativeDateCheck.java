package org.coldwar.extract;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coldwar.problem.Location;
import org.coldwar.problem.Problem;
import org.coldwar.problem.ProblemSink;

/**
 * A {@link LocatedClaimSink} stage that passes every claim on and checks relative dates ("two
 * weeks later") once all claims are read: the event a date counts from must have a point in time
 * in the claims, and that date moved by the offset must fall within the date written. Only the
 * events' dates and the relative claims are kept, not the claims.
 */
public final class RelativeDateCheck implements LocatedClaimSink {

    private final LocatedClaimSink next;
    private final Facts facts = new Facts();

    public RelativeDateCheck(LocatedClaimSink next) {
        this.next = next;
    }

    /** A relative date to check: the row that gives it, its event, the offset and the date written. */
    public record RelativeDate(Location at, String event, String offset, String datedAs) {
    }

    /**
     * What the check keeps of the claims it saw: each event's dates (EDTF, in reading order) and
     * the relative dates. Facts of separate runs (one a source) add up to those of one run.
     */
    public static final class Facts {

        private final Map<String, List<String>> datesOfEvents = new LinkedHashMap<>();
        private final List<RelativeDate> relative = new ArrayList<>();

        public void eventDate(String event, String edtf) {
            datesOfEvents.computeIfAbsent(event, k -> new ArrayList<>()).add(edtf);
        }

        public void relativeDate(RelativeDate date) {
            relative.add(date);
        }

        public void addAll(Facts other) {
            other.datesOfEvents.forEach((event, dates) -> dates.forEach(date -> eventDate(event, date)));
            relative.addAll(other.relative);
        }

        /** Each event's dates, in the order they were seen. */
        public Map<String, List<String>> datesOfEvents() {
            return java.util.Collections.unmodifiableMap(datesOfEvents);
        }

        public List<RelativeDate> relativeDates() {
            return java.util.Collections.unmodifiableList(relative);
        }
    }

    @Override
    public void claim(LocatedClaim located) {
        Claim claim = located.claim();
        if (claim.property().equals("pointInTime")) {
            facts.eventDate(claim.subject(), claim.value());
        } else if (!claim.pointInTime().isEmpty() && !claim.dateBasis().isRelative()) {
            facts.eventDate(claim.subject(), claim.pointInTime());
        }
        if (claim.dateBasis().isRelative()) {
            facts.relativeDate(new RelativeDate(claim.location(), claim.dateBasis().relativeTo(),
                    claim.dateBasis().offset(), claim.datedAs()));
        }
        next.claim(located);
    }

    /** What this check has kept so far. */
    public Facts facts() {
        return facts;
    }

    /** Reports each relative date that its event's date does not bear out. */
    public void finish(ProblemSink problems) {
        check(facts, problems);
    }

    /** Reports each relative date of {@code facts} that its event's date does not bear out. */
    public static void check(Facts facts, ProblemSink problems) {
        for (RelativeDate date : facts.relative) {
            List<EdtfDate> anchors = facts.datesOfEvents.getOrDefault(date.event(), List.of()).stream()
                    .map(EdtfDate::parse).toList();
            if (anchors.isEmpty()) {
                problems.report(Problem.at(date.at(), "date_relative_to names an event with no point in time"
                        + " in the claims", date.event()));
                continue;
            }
            EdtfDate written = EdtfDate.parse(date.datedAs());
            if (anchors.stream().noneMatch(anchor -> agrees(anchor, date.offset(), written))) {
                problems.report(Problem.at(date.at(), "date " + date.datedAs() + " is not "
                        + date.offset() + " from " + date.event() + " (dated "
                        + anchors.get(0).edtf() + ")", date.datedAs()));
            }
        }
    }

    /** True if {@code anchor} moved by {@code offset} overlaps {@code written}. */
    static boolean agrees(EdtfDate anchor, String offset, EdtfDate written) {
        if (anchor.earliest().isEmpty() || anchor.latest().isEmpty()) {
            return true;
        }
        LocalDate from = shift(anchor.earliest().get(), offset);
        LocalDate to = shift(anchor.latest().get(), offset);
        boolean afterStart = written.earliest().map(start -> !to.isBefore(start)).orElse(true);
        boolean beforeEnd = written.latest().map(end -> !from.isAfter(end)).orElse(true);
        return afterStart && beforeEnd;
    }

    /** Moves a day by an ISO 8601 duration (calendar units as a calendar moves them; hours as days). */
    static LocalDate shift(LocalDate day, String offset) {
        boolean back = offset.startsWith("-");
        String iso = back ? offset.substring(1) : offset;
        try {
            Period period = Period.parse(iso);
            return back ? day.minus(period) : day.plus(period);
        } catch (DateTimeParseException e) {
            long days = Duration.parse(iso).toDays();
            return back ? day.minusDays(days) : day.plusDays(days);
        }
    }
}
