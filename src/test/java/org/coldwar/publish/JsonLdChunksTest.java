package org.coldwar.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;

/**
 * The documents a JSON-LD dump is cut into hold together exactly the statements of the whole, as
 * RDF4J reads them: named graphs (one split into several graph objects), default-graph nodes in
 * batches, strings holding brackets, quotes, escapes and the word "@graph"; a document of
 * another form is refused.
 */
class JsonLdChunksTest {

    private static final String BASE = "https://example.org/";

    @Test
    void theChunksHoldTheStatementsOfTheWhole() throws java.io.IOException {
        List<Quad> quads = new ArrayList<>();
        List<Node> values = List.of(NodeFactory.createLiteralString("{[\"@graph\": ]} \\ \u00e9 \uD83D\uDCDC"),
                NodeFactory.createLiteralString("@graph"), NodeFactory.createLiteralLang("Staline", "fr"),
                NodeFactory.createURI(BASE + "entity/e"));
        for (int i = 0; i < 6_000; i++) {
            Node subject = NodeFactory.createURI(BASE + "claim/" + i);
            quads.add(Quad.create(NodeFactory.createURI(BASE + "graph/big"), subject,
                    NodeFactory.createURI(BASE + "p"), values.get(i % values.size())));
            if (i < 2_500) {
                quads.add(Quad.create(Quad.defaultGraphIRI, subject, NodeFactory.createURI(BASE + "q"),
                        values.get(i % values.size())));
            }
            if (i < 30) {
                quads.add(Quad.create(NodeFactory.createURI(BASE + "graph/small" + i % 3), subject,
                        NodeFactory.createURI(BASE + "@graph"), values.get(i % values.size())));
            }
        }
        String document = jsonLd(quads.stream().distinct().sorted(DumpWriter.QUADS).toList());
        Model whole = Rio.parse(new StringReader(document), "", RDFFormat.JSONLD);
        Model fromChunks = new LinkedHashModel();
        List<String> chunks = new ArrayList<>();
        JsonLdChunks.split(new StringReader(document), reader -> {
            String chunk = text(reader);
            chunks.add(chunk);
            try {
                fromChunks.addAll(Rio.parse(new StringReader(chunk), "", RDFFormat.JSONLD));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals(quads.size(), whole.size());
        assertTrue(Models.isomorphic(whole, fromChunks), "the chunks' statements are the whole's");
        int bigGraphObjects = (6_000 + JsonLdDumpWriter.NODES_PER_GRAPH_OBJECT - 1)
                / JsonLdDumpWriter.NODES_PER_GRAPH_OBJECT;
        assertTrue(bigGraphObjects > 1, "the big graph is cut");
        assertEquals(3 + bigGraphObjects + 3, chunks.size(), "2,500 default nodes in batches of 1,000, the big "
                + "graph's objects and the three small graphs apart");
        List<String> trickled = new ArrayList<>();
        JsonLdChunks.split(trickle(document), reader -> trickled.add(text(reader)));
        assertEquals(chunks, trickled, "the same chunks with the reader's buffer ending anywhere (inside escapes too)");
    }

    /** What a chunk's reader gives, read a few characters at a time. */
    private static String text(java.io.Reader reader) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[5];
        try {
            for (int read = reader.read(buffer); read != -1; read = reader.read(buffer)) {
                text.append(buffer, 0, read);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return text.toString();
    }

    /** A reader giving 1 to 7 characters a read, so that reads end at every kind of place. */
    private static java.io.Reader trickle(String text) {
        java.util.Random random = new java.util.Random(3);
        return new java.io.FilterReader(new StringReader(text)) {
            @Override
            public int read(char[] buffer, int offset, int length) throws java.io.IOException {
                return super.read(buffer, offset, Math.min(length, 1 + random.nextInt(7)));
            }
        };
    }

    @Test
    void aDocumentOfAnotherFormIsRefused() {
        for (String document : List.of("[]", "{\"@graph\": []}", "{\"@context\": {}, \"other\": 1}",
                "{\"@context\": {}, \"@graph\": [{\"@id\": \"x\"}", "{\"@context\": {}, \"@graph\": [1]}",
                "{\"@context\": {}, \"@graph\": [{\"@id\": \"x\"} {\"@id\": \"y\"}]}",
                "{\"@context\": {}, \"@graph\": [{\"@id\": \"x\\\"}]}",
                "{\"@context\": {}, \"@graph\": []} trailing")) {
            assertThrows(IllegalArgumentException.class, () -> JsonLdChunks.split(new StringReader(document), c -> {
            }), document);
        }
    }

    private static String jsonLd(List<Quad> sorted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF sink = DumpWriter.sink(DumpFormat.JSONLD, out);
        sink.start();
        sorted.forEach(sink::quad);
        sink.finish();
        return out.toString(StandardCharsets.UTF_8);
    }
}
