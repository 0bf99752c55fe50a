package org.coldwar.extract;

import java.util.List;
import java.util.Objects;

import org.coldwar.problem.Location;

/**
 * One entry of the authority file: a person, organization, state, place, event, work or
 * position, with the spellings the sources use.
 *
 * @param id stable snake_case identifier, the last segment of the entity's IRI
 * @param type local name of an ontology class
 * @param altLabels other spellings, in file order; never null
 * @param description one sentence, may be empty
 */
public record Entity(String id, String type, String label, List<String> altLabels, String description,
        Location declaredAt) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        altLabels = List.copyOf(altLabels);
    }
}
