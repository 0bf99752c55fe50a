package org.coldwar.publish;

import java.io.OutputStream;

import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.writer.WriterStreamRDFBlocks;
import org.apache.jena.riot.writer.WriterStreamRDFPlain;

/**
 * RIOT's streaming writers of the dumps' text formats, writing the same bytes as
 * {@code StreamRDFWriter.getWriterStream} gives for {@code NQUADS_UTF8}, {@code NTRIPLES_UTF8},
 * {@code TRIG_BLOCKS} and {@code TURTLE_BLOCKS}, with each term's text remembered
 * ({@link TermTexts}) instead of formatted at each occurrence. The block writer prints a string
 * at a time ({@link WholeStringIndentedWriter}) into a {@link Utf8Writer}; the line writer's
 * Jena buffer already hands the JDK's encoder large runs of characters.
 */
final class TermTextWriters {

    private TermTextWriters() {
    }

    /** N-Quads or N-Triples in UTF-8, a statement a line: a quad's line has its graph, a triple's not. */
    static StreamRDF lines(OutputStream out) {
        AWriter writer = IO.wrapUTF8(out);
        return new WriterStreamRDFPlain(writer, new RememberingNT());
    }

    /** TriG (quads) or Turtle (triples) in blocks of one subject, prefixes first. */
    static StreamRDF blocks(OutputStream out) {
        return new RememberingBlocks(out);
    }

    private static final class RememberingNT extends NodeFormatterNT {
        private final TermTexts texts = new TermTexts(super::format);

        RememberingNT() {
            super(CharSpace.UTF8);
        }

        @Override
        public void format(AWriter out, Node term) {
            texts.write(out, term);
        }
    }

    private static final class RememberingBlocks extends WriterStreamRDFBlocks {
        private final TermTexts texts = new TermTexts((out, term) -> fmt.format(out, term));

        RememberingBlocks(OutputStream out) {
            super(new WholeStringIndentedWriter(new Utf8Writer(out)), RIOT.getContext());
        }

        @Override
        protected void outputNode(Node term) {
            texts.write(out, term);
        }

        @Override
        protected void prefixSetup(String prefix, String iri) {
            super.prefixSetup(prefix, iri);
            texts.forget();
        }
    }
}
