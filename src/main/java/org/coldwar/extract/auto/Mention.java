package org.coldwar.extract.auto;

/**
 * A span of a text that names an entry of the authority file, as found by the {@link Gazetteer}.
 *
 * @param start code point offset, inclusive
 * @param end code point offset, exclusive
 * @param entityId the entity named
 * @param confidence the tagger's confidence in [0, 1] (measured precision of the rule)
 * @param rule the name of the matching rule (exact form, case-folded, possessive, OCR join, surname …)
 */
public record Mention(int start, int end, String surface, String entityId, double confidence, String rule) {
}
