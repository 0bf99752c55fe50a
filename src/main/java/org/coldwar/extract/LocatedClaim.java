package org.coldwar.extract;

/** A checked claim together with the passage of its source that supports it. */
public record LocatedClaim(Claim claim, Passage passage) {
}
