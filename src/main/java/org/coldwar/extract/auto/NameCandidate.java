package org.coldwar.extract.auto;

/**
 * A run of proper nouns that names no entry of the authority file: a candidate for a new entity,
 * to be reviewed by a person, never published as an entity.
 *
 * @param start code point offset, inclusive
 * @param end code point offset, exclusive
 */
public record NameCandidate(int start, int end, String surface) {
}
