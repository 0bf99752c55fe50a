package org.coldwar.extract;

/** Receives claims whose quotes have been located, one at a time. */
@FunctionalInterface
public interface LocatedClaimSink {

    void claim(LocatedClaim claim);
}
