package org.coldwar.extract;

import java.util.Objects;

/**
 * Who says a claim and how surely: its status, whether it is negative ("X did not Y"), who it is
 * according to when not the source's author, and the hedge the text puts on it.
 *
 * @param accordingTo the entity id of whoever asserts, alleges, believes … it; empty for the
 *     source's author
 * @param hedge the hedging words of the quote ("apparently"); empty when the text does not hedge
 */
public record Attribution(ClaimStatus status, boolean negated, String accordingTo, String hedge) {

    /** An assertion in the author's own voice, with no hedge. */
    public static final Attribution AUTHOR_ASSERTS = new Attribution(ClaimStatus.ASSERTED, false, "", "");

    public Attribution {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(accordingTo, "accordingTo");
        Objects.requireNonNull(hedge, "hedge");
    }

    /**
     * True if the source states the claim as fact in its own voice: asserted, not negated, not
     * hedged, and according to its author ({@code accordingTo} empty or one of {@code authors}).
     * Only such a claim gets a direct ("truthy") triple.
     */
    public boolean isOwnVoiceFact(java.util.Collection<String> authors) {
        return status == ClaimStatus.ASSERTED && !negated && hedge.isEmpty()
                && (accordingTo.isEmpty() || authors.contains(accordingTo));
    }
}
