package org.coldwar.publish;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URISyntaxException;
import java.util.zip.GZIPInputStream;

import org.eclipse.rdf4j.common.net.ParsedIRI;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.eclipse.rdf4j.rio.helpers.BasicParserSettings;

/**
 * Reads a dump back with RDF4J Rio, an RDF toolkit independent of the one that wrote it, and
 * counts its statements. Every parse streams into a counter; no model is built. Every IRI of the
 * dump (subjects, predicates, objects, graphs, datatypes) is checked against RFC 3987 with
 * RDF4J's own IRI parser, as RDF4J's {@code VERIFY_URI_SYNTAX} would, but each distinct IRI once
 * among those recently checked rather than at every occurrence (the check took
 * more than half of a parse). Text is decoded through one buffering reader without locks
 * ({@link UnsynchronizedReader}), as the Turtle family's parsers read a character at a time, and
 * TriG is parsed by RDF4J's TriG parser with a pushback buffer without locks
 * ({@link LocklessTriGParser}).
 * RDF4J's JSON-LD parser (Titanium) needs the whole document as one JSON tree, so a JSON-LD dump is read in
 * pieces, one named graph at a time ({@link JsonLdChunks}): memory is bounded by the largest
 * graph, not by the dump.
 */
final class Rdf4jReadBack {

    private Rdf4jReadBack() {
    }

    /** The number of statements RDF4J parses from {@code file}; throws if it does not parse. */
    static long countStatements(Path file, DumpFormat format) {
        if (format == DumpFormat.JSONLD) {
            return countJsonLdByGraph(file);
        }
        RDFParser parser = parser(format);
        StatementCounter counter = new StatementCounter();
        parser.setRDFHandler(counter);
        try (InputStream in = open(file, format.gzipped())) {
            if (format == DumpFormat.RDFXML) {
                parser.parse(in, "");
            } else {
                parser.parse(new UnsynchronizedReader(
                        new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)), "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RDFParseException e) {
            throw new IllegalStateException("RDF4J cannot parse " + file.getFileName() + ": " + e.getMessage(), e);
        }
        return counter.count;
    }

    /**
     * The non-empty lines of a line-based dump (N-Triples, N-Quads: one statement per line, as
     * RIOT writes them), for a dump whose syntax family RDF4J has already parsed.
     */
    static long countLines(Path file, DumpFormat format) {
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(open(file, format.gzipped()),
                java.nio.charset.StandardCharsets.UTF_8), 1 << 16)) {
            return lines.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long countJsonLdByGraph(Path file) {
        try (InputStream in = open(file, false)) {
            StatementCounter counter = new StatementCounter();
            JsonLdChunks.split(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8), document -> {
                RDFParser parser = parser(DumpFormat.JSONLD);
                parser.setRDFHandler(counter);
                try {
                    parser.parse(new java.io.StringReader(document), "");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return counter.count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RDFParseException | IllegalArgumentException | jakarta.json.JsonException e) {
            throw new IllegalStateException("RDF4J cannot parse " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * A parser of {@code format} leaving the IRI check to the {@link StatementCounter}; for TriG,
     * RDF4J's TriG parser without its reader's locks ({@link LocklessTriGParser}).
     */
    private static RDFParser parser(DumpFormat format) {
        RDFParser parser = format == DumpFormat.TRIG ? new LocklessTriGParser()
                : Rio.createParser(format.rdf4jFormat());
        parser.getParserConfig().set(BasicParserSettings.VERIFY_URI_SYNTAX, false);
        return parser;
    }

    private static InputStream open(Path file, boolean gzip) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        return gzip ? new GZIPInputStream(in) : in;
    }

    /** How many checked IRIs the IRI check remembers (a direct-mapped table, by hash). */
    static final int IRIS_REMEMBERED = 1 << 18;

    /**
     * Counts statements and checks each IRI's syntax, once for each IRI among those remembered.
     * The IRI last checked in each position of a statement is compared first: the dumps are
     * sorted, so a statement's graph and subject are mostly those of the statement before, and
     * comparing two strings costs less than hashing one.
     */
    private static final class StatementCounter extends AbstractRDFHandler {
        private static final int SUBJECT = 0;
        private static final int PREDICATE = 1;
        private static final int OBJECT = 2;
        private static final int GRAPH = 3;

        private final String[] checked = new String[IRIS_REMEMBERED];
        private final int[] hashes = new int[IRIS_REMEMBERED];  // of the IRIs checked, compared before the IRIs
        private final String[] lastChecked = new String[4];  // by position
        private long count;

        @Override
        public void handleStatement(Statement statement) {
            check(SUBJECT, statement.getSubject());
            check(PREDICATE, statement.getPredicate());
            check(OBJECT, statement.getObject());
            if (statement.getContext() != null) {
                check(GRAPH, statement.getContext());
            }
            count++;
        }

        private void check(int position, Value value) {
            String iri;
            if (value instanceof IRI named) {
                iri = named.stringValue();
            } else if (value instanceof Literal literal) {
                iri = literal.getDatatype().stringValue();
            } else {
                return;
            }
            if (!iri.equals(lastChecked[position])) {
                check(iri);
                lastChecked[position] = iri;
            }
        }

        private void check(String iri) {
            int hash = iri.hashCode();
            int slot = (hash * 0x9E3779B9 >>> 14) & (IRIS_REMEMBERED - 1);
            if (hashes[slot] == hash && iri.equals(checked[slot])) {
                return;
            }
            try {
                new ParsedIRI(iri);
            } catch (URISyntaxException e) {
                throw new RDFParseException("not an IRI: <" + iri + ">: " + e.getMessage());
            }
            checked[slot] = iri;
            hashes[slot] = hash;
        }
    }
}
