package org.coldwar.publish;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;

/**
 * Reads a dump back with RDF4J Rio, an RDF toolkit independent of the one that wrote it, and
 * counts its statements. Every parse streams into a counter; no model is built. RDF4J's JSON-LD
 * parser (Titanium) needs the whole document as one JSON tree, so a JSON-LD dump is read in
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
        RDFParser parser = Rio.createParser(format.rdf4jFormat());
        StatementCounter counter = new StatementCounter();
        parser.setRDFHandler(counter);
        try (InputStream in = open(file, format.gzipped())) {
            parser.parse(in, "");
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
        long[] count = {0};
        try (InputStream in = open(file, false)) {
            JsonLdChunks.split(in, document -> {
                RDFParser parser = Rio.createParser(DumpFormat.JSONLD.rdf4jFormat());
                StatementCounter counter = new StatementCounter();
                parser.setRDFHandler(counter);
                try {
                    parser.parse(new java.io.StringReader(document), "");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                count[0] += counter.count;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RDFParseException | IllegalArgumentException | jakarta.json.JsonException e) {
            throw new IllegalStateException("RDF4J cannot parse " + file.getFileName() + ": " + e.getMessage(), e);
        }
        return count[0];
    }

    private static InputStream open(Path file, boolean gzip) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        return gzip ? new GZIPInputStream(in) : in;
    }

    private static final class StatementCounter extends AbstractRDFHandler {
        private long count;

        @Override
        public void handleStatement(Statement statement) {
            count++;
        }
    }
}
