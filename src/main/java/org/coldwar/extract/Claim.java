package org.coldwar.extract;

import java.util.Objects;

import org.coldwar.problem.Location;
import org.coldwar.vocab.ValueKind;

/**
 * One row of a claims file, checked against the authority file and the ontology but not yet
 * located in its source: subject, property, value and qualifiers as written, and the quote.
 * Empty optional cells are empty strings, never null.
 *
 * @param sourceFile the file name of the source the quote is taken from
 * @param valueKind what {@code value} is, as the ontology declares for {@code property}
 * @param occurrence which occurrence of the quote is meant, 1-based; 0 when the quote must be unique
 */
public record Claim(Location location, String sourceFile, String subject, String property, ValueKind valueKind,
        String value, String pointInTime, String startTime, String endTime, String place, String role,
        String quantity, String unit, String quote, int occurrence) {

    public Claim {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(valueKind, "valueKind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(quote, "quote");
    }
}
