package org.coldwar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of date a claims file may hold: its bounds, its flags and its words. */
class EdtfDateTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1949                  | 1949-01-01 | 1949-12-31 | false | false | 1949
            1949-09               | 1949-09-01 | 1949-09-30 | false | false | September 1949
            1950-02-14            | 1950-02-14 | 1950-02-14 | false | false | 14 February 1950
            1948-02               | 1948-02-01 | 1948-02-29 | false | false | February 1948
            1949-21               | 1949-03-01 | 1949-05-31 | false | false | spring 1949
            1949-22               | 1949-06-01 | 1949-08-31 | false | false | summer 1949
            1949-23               | 1949-09-01 | 1949-11-30 | false | false | autumn 1949
            1949-24               | 1949-12-01 | 1950-02-28 | false | false | winter 1949
            194X                  | 1940-01-01 | 1949-12-31 | false | false | 1940s
            19XX                  | 1900-01-01 | 1999-12-31 | false | false | 20th century
            1945~                 | 1945-01-01 | 1945-12-31 | true  | false | c. 1945
            1945?                 | 1945-01-01 | 1945-12-31 | false | true  | 1945 (uncertain)
            1945%                 | 1945-01-01 | 1945-12-31 | true  | true  | c. 1945 (uncertain)
            1946/1949             | 1946-01-01 | 1949-12-31 | false | false | 1946 – 1949
            1945-09~/1945-12      | 1945-09-01 | 1945-12-31 | true  | false | c. September 1945 – December 1945
            1950-01-10/1950-01-20 | 1950-01-10 | 1950-01-20 | false | false | 10 January 1950 – 20 January 1950
            1944-22/1944-23       | 1944-06-01 | 1944-11-30 | false | false | summer 1944 – autumn 1944
            """)
    void boundsFlagsAndWords(String edtf, LocalDate earliest, LocalDate latest, boolean approximate, boolean uncertain,
            String words) {
        EdtfDate date = EdtfDate.parse(edtf);
        assertEquals(Optional.of(earliest), date.earliest());
        assertEquals(Optional.of(latest), date.latest());
        assertEquals(approximate, date.approximate());
        assertEquals(uncertain, date.uncertain());
        assertEquals(words, date.inWords());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../1950", "1950/.."})
    void openIntervalsHaveOneBound(String edtf) {
        EdtfDate date = EdtfDate.parse(edtf);
        assertTrue(date.interval());
        assertTrue(date.earliest().isPresent() != date.latest().isPresent());
        assertEquals(edtf.startsWith("..") ? "until 1950" : "from 1950", date.inWords());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1949", "1949-12", "1950-02-14"})
    void plainDatesAreXsdDates(String edtf) {
        assertTrue(EdtfDate.parse(edtf).isXsdDate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1949-22", "194X", "1945~", "1946/1949"})
    void otherDatesAreNotXsdDates(String edtf) {
        assertFalse(EdtfDate.parse(edtf).isXsdDate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"summer 1949", "1949-13", "1949-02-30", "1949-25", "1949-22-01", "194X-05", "../..",
        "1950/1949", "49", "1949-9", ""})
    void rejectsWhatIsNotADate(String text) {
        assertThrows(IllegalArgumentException.class, () -> EdtfDate.parse(text));
        assertFalse(EdtfDate.isValid(text));
    }
}
