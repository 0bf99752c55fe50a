package org.coldwar.publish;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.Map;

import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.sparql.core.DatasetGraph;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;

/**
 * Writes a dataset as compact JSON-LD 1.1 with our own context inlined, so that the dump parses
 * offline: no remote context is ever referenced or fetched.
 */
public final class JsonLdDumpWriter {

    private final byte[] context;

    /** @param context the bytes of the context document ({@code {"@context": {...}}}) */
    JsonLdDumpWriter(byte[] context) {
        this.context = context.clone();
    }

    /** A writer using the packaged context of {@code ontology/context.jsonld}. */
    public static JsonLdDumpWriter withPackagedContext() {
        return new JsonLdDumpWriter(ReleaseBuilder.classpathBytes("/ontology/" + ReleaseBuilder.CONTEXT_FILE));
    }

    /** Writes {@code dataset} as compact JSON-LD with the context inlined; closes {@code out}. */
    public void write(DatasetGraph dataset, OutputStream out) {
        try {
            JsonArray expanded = JsonLd.fromRdf(RdfDocument.of(JenaTitanium.convert(dataset))).ordered().get();
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded),
                    JsonDocument.of(new ByteArrayInputStream(context))).ordered().get();
            JsonWriterFactory factory = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
            try (JsonWriter writer = factory.createWriter(out)) {
                writer.write(compacted);
            }
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD conversion failed: " + e.getMessage(), e);
        }
    }
}
