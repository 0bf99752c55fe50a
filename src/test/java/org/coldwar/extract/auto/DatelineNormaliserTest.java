package org.coldwar.extract.auto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.coldwar.extract.auto.DatelineNormaliser.Dateline;
import org.junit.jupiter.api.Test;

/** FRUS datelines, with and without a place or a time, and lines that are no datelines. */
class DatelineNormaliserTest {

    private final DatelineNormaliser normaliser = new DatelineNormaliser();

    @Test
    void placeAndDay() {
        assertEquals(Optional.of(new Dateline("Washington", "1955-01-04")),
                normaliser.normalise("Washington, January 4, 1955."));
        assertEquals(Optional.of(new Dateline("New York", "1955-01-10")),
                normaliser.normalise("New York, January 10, 1955."));
    }

    @Test
    void timeOfDayIsReadPast() {
        assertEquals(Optional.of(new Dateline("Taipei", "1955-01-05")),
                normaliser.normalise("Taipei, January 5, 1955\u20144 p.m."));
        assertEquals(Optional.of(new Dateline("Washington", "1955-01-19")),
                normaliser.normalise("Washington, January 19, 1955, 4:45 p.m. to 4:58 p.m."));
        assertEquals(Optional.of(new Dateline("New York", "1955-01-13")),
                normaliser.normalise("New York, January 13, 1955\u2014midnight."));
    }

    @Test
    void noPlace() {
        assertEquals(Optional.of(new Dateline(null, "1955-01-19")),
                normaliser.normalise("January 19, 1955, 12:45 p.m."));
    }

    @Test
    void notDatelines() {
        assertEquals(Optional.empty(), normaliser.normalise("SUBJECT"));
        assertEquals(Optional.empty(), normaliser.normalise("Washington, February 30, 1955."));
        assertEquals(Optional.empty(), normaliser.normalise(
                "16. Memorandum of a Conversation, Department of State, January 19, 1955, 12:45 p.m."));
        assertEquals(Optional.empty(), normaliser.normalise(
                "On January 6 President Eisenhower transmitted to the Senate the Mutual Defense Treaty."));
    }

    @Test
    void findSkipsTheHeading() {
        String document = "16. Memorandum of a Conversation, Department of State, January 19, 1955, 12:45 p.m.\n"
                + "January 19, 1955, 12:45 p.m.\nSUBJECT\n";
        assertEquals(Optional.of(new Dateline(null, "1955-01-19")), normaliser.find(document));
        assertEquals(Optional.empty(), normaliser.find("3. Editorial Note\nOn January 6 the President wrote.\n"));
    }
}
