package org.coldwar.extract.auto;

/**
 * A match of the {@link Gazetteer} before resolution: words [from, to] of a text's {@link Tokens},
 * naming one of {@code entities} (more than one for a shared form such as "Dulles").
 *
 * @param titleWords how many leading words are a title, left out of the span; negative for an
 *     OCR join, where the span is the first {@code -titleWords} characters of the word
 * @param needsPrior a common word starting a sentence: kept only if its entry was mentioned before
 * @param accented whether the matched form was written with accents
 * @param respelled whether the last word matched one letter apart
 */
record Match(int from, int to, int titleWords, int[] entities, TagRule rule, boolean needsPrior,
        boolean accented, boolean respelled) {

    Match(int from, int to, int titleWords, int[] entities, TagRule rule) {
        this(from, to, titleWords, entities, rule, false, false, false);
    }

    Match withRespelling() {
        return new Match(from, to, titleWords, entities, rule, needsPrior, accented, true);
    }
}
