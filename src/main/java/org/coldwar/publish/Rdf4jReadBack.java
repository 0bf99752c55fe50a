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
 * counts its statements.
 */
final class Rdf4jReadBack {

    private Rdf4jReadBack() {
    }

    /** The number of statements RDF4J parses from {@code file}; throws if it does not parse. */
    static long countStatements(Path file, DumpFormat format) {
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
