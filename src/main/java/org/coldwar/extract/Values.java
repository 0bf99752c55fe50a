package org.coldwar.extract;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.coldwar.vocab.ValueKind;

/**
 * Checks the literal values a claims file may hold: EDTF dates ({@link EdtfDate}), numbers with
 * their approximateness and ranges ({@link QuantityValue}), ISO 8601 durations.
 */
public final class Values {

    private Values() {
    }

    /** True for an EDTF date of the subset {@link EdtfDate} reads. */
    public static boolean isDate(String text) {
        return EdtfDate.isValid(text);
    }

    /** True for a number as {@link QuantityValue} reads it ({@code 6}, {@code ~150000}, {@code 25000..30000}). */
    public static boolean isNumber(String text) {
        return QuantityValue.isValid(text);
    }

    /** True for an ISO 8601 / XML Schema duration such as {@code PT6H} or {@code P2W}. */
    public static boolean isDuration(String text) {
        return XSDDatatype.XSDduration.isValid(text) || text.matches("P\\d+W");
    }

    /** True for a duration that may also be negative ({@code -P3D}: three days before). */
    public static boolean isOffset(String text) {
        return isDuration(text.startsWith("-") ? text.substring(1) : text);
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
            case DATE -> "an EDTF date such as 1949, 1949-09, 1950-02-14, 1949-22 (summer), 194X, 1945~ or 1946/1949";
            case NUMBER -> "a number such as 6, ~150000 (about) or 25000..30000 (a range)";
            case DURATION -> "an ISO 8601 duration such as PT6H or P2W";
            case ENTITY -> "an entity id of the authority file";
        };
    }
}
