package org.coldwar.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.eclipse.rdf4j.rio.trig.TriGParser;
import org.junit.jupiter.api.Test;

/**
 * {@link LocklessTriGParser} parses what RDF4J's own TriG parser parses into the same statements,
 * and rejects what it rejects with the same message, over the grammar's corners where the parser
 * reads ahead and pushes characters back (booleans, numbers, prefixed names ending before a dot,
 * long strings, characters outside the Basic Multilingual Plane).
 */
class LocklessTriGParserTest {

    private static final String PREFIXES = """
            @prefix ex: <https://example.org/> .
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            @base <https://example.org/base/> .
            """;

    /** Statements in the corners of the grammar; each is parsed alone and all together. */
    private static final List<String> CORNERS = List.of(
            "ex:s ex:p true , false .",
            "ex:s ex:p ex:true, ex:falsehood .",
            "ex:s ex:p 1, -2, +3, 4.5, 0.5, 6e7, 8.9E-1, 10 .",
            "ex:s ex:p -.5e+2 .",
            "ex:s ex:p ex:a.b.c .",
            "ex:s ex:p ex:a\\.b .",
            "ex:s ex:p \"\"\"long \"quoted\" ''string''\n\"\"\" , '''single \"\" 'q' ''' .",
            "ex:s ex:p \"Сталин\"@ru, \"Stalin\"@en-GB, \"1953\"^^xsd:gYear, \"x\"^^<relative> .",
            "ex:s ex:p \"\uD83D\uDE00 astral \uD834\uDD1E\", \"\\U0001F600 \\u00e9 \\n \\\" \\\\\" .",
            "ex:s ex:p <https://example.org/\uD83D\uDE00>, ex:o\uD834\uDD1E, ex:o\uD83D\uDE00x .",
            "ex:s a ex:C ; ex:p [ ex:q ( 1 \"two\" ex:three ( ) ) ] ; .",
            "[] ex:p _:b1 . _:b1 ex:q [ ] .",
            "GRAPH ex:g { ex:s ex:p ex:o } ex:g2 { ex:s ex:p ex:o . ex:t ex:p ex:o }",
            "{ ex:s ex:p ex:o } # a comment\n",
            "<s> <p> <o> .");

    /** Documents in which RDF4J's parser fails, or reads ahead where the input ends. */
    private static final List<String> ODDITIES = List.of("ex:s ex:p .", "ex:s ex:p \"open", "ex:s ex:p 1.2.3 .",
            "ex:s ex:p tru .", "ex:s ex:p ex:o", "GRAPH { ex:s ex:p ex:o }", "ex:s ex:p \"a\"@ .", "ex:s ex:p <a b> .",
            "ex:s ex:p \"\"\"unterminated\"\" .", "ex:s ex:p ex:o .\n}", "ex:s ex:p \"\\U0001F60\" .",
            "ex:s ex:p 1.", "ex:s ex:p 11.", "ex:s ex:p ex:trailing.", "ex:s ex:p true", "ex:s ex:p fals",
            "ex:s ex:p \uD83D", "ex:s ex:p ex:o\uD83D\uDE00.", "ex:s\uD83D\uDE00 ex:p ex:o .");

    @Test
    void parsesWhatRdf4jsParserParsesIntoTheSameStatementsAndRejectsWhatItRejects() throws IOException {
        List<String> documents = new ArrayList<>();
        CORNERS.forEach(corner -> documents.add(PREFIXES + corner + "\n"));
        ODDITIES.forEach(oddity -> documents.add(PREFIXES + oddity));
        documents.add(PREFIXES + String.join("\n", CORNERS) + "\n");
        Random random = new Random(11);
        StringBuilder large = new StringBuilder(PREFIXES);
        for (int i = 0; i < 20_000; i++) {
            large.append(CORNERS.get(random.nextInt(CORNERS.size())).replace("ex:s", "ex:s" + i)).append('\n');
        }
        documents.add(large.toString());
        assertTrue(large.length() > 500_000, "longer than the readers' buffers");
        int rejected = 0;
        for (String document : documents) {
            List<Statement> expected;
            try {
                expected = parse(new TriGParser(), document);
            } catch (RDFParseException e) {
                assertTrue(ODDITIES.stream().anyMatch(document::endsWith), "RDF4J rejects " + document);
                RDFParseException actual = assertThrows(RDFParseException.class,
                        () -> parse(new LocklessTriGParser(), document), document);
                assertEquals(e.getMessage(), actual.getMessage(), document);
                rejected++;
                continue;
            }
            assertEquals(inOrder(expected), inOrder(parse(new LocklessTriGParser(), document)), document);
        }
        assertTrue(rejected >= 8, "most oddities are rejected: " + rejected);
    }

    @Test
    void parsesAgainWithTheSameParser() throws IOException {
        LocklessTriGParser parser = new LocklessTriGParser();
        String document = PREFIXES + String.join("\n", CORNERS) + "\n";
        List<String> expected = inOrder(parse(new TriGParser(), document));
        assertEquals(expected, inOrder(parse(parser, document)));
        for (String oddity : ODDITIES) {
            try {
                parse(parser, PREFIXES + oddity);
            } catch (RDFParseException e) {
                // as RDF4J's parser does
            }
            assertEquals(expected, inOrder(parse(parser, document)),
                    "nothing pushed back by a parse of " + oddity + " is read by the next");
        }
    }

    /**
     * The statements as text, in the order parsed, each blank node named by the order in which it
     * first appears (the parsers name them at random).
     */
    private static List<String> inOrder(List<Statement> statements) {
        Map<Value, String> blankNodes = new HashMap<>();
        Function<Value, String> text = value -> value instanceof BNode
                ? blankNodes.computeIfAbsent(value, node -> "_:b" + blankNodes.size())
                : value == null ? "" : value.toString();
        return statements.stream().map(statement -> text.apply(statement.getSubject()) + " "
                + text.apply(statement.getPredicate()) + " " + text.apply(statement.getObject()) + " "
                + text.apply(statement.getContext())).toList();
    }

    private static List<Statement> parse(RDFParser parser, String document) throws IOException {
        List<Statement> statements = new ArrayList<>();
        parser.setRDFHandler(new StatementCollector(statements));
        parser.parse(new UnsynchronizedReader(new StringReader(document)), "https://example.org/doc");
        return statements;
    }
}
