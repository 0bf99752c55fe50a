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
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.riot.system.StreamRDF;
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

    /**
     * The most node objects one named-graph object holds before the graph continues in another.
     * RDF4J's JSON-LD parser (Titanium) takes more than linear time in a document's size: reading
     * back the seeds' dump 20 times as documents of at most 200 nodes took 1.69-2.36 s (most under
     * 1.95 s) against 2.10-2.59 s as documents of up to 5,000, in alternating runs.
     */
    static final int NODES_PER_GRAPH_OBJECT = 200;

    private final JsonLdContext context;

    JsonLdDumpWriter(byte[] contextDocument) {
        this.context = new JsonLdContext(contextDocument);
    }

    /** A writer using the packaged context of {@code ontology/context.jsonld}. */
    public static JsonLdDumpWriter withPackagedContext() {
        return new JsonLdDumpWriter(ReleaseBuilder.classpathBytes("/ontology/" + ReleaseBuilder.CONTEXT_FILE));
    }

    /**
     * Writes {@code dataset} indented, a document for people to read (a resource's description);
     * closes {@code out}.
     */
    public void write(DatasetGraph dataset, OutputStream out) {
        java.util.stream.Stream<Quad> defaultGraph = dataset.getDefaultGraph().stream()
                .sorted(DumpWriter.TRIPLES).map(t -> Quad.create(Quad.defaultGraphIRI, t));
        java.util.stream.Stream<Quad> named = dataset.stream().filter(q -> !q.isDefaultGraph()).sorted(DumpWriter.QUADS);
        StreamRDF sink = sink(out, true);
        sink.start();
        java.util.stream.Stream.concat(defaultGraph, named).forEachOrdered(sink::quad);
        sink.finish();
    }

    /**
     * A sink for a dump: it writes the quads pushed into it, which must come sorted by graph,
     * subject, predicate and object (as {@link ExternalSort} gives them), holding one subject's
     * statements at a time, with no whitespace between tokens (a dump is read by programs, and
     * indentation made the seeds' dump 1.7 times as large, all of it to be written, hashed,
     * decoded and tokenised again by the read-back). Default-graph statements become top-level
     * node objects, each named graph one {@code {"@id": graph, "@graph": [...]}} object, or
     * several of at most {@link #NODES_PER_GRAPH_OBJECT} node objects each for a large graph
     * (JSON-LD merges objects of the same graph), so that a reader can take the document a
     * bounded piece at a time. {@code finish} ends the document and closes {@code out}.
     */
    public StreamRDF sink(OutputStream out) {
        return sink(out, false);
    }

    private StreamRDF sink(OutputStream out, boolean indented) {
        return new Sink(Json.createGeneratorFactory(indented ? Map.of(JsonGenerator.PRETTY_PRINTING, true) : Map.of())
                .createGenerator(out, StandardCharsets.UTF_8));
    }

    /** The writer's state between quads: the graph and subject being written, and its properties. */
    private final class Sink extends org.apache.jena.riot.system.StreamRDFBase {

        private final JsonGenerator json;
        private final Map<Node, List<Node>> properties = new TreeMap<>(NODES);
        private Node graph;
        private Node subject;
        private int nodesInObject;

        Sink(JsonGenerator json) {
            this.json = json;
        }

        @Override
        public void start() {
            json.writeStartObject();
            json.write("@context", context.object());
            json.writeStartArray("@graph");
        }

        @Override
        public void triple(Triple triple) {
            quad(Quad.create(Quad.defaultGraphIRI, triple));
        }

        @Override
        public void quad(Quad quad) {
            Node g = quad.isDefaultGraph() ? null : quad.getGraph();
            if (subject != null && (!java.util.Objects.equals(g, graph) || !quad.getSubject().equals(subject))) {
                writeNode(json, subject, properties);
                properties.clear();
                nodesInObject++;
            }
            boolean split = g != null && java.util.Objects.equals(g, graph) && subject != null
                    && !quad.getSubject().equals(subject) && nodesInObject >= NODES_PER_GRAPH_OBJECT;
            if (split) {
                json.writeEnd().writeEnd();
                openGraph(g);
            }
            if (!java.util.Objects.equals(g, graph) || subject == null) {
                if (graph != null && subject != null) {
                    json.writeEnd().writeEnd();  // the previous named graph's @graph array and object
                }
                if (g != null) {
                    openGraph(g);
                }
                graph = g;
            }
            subject = quad.getSubject();
            properties.computeIfAbsent(quad.getPredicate(), p -> new ArrayList<>()).add(quad.getObject());
        }

        private void openGraph(Node g) {
            json.writeStartObject();
            json.write("@id", id(g));
            json.writeStartArray("@graph");
            nodesInObject = 0;
        }

        @Override
        public void finish() {
            if (subject != null) {
                writeNode(json, subject, properties);
                if (graph != null) {
                    json.writeEnd().writeEnd();
                }
            }
            json.writeEnd();
            json.writeEnd();
            json.close();
        }
    }

    private void writeNode(JsonGenerator json, Node subject, Map<Node, List<Node>> properties) {
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
