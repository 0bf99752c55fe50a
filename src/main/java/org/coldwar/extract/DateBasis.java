package org.coldwar.extract;

import java.util.Objects;

/**
 * Where a claim's date comes from when its quote does not state it: words elsewhere in the same
 * source ({@code context}, a verbatim quote), or an event it is counted from ({@code relativeTo},
 * an entity id) by an ISO 8601 {@code offset} ("two weeks later": {@code P2W}). Empty strings
 * where not given.
 */
public record DateBasis(String context, String relativeTo, String offset) {

    public static final DateBasis IN_QUOTE = new DateBasis("", "", "");

    public DateBasis {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(relativeTo, "relativeTo");
        Objects.requireNonNull(offset, "offset");
    }

    public boolean isRelative() {
        return !relativeTo.isEmpty();
    }
}
