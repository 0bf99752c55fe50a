package org.coldwar.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.coldwar.vocab.ValueKind;

/** Checks the literal values a claims file may hold: dates with precision, numbers, durations. */
public final class Values {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Values() {
    }

    /** True for {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} naming a real month or day. */
    public static boolean isDate(String text) {
        try {
            if (YEAR.matcher(text).matches()) {
                return true;
            }
            if (YEAR_MONTH.matcher(text).matches()) {
                YearMonth.parse(text);
                return true;
            }
            if (DAY.matcher(text).matches()) {
                LocalDate.parse(text);
                return true;
            }
        } catch (DateTimeException e) {
            return false;
        }
        return false;
    }

    /** True for a plain decimal number such as {@code 6}, {@code 1200000} or {@code 0.5}. */
    public static boolean isNumber(String text) {
        return NUMBER.matcher(text).matches();
    }

    /** True for an ISO 8601 / XML Schema duration such as {@code PT6H} or {@code P2W}. */
    public static boolean isDuration(String text) {
        return XSDDatatype.XSDduration.isValid(text) || text.matches("P\\d+W");
    }

    /** True if {@code text} is a valid literal of a non-entity {@code kind}. */
    public static boolean isLiteralOf(ValueKind kind, String text) {
        return switch (kind) {
            case DATE -> isDate(text);
            case NUMBER -> isNumber(text);
            case DURATION -> isDuration(text);
            case ENTITY -> false;
        };
    }

    /** How a value of {@code kind} should be written, for error messages. */
    public static String expected(ValueKind kind) {
        return switch (kind) {
            case DATE -> "a date YYYY, YYYY-MM or YYYY-MM-DD";
            case NUMBER -> "a number such as 6 or 1200000";
            case DURATION -> "an ISO 8601 duration such as PT6H or P2W";
            case ENTITY -> "an entity id of the authority file";
        };
    }
}
