package org.coldwar.publish;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.util.zip.GZIPInputStream;

import org.coldwar.source.TextFiles;
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
 * dump (subjects, predicates, objects, graphs, datatypes) is checked as the caller asks
 * ({@link IriCheck}): against RFC 3987 with RDF4J's own IRI parser, as RDF4J's
 * {@code VERIFY_URI_SYNTAX} would, but each distinct IRI once among those recently checked rather
 * than at every occurrence (the check took more than half of a parse); or only for being absolute.
 * A malformed UTF-8 byte sequence fails the read-back: RDF/XML's parser decodes its bytes itself
 * and reports one with its line and column; the other dumps are decoded by the JDK's decoder set
 * to report one (not to put a replacement character in its place, as {@code InputStreamReader}'s
 * charset constructor does), through one buffering reader without locks
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

    /** How the IRIs of a dump read back are checked. */
    enum IriCheck {
        /** Each IRI against RFC 3987 (RDF4J's {@code ParsedIRI}). */
        RFC_3987,
        /**
         * Each IRI only for beginning with a scheme ({@code ALPHA *(ALPHA / DIGIT / "+" / "-" / ".") ":"}),
         * for a dump whose IRIs another dump's {@link #RFC_3987} check has proven: what such a check
         * catches is a writer or a reader leaving an IRI relative (a JSON-LD key or value the context
         * does not expand, a relative RDF/XML reference).
         */
        ABSOLUTE
    }

    /** The number of statements RDF4J parses from {@code file}; throws if it does not parse. */
    static long countStatements(Path file, DumpFormat format, IriCheck iriCheck) {
        if (format == DumpFormat.JSONLD) {
            return countJsonLdByGraph(file, iriCheck);
        }
        RDFParser parser = parser(format);
        StatementCounter counter = new StatementCounter(iriCheck);
        parser.setRDFHandler(counter);
        try (InputStream in = open(file, format.gzipped())) {
            if (format == DumpFormat.RDFXML) {
                parser.parse(in, "");
            } else {
                parser.parse(utf8(in), "");
            }
        } catch (CharacterCodingException e) {
            throw notUtf8(file, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RDFParseException e) {
            throw new IllegalStateException("RDF4J cannot parse " + file.getFileName() + ": " + e.getMessage(), e);
        }
        return counter.count;
    }

    /**
     * The statement lines of a line-based dump (N-Triples, N-Quads: one statement per line, as
     * RIOT writes them), for a dump whose syntax family RDF4J has already parsed: the lines that
     * hold more than spaces and tabs and do not begin with {@code #}. The bytes are counted as they
     * are, not decoded: a line break is one byte in UTF-8 and no other character's bytes contain it.
     */
    static long countLines(Path file, DumpFormat format) {
        try (InputStream in = open(file, format.gzipped())) {
            byte[] bytes = new byte[1 << 16];
            long lines = 0;
            boolean lineStart = true;
            boolean statement = false;  // the line so far holds a statement
            boolean comment = false;
            for (int read = in.read(bytes); read != -1; read = in.read(bytes)) {
                for (int i = 0; i < read; i++) {
                    byte b = bytes[i];
                    if (b == '\n') {
                        lines += statement ? 1 : 0;
                        lineStart = true;
                        statement = false;
                        comment = false;
                        continue;
                    }
                    if (lineStart && b == '#') {
                        comment = true;
                    }
                    lineStart = false;
                    statement |= !comment && b != ' ' && b != '\t' && b != '\r';
                }
            }
            return lines + (statement ? 1 : 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long countJsonLdByGraph(Path file, IriCheck iriCheck) {
        try (InputStream in = open(file, false)) {
            StatementCounter counter = new StatementCounter(iriCheck);
            JsonLdChunks.split(utf8(in), document -> {
                RDFParser parser = parser(DumpFormat.JSONLD);
                parser.setRDFHandler(counter);
                try {
                    parser.parse(document, "");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return counter.count;
        } catch (UncheckedIOException e) {  // JsonLdChunks' reading of the file
            if (e.getCause() instanceof CharacterCodingException coding) {
                throw notUtf8(file, coding);
            }
            throw e;
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

    /**
     * The characters of UTF-8 bytes, through a buffer without locks; a malformed or unmappable byte
     * sequence throws {@link CharacterCodingException} ({@code InputStreamReader}'s charset
     * constructor would replace it).
     */
    private static Reader utf8(InputStream in) {
        return new UnsynchronizedReader(new InputStreamReader(in, TextFiles.strictUtf8()));
    }

    private static IllegalStateException notUtf8(Path file, CharacterCodingException e) {
        return new IllegalStateException("RDF4J cannot parse " + file.getFileName() + ": not UTF-8 (" + e + ")", e);
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

        private final boolean rfc3987;
        private final String[] checked;
        private final int[] hashes;  // of the IRIs checked, compared before the IRIs
        private final String[] lastChecked = new String[4];  // by position
        private long count;

        StatementCounter(IriCheck iriCheck) {
            rfc3987 = iriCheck == IriCheck.RFC_3987;
            checked = rfc3987 ? new String[IRIS_REMEMBERED] : null;
            hashes = rfc3987 ? new int[IRIS_REMEMBERED] : null;
        }

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
            if (!rfc3987) {
                checkAbsolute(iri);
            } else if (!iri.equals(lastChecked[position])) {
                check(iri);
                lastChecked[position] = iri;
            }
        }

        private static void checkAbsolute(String iri) {
            int colon = iri.indexOf(':');
            boolean scheme = colon > 0 && isAsciiLetter(iri.charAt(0));
            for (int i = 1; scheme && i < colon; i++) {
                char c = iri.charAt(i);
                scheme = isAsciiLetter(c) || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.';
            }
            if (!scheme) {
                throw new RDFParseException("not an absolute IRI: <" + iri + ">");
            }
        }

        private static boolean isAsciiLetter(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
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
