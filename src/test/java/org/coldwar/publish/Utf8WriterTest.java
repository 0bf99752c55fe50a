package org.coldwar.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link Utf8Writer} writes the bytes an {@code OutputStreamWriter} in UTF-8 writes, whatever the
 * characters (one to four bytes, surrogate pairs split between writes, lone surrogates) and
 * however the text is cut into writes; its flush hands bytes on without flushing the stream.
 */
class Utf8WriterTest {

    private static final char[] ALPHABET = {'a', 'Z', '<', '"', '\n', '\r', 'é', 'ß', '\u07FF', '\u0800', 'Я', '中',
        '\uFFFD', '\uFFFF', '\uD83D', '\uDE00', '\uD800', '\uDFFF'};

    @Test
    void writesWhatTheJdkWriterWrites() throws IOException {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(round < 190 ? 300 : 200_000);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            ByteArrayOutputStream jdk = new ByteArrayOutputStream();
            ByteArrayOutputStream ours = new ByteArrayOutputStream();
            writeInPieces(text.toString(), new OutputStreamWriter(jdk, StandardCharsets.UTF_8), new Random(round));
            writeInPieces(text.toString(), new Utf8Writer(ours), new Random(round));
            assertArrayEquals(jdk.toByteArray(), ours.toByteArray(), "round " + round + ": " + text);
            if (text.length() > 100_000) {
                ByteArrayOutputStream whole = new ByteArrayOutputStream();
                try (Writer writer = new Utf8Writer(whole)) {
                    writer.write(text.toString());  // larger than the writer's buffer
                }
                assertArrayEquals(jdk.toByteArray(), whole.toByteArray(), "round " + round + ", one write");
            }
        }
    }

    @Test
    void flushHandsBytesOnWithoutFlushingTheStream() throws IOException {
        int[] flushes = {0};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
            @Override
            public void flush() {
                flushes[0]++;
            }
        };
        Writer writer = new Utf8Writer(bytes);
        writer.write("Сталин");
        assertEquals(0, bytes.size(), "buffered until flushed");
        writer.flush();
        assertEquals("Сталин", bytes.toString(StandardCharsets.UTF_8));
        assertEquals(0, flushes[0]);
        writer.close();
        assertTrue(flushes[0] <= 1, "closing the stream may flush it");
    }

    /** Writes {@code text} in random pieces, by each of a writer's methods, flushing now and then. */
    private static void writeInPieces(String text, Writer writer, Random random) throws IOException {
        int at = 0;
        while (at < text.length()) {
            int end = Math.min(text.length(), at + 1 + random.nextInt(40));
            switch (random.nextInt(5)) {
                case 0 -> {
                    writer.write(text.charAt(at));
                    end = at + 1;
                }
                case 1 -> writer.write(text, at, end - at);
                case 2 -> writer.write(text.substring(at, end).toCharArray());
                case 3 -> writer.append(text, at, end);
                default -> {
                    writer.flush();
                    continue;
                }
            }
            at = end;
        }
        writer.close();
    }
}
