package org.coldwar.source.tei;

/**
 * An entry of an edition's List of Persons ({@code <div xml:id="persons">}).
 *
 * @param id the edition's identifier ({@code p_DJF1}), kept in our entity IRIs
 * @param name the name as printed ("Dulles, John Foster")
 * @param description the rest of the entry as plain text ("Secretary of State")
 */
public record ListedPerson(String id, String name, String description) {
}
