package org.coldwar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of number a claims file may hold: exact, approximate, ranges and single bounds. */
class QuantityValueTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            6              | 6      | -     | -     | false | true  | 6
            1200000        | 1200000| -     | -     | false | true  | 1,200,000
            0.5            | 0.5    | -     | -     | false | true  | 0.5
            ~150000        | 150000 | -     | -     | true  | false | c. 150,000
            25000..30000   | -      | 25000 | 30000 | false | false | 25,000–30,000
            ~25000..30000  | -      | 25000 | 30000 | true  | false | c. 25,000–30,000
            1000..         | -      | 1000  | -     | false | false | more than 1,000
            ..1000         | -      | -     | 1000  | false | false | fewer than 1,000
            """)
    void amountBoundsAndWords(String written, BigDecimal amount, BigDecimal lower, BigDecimal upper,
            boolean approximate, boolean exact, String words) {
        QuantityValue value = QuantityValue.parse(written);
        assertEquals(Optional.ofNullable(amount), value.amount());
        assertEquals(Optional.ofNullable(lower), value.lowerBound());
        assertEquals(Optional.ofNullable(upper), value.upperBound());
        assertEquals(approximate, value.approximate());
        assertEquals(exact, value.isExact());
        assertEquals(words, value.inWords());
    }

    @ParameterizedTest
    @ValueSource(strings = {"six", "150,000", "about 150000", "30000..25000", "..", "~", "1e6", ""})
    void rejectsWhatIsNotANumber(String text) {
        assertThrows(IllegalArgumentException.class, () -> QuantityValue.parse(text));
        assertFalse(QuantityValue.isValid(text));
    }
}
