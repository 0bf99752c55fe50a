package org.coldwar.extract;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    private final Map<String, List<EdtfDate>> datesOfEvents = new HashMap<>();
    private final List<Claim> relative = new ArrayList<>();

    public RelativeDateCheck(LocatedClaimSink next) {
        this.next = next;
    }

    @Override
    public void claim(LocatedClaim located) {
        Claim claim = located.claim();
        if (claim.property().equals("pointInTime")) {
            datesOfEvents.computeIfAbsent(claim.subject(), k -> new ArrayList<>()).add(EdtfDate.parse(claim.value()));
        } else if (!claim.pointInTime().isEmpty() && !claim.dateBasis().isRelative()) {
            datesOfEvents.computeIfAbsent(claim.subject(), k -> new ArrayList<>())
                    .add(EdtfDate.parse(claim.pointInTime()));
        }
        if (claim.dateBasis().isRelative()) {
            relative.add(claim);
        }
        next.claim(located);
    }

    /** Reports each relative date that its event's date does not bear out. */
    public void finish(ProblemSink problems) {
        for (Claim claim : relative) {
            String event = claim.dateBasis().relativeTo();
            List<EdtfDate> anchors = datesOfEvents.getOrDefault(event, List.of());
            if (anchors.isEmpty()) {
                problems.report(Problem.at(claim.location(), "date_relative_to names an event with no point in time"
                        + " in the claims", event));
                continue;
            }
            EdtfDate written = EdtfDate.parse(claim.datedAs());
            if (anchors.stream().noneMatch(anchor -> agrees(anchor, claim.dateBasis().offset(), written))) {
                problems.report(Problem.at(claim.location(), "date " + claim.datedAs() + " is not "
                        + claim.dateBasis().offset() + " from " + event + " (dated "
                        + anchors.get(0).edtf() + ")", claim.datedAs()));
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
