package org.coldwar.extract.auto;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits a text into sentences, layout first: every line (a heading, a dateline, a list item, a
 * paragraph of the TEI plain text) is split on its own by Apache OpenNLP's English sentence
 * detector ({@value #MODEL}), so that a heading never merges into the sentence after it.
 * Thread-safe: each thread gets its own detector over the shared, immutable model.
 */
public final class Sentences {

    /** The class-path name of the OpenNLP model (artifact opennlp-models-sentdetect-en 1.3.0). */
    public static final String MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    /** The Maven coordinates of the model, for provenance. */
    public static final String MODEL_ARTIFACT = "org.apache.opennlp:opennlp-models-sentdetect-en:1.3.0";

    private static final SentenceModel SHARED = load();

    private final ThreadLocal<SentenceDetectorME> detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(SHARED));

    /** A sentence: code point offsets into the text, end exclusive. */
    public record Sentence(int start, int end) {
    }

    /** The sentences of {@code text}, in order, each within one line, trimmed of white space. */
    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        int codePoint = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            for (Span span : detector.get().sentPosDetect(line)) {
                int from = codePoint + line.codePointCount(0, span.getStart());
                int to = codePoint + line.codePointCount(0, span.getEnd());
                if (to > from) {
                    sentences.add(new Sentence(from, to));
                }
            }
            codePoint += line.codePointCount(0, line.length()) + 1;
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static SentenceModel load() {
        try (InputStream in = Sentences.class.getResourceAsStream("/" + MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the sentence model " + MODEL + " is not on the class path");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sentence model " + MODEL, e);
        }
    }
}
