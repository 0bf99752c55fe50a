package org.coldwar.extract;

import java.util.Optional;

/**
 * A checked claim together with the passage of its source that supports it, and the passage
 * its date is inferred from when the quote does not give the date ({@link DateBasis#context()}).
 */
public record LocatedClaim(Claim claim, Passage passage, Optional<Passage> dateContext) {

    public LocatedClaim(Claim claim, Passage passage) {
        this(claim, passage, Optional.empty());
    }
}
