package org.coldwar.extract.auto;

/**
 * The rules by which the {@link Gazetteer} accepts a mention, named in {@link Mention#rule()}.
 * A mention's rule is the base rule's name, followed by "+possessive", "+hyphenation",
 * "+diacritics" or "+ocr-join" when those tolerances were needed. Each confidence is the rule's
 * span precision measured against the FRUS editors' annotations (GazetteerEvaluationTest: full-name
 * 57 of 57, title-name 196/196, surname 174/174, ambiguous-surname 33/33, resolved 113/113), with
 * add-one smoothing ({@code (right + 1) / (found + 2)}); OCR joins do not occur there, so that rule
 * has no measurement and gets the uninformed 0.5.
 */
public enum TagRule {
    /** A form of several words that names one entry ("John Foster Dulles", "Sir Roger"). */
    FULL_NAME("full-name", 0.98),
    /** A title followed by a name ("Secretary Dulles"); the span leaves the title out. */
    TITLE_NAME("title-name", 0.99),
    /** A single word that is the form of exactly one entry and not a common word or first name. */
    SURNAME("surname", 0.99),
    /** A single word that is also a common word or a first name, accepted by the ambiguity rule. */
    AMBIGUOUS_SURNAME("ambiguous-surname", 0.97),
    /** A form shared by several entries, resolved to the one last mentioned unambiguously before it. */
    RESOLVED("resolved", 0.99),
    /** A known single-word form glued to a following lower-case common word ("Rajkmust"). */
    OCR_JOIN("ocr-join", 0.5);

    private final String label;
    private final double confidence;

    TagRule(String label, double confidence) {
        this.label = label;
        this.confidence = confidence;
    }

    /** The name used in {@link Mention#rule()}. */
    public String label() {
        return label;
    }

    /** The confidence given to mentions found by this rule. */
    public double confidence() {
        return confidence;
    }
}
