package org.coldwar.publish;

import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;

/**
 * Cuts a JSON-LD document of the form our dumps have, {@code {"@context": {...}, "@graph": [...]}}
 * (the context first), into standalone documents with the same context, each holding one named
 * graph ({@code {"@id": g, "@graph": [...]}}) or a batch of default-graph node objects, read by a
 * streaming JSON parser. The documents together have exactly the statements of the whole (given
 * no blank node is shared between top-level entries, as in our dumps, which have none), and only
 * one entry is held in memory at a time, never the whole document's tree.
 */
final class JsonLdChunks {

    /** Default-graph node objects per document. */
    private static final int BATCH = 1000;

    private JsonLdChunks() {
    }

    /**
     * Gives {@code chunk} each document in turn, serialised. Throws {@link IllegalArgumentException}
     * if the document is not of the form above.
     */
    static void split(InputStream in, Consumer<String> chunk) {
        try (JsonParser json = Json.createParser(in)) {
            expect(json.next(), JsonParser.Event.START_OBJECT);
            JsonObject context = null;
            boolean graphSeen = false;
            while (json.next() == JsonParser.Event.KEY_NAME) {
                String key = json.getString();
                JsonParser.Event value = json.next();
                if (key.equals("@context") && value == JsonParser.Event.START_OBJECT && !graphSeen) {
                    context = json.getObject();
                } else if (key.equals("@graph") && value == JsonParser.Event.START_ARRAY && context != null) {
                    graphSeen = true;
                    entries(json, context, chunk);
                } else {
                    throw new IllegalArgumentException("not a dump of ours: top-level \"" + key + "\"");
                }
            }
            if (!graphSeen) {
                throw new IllegalArgumentException("not a dump of ours: no top-level \"@graph\" after \"@context\"");
            }
        }
    }

    private static void entries(JsonParser json, JsonObject context, Consumer<String> chunk) {
        List<JsonValue> defaultNodes = new ArrayList<>();
        for (JsonParser.Event event = json.next(); event != JsonParser.Event.END_ARRAY; event = json.next()) {
            expect(event, JsonParser.Event.START_OBJECT);
            JsonObject entry = json.getObject();
            if (entry.containsKey("@graph")) {
                chunk.accept(document(context, List.of(entry)));
            } else {
                defaultNodes.add(entry);
                if (defaultNodes.size() == BATCH) {
                    chunk.accept(document(context, defaultNodes));
                    defaultNodes.clear();
                }
            }
        }
        if (!defaultNodes.isEmpty()) {
            chunk.accept(document(context, defaultNodes));
        }
    }

    private static String document(JsonObject context, List<JsonValue> entries) {
        JsonArrayBuilder graph = Json.createArrayBuilder();
        entries.forEach(graph::add);
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriter(out)) {
            writer.writeObject(Json.createObjectBuilder().add("@context", context).add("@graph", graph).build());
        }
        return out.toString();
    }

    private static void expect(JsonParser.Event actual, JsonParser.Event expected) {
        if (actual != expected) {
            throw new IllegalArgumentException("not a dump of ours: " + actual + " where " + expected + " belongs");
        }
    }
}
