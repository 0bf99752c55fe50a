/**
 * Turning seeds into claims: the authority file, the curated claims files, and the location of
 * each quote in its source. Stages are joined by {@link org.coldwar.extract.ClaimSink} and
 * {@link org.coldwar.extract.LocatedClaimSink}.
 */
package org.coldwar.extract;
