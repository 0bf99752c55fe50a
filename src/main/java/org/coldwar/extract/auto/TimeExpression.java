package org.coldwar.extract.auto;

/**
 * A time expression found in a text and normalised to EDTF ({@link org.coldwar.extract.EdtfDate}).
 *
 * @param start code point offset, inclusive
 * @param end code point offset, exclusive
 * @param edtf the normalised date ("1949-22", "1955-01-04", "194X", "1946/1949")
 * @param relative true if resolved against an anchor (the document date or the last absolute date)
 * @param rule the name of the rule that matched, for provenance and evaluation
 */
public record TimeExpression(int start, int end, String text, String edtf, boolean relative, String rule) {
}
