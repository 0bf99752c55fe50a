package org.coldwar.extract.auto;

import java.util.List;

/**
 * What the {@link Gazetteer} knows of one entity: the forms it may take in running text.
 *
 * @param forms every form to look for (label, alternative labels, generated name forms)
 * @param person true for persons (whose bare surnames follow the ambiguity rule)
 */
public record GazetteerEntry(String entityId, List<String> forms, boolean person) {

    public GazetteerEntry {
        forms = List.copyOf(forms);
    }
}
