package org.coldwar.publish;

import java.util.Arrays;
import java.util.function.BiConsumer;

import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.graph.Node;

/**
 * Writes RDF terms as a Jena formatter writes them, remembering the text of the IRIs and
 * literals written recently (a direct-mapped table by hash), so that a term that comes again (a
 * dump's graph, subject, predicates, classes, entities, recurring values) is formatted once and
 * then copied. Jena's formatters escape an IRI or a literal a character at a time through a
 * writer's interface, which was most of the time of writing a dump. Blank nodes are given to the
 * formatter every time (their labels are its state). {@link #forget} drops what is remembered,
 * for when the formatter's output changes (a new prefix).
 */
final class TermTexts {

    /** How many terms' texts are remembered. */
    static final int SLOTS = 1 << 16;

    private final BiConsumer<AWriter, Node> formatter;
    private final Node[] terms = new Node[SLOTS];
    private final String[] texts = new String[SLOTS];
    private final IndentedLineBuffer buffer = new IndentedLineBuffer();

    /** @param formatter writes a term's text to a writer (a Jena {@code NodeFormatter}'s {@code format}) */
    TermTexts(BiConsumer<AWriter, Node> formatter) {
        this.formatter = formatter;
    }

    /** Writes {@code term} to {@code out} exactly as the formatter would. */
    void write(AWriter out, Node term) {
        if (!term.isURI() && !term.isLiteral()) {
            formatter.accept(out, term);
            return;
        }
        int slot = (term.hashCode() * 0x9E3779B9) >>> 16;
        if (!term.equals(terms[slot])) {
            buffer.clear();
            formatter.accept(buffer, term);
            terms[slot] = term;
            texts[slot] = buffer.asString();
        }
        out.print(texts[slot]);
    }

    void forget() {
        Arrays.fill(terms, null);
        Arrays.fill(texts, null);
    }
}
