package org.coldwar.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.protobuf.ProtobufConvert;
import org.apache.jena.riot.protobuf.wire.PB_RDF;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;

/**
 * Statements as length-delimited rows of Jena's binary RDF Protobuf encoding, one a statement
 * (its terms in a quad row: graph, subject, predicate, object; a triple leaves the graph out),
 * read back without tokenizing text or resolving IRIs. A term equal to the one at the same place
 * in the row before is written as the encoding's REPEAT, so a graph or subject that repeats from
 * row to row (as in sorted runs, or in one source's part, all in one graph) is neither written
 * again nor decoded again. No prefixes: IRIs are written whole.
 */
public final class ProtobufRows {

    private static final PB_RDF.RDF_Term REPEAT = PB_RDF.RDF_Term.newBuilder()
            .setRepeat(PB_RDF.RDF_REPEAT.getDefaultInstance()).build();

    private ProtobufRows() {
    }

    /** Writes rows to a stream; {@link #flush} before the stream is closed. */
    public static final class Writer {
        private final CodedOutputStream coded;
        private Node[] previous;

        public Writer(OutputStream out) {
            this.coded = CodedOutputStream.newInstance(out, 1 << 16);
        }

        /** Writes one statement: three terms (a triple) or four (graph first). */
        public void write(Node... terms) {
            PB_RDF.RDF_Quad.Builder row = PB_RDF.RDF_Quad.newBuilder();
            for (int i = 0; i < terms.length; i++) {
                boolean same = previous != null && previous.length == terms.length && terms[i].equals(previous[i]);
                set(row, i + 4 - terms.length, same ? REPEAT : ProtobufConvert.convert(terms[i], false));
            }
            previous = terms;
            PB_RDF.RDF_Quad built = row.build();
            try {
                coded.writeUInt32NoTag(built.getSerializedSize());
                built.writeTo(coded);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Writes out what is buffered (the underlying stream is neither flushed nor closed). */
        public void flush() {
            try {
                coded.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads rows from a stream, through one coded stream (a delimited parse would make one a row). */
    public static final class Reader {
        private final CodedInputStream coded;
        private Node[] previous;

        public Reader(InputStream in) {
            this.coded = CodedInputStream.newInstance(in, 1 << 16);
        }

        /**
         * The next statement's terms (three, or four with the graph first), or null at the end.
         *
         * @throws UncheckedIOException if the stream cannot be read or is not rows of this kind
         */
        public Node[] next() {
            try {
                if (coded.isAtEnd()) {
                    return null;
                }
                int limit = coded.pushLimit(coded.readRawVarint32());
                PB_RDF.RDF_Quad row = PB_RDF.RDF_Quad.parseFrom(coded);
                coded.popLimit(limit);
                coded.resetSizeCounter();
                int arity = row.hasG() ? 4 : 3;
                Node[] terms = new Node[arity];
                for (int i = 0; i < arity; i++) {
                    PB_RDF.RDF_Term term = get(row, i + 4 - arity);
                    if (term.hasRepeat() && (previous == null || previous.length != arity)) {
                        throw new IOException("a repeated term with no row before it");
                    }
                    terms[i] = term.hasRepeat() ? previous[i] : ProtobufConvert.convert(term);
                }
                previous = terms;
                return terms;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Sets the term at {@code place} of a row: 0 graph, 1 subject, 2 predicate, 3 object. */
    private static void set(PB_RDF.RDF_Quad.Builder row, int place, PB_RDF.RDF_Term term) {
        switch (place) {
            case 0 -> row.setG(term);
            case 1 -> row.setS(term);
            case 2 -> row.setP(term);
            default -> row.setO(term);
        }
    }

    private static PB_RDF.RDF_Term get(PB_RDF.RDF_Quad row, int place) {
        return switch (place) {
            case 0 -> row.getG();
            case 1 -> row.getS();
            case 2 -> row.getP();
            default -> row.getO();
        };
    }
}
