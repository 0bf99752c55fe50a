package org.coldwar.extract.auto;

import java.time.LocalDate;

import org.coldwar.extract.EdtfDate;

/**
 * A normalised time value while tagging: the EDTF text, the days it covers and whether it was
 * resolved against an anchor. Built only through {@link #of}, which checks the EDTF text.
 */
record TimeValue(String edtf, LocalDate earliest, LocalDate latest, boolean relative) {

    /** The value of {@code edtf}, or null if it is not an EDTF date with both ends known. */
    static TimeValue of(String edtf, boolean relative) {
        if (edtf == null) {
            return null;
        }
        try {
            EdtfDate date = EdtfDate.parse(edtf);
            if (date.earliest().isEmpty() || date.latest().isEmpty()) {
                return null;
            }
            return new TimeValue(edtf, date.earliest().get(), date.latest().get(), relative);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return null;
        }
    }

    /** The same value, marked relative. */
    TimeValue asRelative() {
        return relative ? this : new TimeValue(edtf, earliest, latest, true);
    }

    /** True if it covers exactly one day. */
    boolean isDay() {
        return earliest.equals(latest);
    }
}
