package org.coldwar.publish;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * What our JSON-LD context ({@code ontology/context.jsonld}) defines, as the compact writer
 * needs it: prefixes, and for each property term its IRI, the coercion of its values (to an IRI,
 * a datatype or a language) and whether it is a set. Only the simple forms our context uses are
 * understood; anything else is left to full IRIs, which is always correct.
 */
final class JsonLdContext {

    /** A property term: its name, IRI, and how its values are coerced. */
    record Term(String name, String iri, String typeCoercion, String language, boolean set) {
    }

    private final JsonObject context;
    private final Map<String, String> prefixes = new LinkedHashMap<>();
    private final Map<String, Term> termsByIri = new LinkedHashMap<>();

    JsonLdContext(byte[] contextDocument) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(contextDocument))) {
            this.context = reader.readObject().getJsonObject("@context");
        }
        context.forEach((name, value) -> {
            if (value instanceof JsonString s && (s.getString().endsWith("#") || s.getString().endsWith("/"))) {
                prefixes.put(name, s.getString());
            }
        });
        context.forEach((name, value) -> {
            if (value.getValueType() == JsonValue.ValueType.OBJECT) {
                JsonObject def = value.asJsonObject();
                String id = def.containsKey("@id") ? def.getString("@id") : null;
                if (id == null || id.startsWith("@")) {
                    return;
                }
                String iri = expand(id);
                String coercion = def.containsKey("@type") ? def.getString("@type") : null;
                termsByIri.putIfAbsent(iri, new Term(name, iri,
                        coercion == null || coercion.equals("@id") ? coercion : expand(coercion),
                        def.containsKey("@language") ? def.getString("@language") : null,
                        def.containsKey("@container") && def.getString("@container").equals("@set")));
            }
        });
    }

    /** The context object, to inline in a document. */
    JsonObject object() {
        return context;
    }

    Optional<Term> termFor(String propertyIri) {
        return Optional.ofNullable(termsByIri.get(propertyIri));
    }

    /** A prefixed name for {@code iri} if a prefix covers it with a simple local part, else the IRI. */
    String compact(String iri) {
        for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
            String ns = prefix.getValue();
            if (iri.startsWith(ns) && iri.length() > ns.length()
                    && iri.substring(ns.length()).matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
                return prefix.getKey() + ":" + iri.substring(ns.length());
            }
        }
        return iri;
    }

    private String expand(String value) {
        int colon = value.indexOf(':');
        if (colon > 0 && prefixes.containsKey(value.substring(0, colon))) {
            return prefixes.get(value.substring(0, colon)) + value.substring(colon + 1);
        }
        return value;
    }
}
