package org.coldwar.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;

/**
 * Statements as rows of a compact binary encoding, one a statement: its arity (3 for a triple, 4
 * for a quad, graph first), then each term as a kind byte and its strings (each a varint byte
 * count and UTF-8 bytes): an IRI, a blank node's label, a literal's lexical form with its
 * language tag (and base direction) or datatype IRI (none for {@code xsd:string}). A term equal to
 * the one at the same place in the row before is written as a single REPEAT byte, so a graph or
 * subject that repeats from row to row (as in sorted runs, or in one source's part, all in one
 * graph) is neither written nor decoded again. Read back without tokenizing text or resolving
 * IRIs. Jena's RDF Protobuf rows, used before, spent most of their time building, sizing and
 * coding Protobuf messages (their strings coded to UTF-8 by Protobuf's own loops, where Java's
 * coding of ASCII text is a copy). Triple terms and variables are not written (our statements
 * have none).
 */
public final class TermRows {

    private static final int REPEAT = 0;
    private static final int IRI = 1;
    private static final int BLANK = 2;
    private static final int STRING = 3;
    private static final int LANG = 4;
    private static final int LANG_DIR = 5;
    private static final int TYPED = 6;

    private static final int BUFFER = 1 << 16;

    private TermRows() {
    }

    /** Writes rows to a stream; {@link #flush} before the stream is closed. */
    public static final class Writer {
        private final OutputStream out;
        private final byte[] buffer = new byte[BUFFER];
        private int length;
        private Node[] previous;

        public Writer(OutputStream out) {
            this.out = out;
        }

        /**
         * Writes one statement: three terms (a triple) or four (graph first).
         *
         * @throws IllegalArgumentException if a term is neither an IRI, a blank node nor a literal
         */
        public void write(Node... terms) {
            boolean sameArity = previous != null && previous.length == terms.length;
            writeByte(terms.length);
            for (int i = 0; i < terms.length; i++) {
                if (sameArity && terms[i].equals(previous[i])) {
                    writeByte(REPEAT);
                } else {
                    writeTerm(terms[i]);
                }
            }
            previous = terms;
        }

        private void writeTerm(Node term) {
            if (term.isURI()) {
                writeByte(IRI);
                writeString(term.getURI());
            } else if (term.isBlank()) {
                writeByte(BLANK);
                writeString(term.getBlankNodeLabel());
            } else if (term.isLiteral()) {
                String lang = term.getLiteralLanguage();
                TextDirection direction = term.getLiteralBaseDirection();
                if (direction != null) {
                    writeByte(LANG_DIR);
                    writeString(term.getLiteralLexicalForm());
                    writeString(lang);
                    writeString(direction.direction());
                } else if (lang != null && !lang.isEmpty()) {
                    writeByte(LANG);
                    writeString(term.getLiteralLexicalForm());
                    writeString(lang);
                } else if (term.getLiteralDatatype().equals(XSDDatatype.XSDstring)) {
                    writeByte(STRING);
                    writeString(term.getLiteralLexicalForm());
                } else {
                    writeByte(TYPED);
                    writeString(term.getLiteralLexicalForm());
                    writeString(term.getLiteralDatatypeURI());
                }
            } else {
                throw new IllegalArgumentException("a statement row holds IRIs, blank nodes and literals, not " + term);
            }
        }

        private void writeString(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            for (int n = bytes.length; ; n >>>= 7) {
                if ((n & ~0x7F) == 0) {
                    writeByte(n);
                    break;
                }
                writeByte((n & 0x7F) | 0x80);
            }
            if (bytes.length > buffer.length - length) {
                drain();
                if (bytes.length > buffer.length) {
                    write(bytes, bytes.length);
                    return;
                }
            }
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
        }

        private void writeByte(int b) {
            if (length == buffer.length) {
                drain();
            }
            buffer[length++] = (byte) b;
        }

        private void drain() {
            write(buffer, length);
            length = 0;
        }

        private void write(byte[] bytes, int count) {
            try {
                out.write(bytes, 0, count);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Writes out what is buffered (the underlying stream is neither flushed nor closed). */
        public void flush() {
            drain();
        }
    }

    /** Reads rows from a stream. */
    public static final class Reader {
        private final InputStream in;
        private byte[] buffer = new byte[BUFFER];
        private int position;
        private int limit;
        private Node[] previous;
        private String lastDatatypeIri;
        private RDFDatatype lastDatatype;

        public Reader(InputStream in) {
            this.in = in;
        }

        /**
         * The next statement's terms (three, or four with the graph first), or null at the end.
         *
         * @throws UncheckedIOException if the stream cannot be read or is not rows of this kind
         */
        public Node[] next() {
            try {
                if (position == limit && !fill(1)) {
                    return null;
                }
                int arity = readByte();
                if (arity != 3 && arity != 4) {
                    throw new IOException("not a statement row: arity " + arity);
                }
                Node[] terms = new Node[arity];
                for (int i = 0; i < arity; i++) {
                    int kind = readByte();
                    if (kind == REPEAT) {
                        if (previous == null || previous.length != arity) {
                            throw new IOException("a repeated term with no row before it");
                        }
                        terms[i] = previous[i];
                    } else {
                        terms[i] = readTerm(kind);
                    }
                }
                previous = terms;
                return terms;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Node readTerm(int kind) throws IOException {
            return switch (kind) {
                case IRI -> NodeFactory.createURI(readString());
                case BLANK -> NodeFactory.createBlankNode(readString());
                case STRING -> NodeFactory.createLiteralString(readString());
                case LANG -> NodeFactory.createLiteralLang(readString(), readString());
                case LANG_DIR -> NodeFactory.createLiteralDirLang(readString(), readString(), readString());
                case TYPED -> {
                    String lexicalForm = readString();
                    yield NodeFactory.createLiteralDT(lexicalForm, datatype(readString()));
                }
                default -> throw new IOException("not a statement row: term kind " + kind);
            };
        }

        private RDFDatatype datatype(String iri) {
            if (!iri.equals(lastDatatypeIri)) {
                lastDatatype = TypeMapper.getInstance().getSafeTypeByName(iri);
                lastDatatypeIri = iri;
            }
            return lastDatatype;
        }

        private String readString() throws IOException {
            int count = 0;
            for (int shift = 0; ; shift += 7) {
                if (shift > 28) {
                    throw new IOException("not a statement row: a string's length is malformed");
                }
                int b = readByte();
                count |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    break;
                }
            }
            if (count < 0) {
                throw new IOException("not a statement row: a string's length is malformed");
            }
            if (limit - position < count && !fill(count)) {
                throw new IOException("not a statement row: cut short in a string");
            }
            String text = new String(buffer, position, count, StandardCharsets.UTF_8);
            position += count;
            return text;
        }

        private int readByte() throws IOException {
            if (position == limit && !fill(1)) {
                throw new IOException("not a statement row: cut short");
            }
            return buffer[position++] & 0xFF;
        }

        /** Makes at least {@code needed} bytes available from {@code position}; false at the end of the stream. */
        private boolean fill(int needed) throws IOException {
            int available = limit - position;
            if (needed > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(needed, 2 * buffer.length));
            }
            System.arraycopy(buffer, position, buffer, 0, available);
            position = 0;
            limit = available;
            while (limit < needed) {
                int read = in.read(buffer, limit, buffer.length - limit);
                if (read < 0) {
                    return false;
                }
                limit += read;
            }
            return true;
        }
    }
}
