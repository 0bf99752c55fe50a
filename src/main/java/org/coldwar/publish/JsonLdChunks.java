package org.coldwar.publish;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Cuts a JSON-LD document of the form our dumps have, {@code {"@context": {...}, "@graph": [...]}}
 * (the context first), into standalone documents with the same context, each holding one named
 * graph ({@code {"@id": g, "@graph": [...]}}) or a batch of default-graph node objects. The
 * documents together have exactly the statements of the whole (given no blank node is shared
 * between top-level entries, as in our dumps, which have none), and only one entry is held in
 * memory at a time, never the whole document. The cut is made on the text: the document's frame
 * (its two keys, the array of entries and the commas between them) is read here, and each entry
 * is copied as it is, its brackets matched outside strings, once, into the document the JSON-LD
 * parser reads, which is given to it as a reader over that buffer; a tree of each entry, written
 * out again, had taken a sixth of the JSON-LD read-back, and copying each entry into a string of
 * its own, then into a string of its document, had made the read-back of the seeds' dump about 4%
 * slower.
 */
final class JsonLdChunks {

    /** Default-graph node objects per document. */
    private static final int BATCH = 1000;

    private final Reader in;
    private final Consumer<Reader> chunk;
    /** The document being made: the context's frame, then the entry being copied or the batch. */
    private final StringBuilder chunkText = new StringBuilder();
    private int frameLength;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;

    private JsonLdChunks(Reader in, Consumer<Reader> chunk) {
        this.in = in;
        this.chunk = chunk;
    }

