package org.coldwar.extract;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a source presents a claim, after CIDOC-CRM's attribute assignment and Wikidata's sourcing
 * circumstances: stated as fact, or reported as someone's allegation, charge, rumour, belief or
 * denial, or put forward as a thesis. Each is a {@code cw:ClaimStatus} of the ontology, named
 * by {@link #term()}.
 */
public enum ClaimStatus {
    ASSERTED("asserted", "Asserted"),
    ALLEGED("alleged", "Alleged"),
    CHARGED("charged", "Charged"),
    RUMOURED("rumoured", "Rumoured"),
    BELIEVED("believed", "Believed"),
    DENIED("denied", "Denied"),
    HYPOTHESISED("hypothesised", "Hypothesised");

    private final String cell;
    private final String term;

    ClaimStatus(String cell, String term) {
        this.cell = cell;
        this.term = term;
    }

    /** The word written in a claims file's {@code status} column. */
    public String cell() {
        return cell;
    }

    /** The local name of the status in the ontology. */
    public String term() {
        return term;
    }

    /** The status a cell names; an empty cell is {@link #ASSERTED}. */
    public static Optional<ClaimStatus> fromCell(String cell) {
        if (cell.isEmpty()) {
            return Optional.of(ASSERTED);
        }
        return Arrays.stream(values()).filter(s -> s.cell.equals(cell)).findFirst();
    }

    /** The words a cell may hold, for messages. */
    public static String allowed() {
        return Arrays.stream(values()).map(ClaimStatus::cell).collect(Collectors.joining(", "));
    }
}
