package org.coldwar.extract;

import java.util.List;
import java.util.Objects;

import org.coldwar.problem.Location;
import org.coldwar.vocab.ValueKind;

/**
 * One row of a claims file, checked against the authority file and the ontology but not yet
 * located in its source: subject, property, value and qualifiers as written, who says it and
 * how surely, where its date comes from, the footnotes it rests on, and the quote. Empty
 * optional cells are empty strings, never null. Dates are EDTF ({@link EdtfDate}), numbers
 * {@link QuantityValue}s, both already checked.
 *
 * @param sourceFile the file name of the source the quote is taken from
 * @param valueKind what {@code value} is, as the ontology declares for {@code property}
 * @param occurrence which occurrence of the quote is meant, 1-based; 0 when the quote must be unique
 * @param citations the footnote numbers of the source whose references support the claim
 * @param note the editor's note, published with the claim
 */
public record Claim(Location location, String sourceFile, String subject, String property, ValueKind valueKind,
        String value, String pointInTime, String startTime, String endTime, String place, String role,
        String quantity, String unit, String quote, int occurrence, Attribution attribution, DateBasis dateBasis,
        List<String> citations, String note) {

    public Claim {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(valueKind, "valueKind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(dateBasis, "dateBasis");
        citations = List.copyOf(citations);
        Objects.requireNonNull(note, "note");
    }

    /** The date a relative date resolves to: the point in time qualifier, or the value of a date property. */
    public String datedAs() {
        if (!pointInTime.isEmpty() || valueKind != ValueKind.DATE) {
            return pointInTime;
        }
        return value;
    }
}
