package org.coldwar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Relative dates: offsets move calendar days, and a resolved date must overlap the moved event date. */
class RelativeDateCheckTest {

    @Test
    void offsetsMoveDaysBothWays() {
        LocalDate day = LocalDate.of(1950, 1, 18);
        assertEquals(LocalDate.of(1950, 2, 1), RelativeDateCheck.shift(day, "P2W"));
        assertEquals(LocalDate.of(1950, 1, 15), RelativeDateCheck.shift(day, "-P3D"));
        assertEquals(LocalDate.of(1950, 2, 18), RelativeDateCheck.shift(day, "P1M"));
        assertEquals(LocalDate.of(1950, 1, 19), RelativeDateCheck.shift(day, "PT36H"));
    }

    @Test
    void twoWeeksAfterSeptemberFallsInSeptemberOrOctober() {
        EdtfDate letter = EdtfDate.parse("1949-09");
        assertTrue(RelativeDateCheck.agrees(letter, "P2W", EdtfDate.parse("1949-09-15/1949-10-14")));
        assertTrue(RelativeDateCheck.agrees(letter, "P2W", EdtfDate.parse("1949-10")));
        assertFalse(RelativeDateCheck.agrees(letter, "P2W", EdtfDate.parse("1949-12")));
        assertFalse(RelativeDateCheck.agrees(letter, "-P2W", EdtfDate.parse("1949-10")));
    }
}