    /**
     * Gives {@code chunk} each document in turn, as a reader of its text that is valid only until
     * {@code chunk} returns. Throws {@link IllegalArgumentException} if the document is not of the
     * form above.
     */
    static void split(Reader in, Consumer<Reader> chunk) {
        try {
            new JsonLdChunks(in, chunk).document();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void document() throws IOException {
        expect('{');
        String context = null;
        boolean graphSeen = false;
        do {
            String key = string();
            expect(':');
            if (key.equals("@context") && !graphSeen && peekSignificant() == '{') {
                StringBuilder text = new StringBuilder();
                object(text);
                context = text.toString();
            } else if (key.equals("@graph") && context != null && peekSignificant() == '[') {
                graphSeen = true;
                entries(context);
            } else {
                throw new IllegalArgumentException("not a dump of ours: top-level \"" + key + "\"");
            }
        } while (separator('}'));
        if (!graphSeen) {
            throw new IllegalArgumentException("not a dump of ours: no top-level \"@graph\" after \"@context\"");
        }
        if (peekSignificant() != -1) {
            throw new IllegalArgumentException("not a dump of ours: text after the document");
        }
    }

    private void entries(String context) throws IOException {
        expect('[');
        if (peekSignificant() == ']') {
            read();
            return;
        }
        chunkText.setLength(0);
        chunkText.append("{\"@context\":").append(context).append(",\"@graph\":[");
        frameLength = chunkText.length();
        StringBuilder defaultNodes = new StringBuilder();
        int batched = 0;
        do {
            chunkText.setLength(frameLength);
            boolean namedGraph = object(chunkText);
            if (namedGraph) {
                give();
            } else {
                defaultNodes.append(batched == 0 ? "" : ",").append(chunkText, frameLength, chunkText.length());
                if (++batched == BATCH) {
                    give(defaultNodes);
                    batched = 0;
                }
            }
        } while (separator(']'));
        if (batched > 0) {
            give(defaultNodes);
        }
    }

    /** Gives the document made of the frame and {@code entries}, which it empties. */
    private void give(StringBuilder entries) {
        chunkText.setLength(frameLength);
        chunkText.append(entries);
        entries.setLength(0);
        give();
    }

    /** Closes the document (the frame and the entries copied after it) and gives it. */
    private void give() {
        chunkText.append("]}");
        chunk.accept(new BufferReader(chunkText));
    }

    /** A reader of a buffer's characters, without the lock of {@link java.io.CharArrayReader}'s reads. */
    private static final class BufferReader extends Reader {
        private final StringBuilder text;
        private int next;

        BufferReader(StringBuilder text) {
            this.text = text;
        }

        @Override
        public int read(char[] into, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (next == text.length()) {
                return -1;
            }
            int count = Math.min(length, text.length() - next);
            text.getChars(next, next + count, into, offset);
            next += count;
            return count;
        }

        @Override
        public void close() {
        }
    }

    /**
     * Copies the next value, an object (the context, an entry), into {@code text}; returns true if
     * it has a key {@code "@graph"} of its own. Characters between brackets and quotes are copied a
     * run at a time from the buffer.
     */
    private boolean object(StringBuilder text) throws IOException {
        if (peekSignificant() != '{') {
            throw new IllegalArgumentException("not a dump of ours: an object belongs here");
        }
        boolean graphKey = false;
        int depth = 0;
        while (true) {
            char c = copyThroughNext(text, false);
            if (c == '"') {
                int keyStart = text.length();
                copyString(text);
                if (depth == 1 && peekSignificant() == ':' && text.length() - keyStart == "@graph\"".length()
                        && text.indexOf("@graph\"", keyStart) == keyStart) {
                    graphKey = true;
                }
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (--depth == 0) {
                return graphKey;
            }
        }
    }

    /**
     * Copies a string's characters after its opening quote (read), up to and with its closing
     * quote.
     */
    private void copyString(StringBuilder text) throws IOException {
        while (copyThroughNext(text, true) == '\\') {
            int escaped = read();
            if (escaped == -1) {
                throw new IllegalArgumentException("not a dump of ours: the document ends inside a string");
            }
            text.append((char) escaped);
        }
    }

    /**
     * Copies characters into {@code text} up to and with the next one that matters, a run at a time
     * from the buffer, and returns that one: a quote or a backslash inside a string, a quote or a
     * bracket outside one.
     */
    private char copyThroughNext(StringBuilder text, boolean inString) throws IOException {
        while (true) {
            if (position == limit && !fill()) {
                throw new IllegalArgumentException("not a dump of ours: the document ends inside "
                        + (inString ? "a string" : "a value"));
            }
            int start = position;
            while (position < limit && !matters(buffer[position], inString)) {
                position++;
            }
            text.append(buffer, start, position - start);
            if (position < limit) {
                char c = buffer[position++];
                text.append(c);
                return c;
            }
        }
    }

    private static boolean matters(char c, boolean inString) {
        return c == '"' || (inString ? c == '\\' : c == '{' || c == '[' || c == '}' || c == ']');
    }

    /** Reads a key: a string without escapes (the frame's keys are {@code @context} and {@code @graph}). */
    private String string() throws IOException {
        expect('"');
        StringBuilder key = new StringBuilder();
        for (int c = read(); c != '"'; c = read()) {
            if (c == -1 || c == '\\') {
                throw new IllegalArgumentException("not a dump of ours: a top-level key is not a plain string");
            }
            key.append((char) c);
        }
        return key.toString();
    }

    /** After a member: true at a comma (another follows), false at {@code close}; anything else is refused. */
    private boolean separator(char close) throws IOException {
        int c = readSignificant();
        if (c == ',') {
            return true;
        }
        if (c == close) {
            return false;
        }
        throw new IllegalArgumentException("not a dump of ours: " + describe(c) + " where ',' or '" + close
                + "' belongs");
    }

    private void expect(char expected) throws IOException {
        int c = readSignificant();
        if (c != expected) {
            throw new IllegalArgumentException("not a dump of ours: " + describe(c) + " where '" + expected
                    + "' belongs");
        }
    }

    private static String describe(int c) {
        return c == -1 ? "the end" : "'" + (char) c + "'";
    }

    private int readSignificant() throws IOException {
        int c = peekSignificant();
        read();
        return c;
    }

    private int peekSignificant() throws IOException {
        while (peek() != -1 && Character.isWhitespace(peek())) {
            read();
        }
        return peek();
    }

    private int peek() throws IOException {
        return position < limit || fill() ? buffer[position] : -1;
    }

    /** Reads more characters into the empty buffer; false at the end of the input. */
    private boolean fill() throws IOException {
        limit = Math.max(in.read(buffer, 0, buffer.length), 0);
        position = 0;
        return limit > 0;
    }

    private int read() throws IOException {
        int c = peek();
        if (c != -1) {
            position++;
        }
        return c;
    }
}
