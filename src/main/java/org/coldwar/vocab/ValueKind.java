package org.coldwar.vocab;

/** What a claim property takes as its value, read from its declaration in the ontology. */
public enum ValueKind {
    /** An entity of the authority file ({@code owl:ObjectProperty}). */
    ENTITY,
    /** A date with precision ({@code rdfs:range cw:date}). */
    DATE,
    /** A number ({@code rdfs:range xsd:decimal}). */
    NUMBER,
    /** An ISO 8601 duration ({@code rdfs:range xsd:duration}). */
    DURATION
}
