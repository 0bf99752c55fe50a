package org.coldwar.publish;

import java.io.IOException;
import java.io.Reader;

/**
 * A buffering reader without locks, for a parser that reads a character at a time. RDF4J's
 * Turtle and TriG parsers call {@code read()} for every character of a dump; through a
 * {@code BufferedReader} each call takes its lock, a sixth of the TriG read-back. Characters are
 * read from the underlying reader a buffer at a time. Not thread-safe.
 */
final class UnsynchronizedReader extends Reader {

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;

    UnsynchronizedReader(Reader in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    @Override
    public int read(char[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position == limit && !fill()) {
            return -1;
        }
        int count = Math.min(length, limit - position);
        System.arraycopy(buffer, position, into, offset, count);
        position += count;
        return count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private boolean fill() throws IOException {
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
        } while (read == 0);
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }
}
