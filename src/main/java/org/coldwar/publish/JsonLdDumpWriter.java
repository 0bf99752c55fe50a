package org.coldwar.publish;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;

/**
 * Writes a dataset as compact JSON-LD 1.1 in one pass, with our own context inlined (so the
 * document parses offline: no remote context is ever referenced): named graphs as
 * {@code {"@id": graph, "@graph": [...]}}, one node object per subject, values in the short form
 * the context allows (an IRI string under an {@code @id} term, a bare string under a language or
 * datatype term) and in explicit form otherwise. Output is sorted, so equal data give equal bytes.
 */
public final class JsonLdDumpWriter {

    private static final Comparator<Node> NODES = DumpWriter.NODES;
    private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";

    private final JsonLdContext context;

    JsonLdDumpWriter(byte[] contextDocument) {
        this.context = new JsonLdContext(contextDocument);
    }

    /** A writer using the packaged context of {@code ontology/context.jsonld}. */
    public static JsonLdDumpWriter withPackagedContext() {
        return new JsonLdDumpWriter(ReleaseBuilder.classpathBytes("/ontology/" + ReleaseBuilder.CONTEXT_FILE));
    }

    /** Writes {@code dataset}; closes {@code out}. */
    public void write(DatasetGraph dataset, OutputStream out) {
        try (JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(out, StandardCharsets.UTF_8)) {
            json.writeStartObject();
            json.write("@context", context.object());
            json.writeStartArray("@graph");
            writeNodes(json, dataset.getDefaultGraph());
            List<Node> graphs = new ArrayList<>();
            dataset.listGraphNodes().forEachRemaining(graphs::add);
            graphs.sort(NODES);
            for (Node graph : graphs) {
                json.writeStartObject();
                json.write("@id", id(graph));
                json.writeStartArray("@graph");
                writeNodes(json, dataset.getGraph(graph));
                json.writeEnd();
                json.writeEnd();
            }
            json.writeEnd();
            json.writeEnd();
        }
    }

    private void writeNodes(JsonGenerator json, Graph graph) {
        Map<Node, Map<Node, List<Node>>> subjects = new TreeMap<>(NODES);
        graph.find().forEachRemaining((Triple t) -> subjects.computeIfAbsent(t.getSubject(), s -> new TreeMap<>(NODES))
                .computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t.getObject()));
        subjects.forEach((subject, properties) -> {
            json.writeStartObject();
            json.write("@id", id(subject));
            properties.forEach((predicate, objects) -> {
                objects.sort(NODES);
                if (predicate.equals(RDF.type.asNode()) && objects.stream().allMatch(Node::isURI)) {
                    writeTypes(json, objects);
                } else {
                    writeProperty(json, predicate, objects);
                }
            });
            json.writeEnd();
        });
    }

    private void writeTypes(JsonGenerator json, List<Node> types) {
        if (types.size() == 1) {
            json.write("@type", context.compact(types.get(0).getURI()));
            return;
        }
        json.writeStartArray("@type");
        types.forEach(t -> json.write(context.compact(t.getURI())));
        json.writeEnd();
    }

    private void writeProperty(JsonGenerator json, Node predicate, List<Node> objects) {
        JsonLdContext.Term term = context.termFor(predicate.getURI()).orElse(null);
        String key = term != null ? term.name() : context.compact(predicate.getURI());
        if (objects.size() == 1 && (term == null || !term.set())) {
            json.writeKey(key);
            writeValue(json, objects.get(0), term);
            return;
        }
        json.writeStartArray(key);
        objects.forEach(o -> writeValue(json, o, term));
        json.writeEnd();
    }

    /** One value, in the shortest form that expands back to exactly {@code node} under {@code term}. */
    private void writeValue(JsonGenerator json, Node node, JsonLdContext.Term term) {
        String coercion = term == null ? null : term.typeCoercion();
        String language = term == null ? null : term.language();
        if (!node.isLiteral()) {
            if ("@id".equals(coercion)) {
                json.write(id(node));
            } else {
                json.writeStartObject().write("@id", id(node)).writeEnd();
            }
            return;
        }
        String lexical = node.getLiteralLexicalForm();
        String lang = node.getLiteralLanguage();
        String datatype = node.getLiteralDatatypeURI();
        boolean plainString = lang.isEmpty() && XSD_STRING.equals(datatype);
        if ((language != null && language.equals(lang))
                || (coercion != null && !"@id".equals(coercion) && lang.isEmpty() && coercion.equals(datatype))
                || (plainString && coercion == null && language == null)) {
            json.write(lexical);
            return;
        }
        json.writeStartObject().write("@value", lexical);
        if (!lang.isEmpty()) {
            json.write("@language", lang);
        } else if (!plainString) {
            json.write("@type", context.compact(datatype));
        }
        json.writeEnd();
    }

    private static String id(Node node) {
        return node.isBlank() ? "_:" + node.getBlankNodeLabel() : node.getURI();
    }
}
