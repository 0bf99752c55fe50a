package org.coldwar.extract;

/** Receives checked claims, one at a time, in file and row order. */
@FunctionalInterface
public interface ClaimSink {

    void claim(Claim claim);
}
