package org.coldwar.publish;

import java.util.Arrays;
import java.util.function.BiConsumer;

import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.AWriterBase;
import org.apache.jena.graph.Node;

/**
 * Writes RDF terms as a Jena formatter writes them, remembering the text of the IRIs and
 * literals written recently (a direct-mapped table by hash), so that a term that comes again (a
 * dump's graph, subject, predicates, classes, entities, recurring values) is formatted once and
 * then copied. Jena's formatters escape an IRI or a literal a character at a time through a
 * writer's interface, which was most of the line writers' time. Blank nodes are given to the
 * formatter every time (their labels are its state), and so are long literals. {@link #forget}
 * drops what is remembered, for when the formatter's output changes (a new prefix).
 */
final class TermTexts {

    /** How many terms' texts are remembered. */
    static final int SLOTS = 1 << 16;

    private final BiConsumer<AWriter, Node> formatter;
    private final Node[] terms = new Node[SLOTS];
    /**
     * The remembered terms' hash codes, compared first: a term not remembered is mostly told
     * apart from the one in its slot without reading that one from memory.
     */
    private final int[] hashes = new int[SLOTS];
    private final String[] texts = new String[SLOTS];
    private final TextBuffer buffer = new TextBuffer();

    /** @param formatter writes a term's text to a writer (a Jena {@code NodeFormatter}'s {@code format}) */
    TermTexts(BiConsumer<AWriter, Node> formatter) {
        this.formatter = formatter;
    }

    /**
     * Literals longer than this are written by the formatter at each occurrence: mostly quotes,
     * each written once, whose copy into the table would cost more than it saves.
     */
    static final int LONGEST_REMEMBERED_LITERAL = 100;

    /** Writes {@code term} to {@code out} exactly as the formatter would. */
    void write(AWriter out, Node term) {
        if (!term.isURI() && !(term.isLiteral()
                && term.getLiteralLexicalForm().length() <= LONGEST_REMEMBERED_LITERAL)) {
            formatter.accept(out, term);
            return;
        }
        int hash = term.hashCode();
        int slot = (hash * 0x9E3779B9) >>> 16;
        if (hashes[slot] != hash || !term.equals(terms[slot])) {
            buffer.text.setLength(0);
            formatter.accept(buffer, term);
            terms[slot] = term;
            hashes[slot] = hash;
            texts[slot] = buffer.text.toString();
        }
        out.print(texts[slot]);
    }

    void forget() {
        Arrays.fill(terms, null);
        Arrays.fill(hashes, 0);
        Arrays.fill(texts, null);
    }

    /**
     * A writer into a string builder, character for character (no indentation, no line handling);
     * Jena's base class makes each {@code write} a {@code print}.
     */
    private static final class TextBuffer extends AWriterBase {
        final StringBuilder text = new StringBuilder();

        @Override
        public void print(char c) {
            text.append(c);
        }

        @Override
        public void print(char[] chars) {
            text.append(chars);
        }

        @Override
        public void print(String string) {
            text.append(string);
        }

        @Override
        public void printf(String format, Object... args) {
            text.append(String.format(format, args));
        }

        @Override
        public void println(String string) {
            text.append(string).append('\n');
        }

        @Override
        public void println() {
            text.append('\n');
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
