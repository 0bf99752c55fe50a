package org.coldwar.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A writer encoding characters to UTF-8 into its own byte buffer, for the dumps' writers, which
 * write a term or a few characters at a time. It writes the same bytes as an
 * {@code OutputStreamWriter} in UTF-8 (a lone surrogate becomes {@code ?}), without the locking,
 * buffer wrapping and encoder calls that the JDK's writer pays on every small write: a string is
 * encoded by {@code String.getBytes} (whose ASCII path copies arrays) unless a surrogate pair
 * may be cut at its end, and single characters one by one.
 * {@link #flush} hands the buffered bytes to the stream but does not flush the stream: RIOT's
 * Turtle writer flushes after every subject, and a flushed file stream is a system call each
 * time. The bytes reach the file when the stream is flushed or closed; {@link #close} closes it.
 * Not thread-safe.
 */
final class Utf8Writer extends Writer {

    private static final byte REPLACEMENT = '?';

    private final OutputStream out;
    private final byte[] bytes = new byte[1 << 16];
    private int length;
    /** A high surrogate whose low surrogate may come with the next write; 0 if none. */
    private char pendingHigh;

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        encode((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int count) throws IOException {
        if (pendingHigh != 0 || count == 0 || Character.isHighSurrogate(chars[offset + count - 1])) {
            for (int i = offset, end = offset + count; i < end; i++) {
                encode(chars[i]);
            }
        } else {
            put(new String(chars, offset, count).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void write(String text, int offset, int count) throws IOException {
        if (pendingHigh != 0 || count == 0 || Character.isHighSurrogate(text.charAt(offset + count - 1))) {
            for (int i = offset, end = offset + count; i < end; i++) {
                encode(text.charAt(i));
            }
        } else {
            String part = offset == 0 && count == text.length() ? text : text.substring(offset, offset + count);
            put(part.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Hands the buffered bytes to the stream, which is not flushed. */
    @Override
    public void flush() throws IOException {
        drain();
    }

    /** Writes a pending lone high surrogate as {@code ?}, hands on the bytes and closes the stream. */
    @Override
    public void close() throws IOException {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            put(REPLACEMENT);
        }
        drain();
        out.close();
    }

    private void encode(char c) throws IOException {
        if (length > bytes.length - 4) {
            drain();
        }
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int codePoint = Character.toCodePoint(high, c);
                put((byte) (0xF0 | codePoint >> 18));
                put((byte) (0x80 | codePoint >> 12 & 0x3F));
                put((byte) (0x80 | codePoint >> 6 & 0x3F));
                put((byte) (0x80 | codePoint & 0x3F));
                return;
            }
            put(REPLACEMENT);
        }
        if (c < 0x80) {
            put((byte) c);
        } else if (c < 0x800) {
            put((byte) (0xC0 | c >> 6));
            put((byte) (0x80 | c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            put(REPLACEMENT);
        } else {
            put((byte) (0xE0 | c >> 12));
            put((byte) (0x80 | c >> 6 & 0x3F));
            put((byte) (0x80 | c & 0x3F));
        }
    }

    private void put(byte b) {
        bytes[length++] = b;
    }

    private void put(byte[] encoded) throws IOException {
        if (encoded.length > bytes.length - length) {
            drain();
            if (encoded.length > bytes.length) {
                out.write(encoded);
                return;
            }
        }
        System.arraycopy(encoded, 0, bytes, length, encoded.length);
        length += encoded.length;
    }

    private void drain() throws IOException {
        if (length > 0) {
            out.write(bytes, 0, length);
            length = 0;
        }
    }
}
