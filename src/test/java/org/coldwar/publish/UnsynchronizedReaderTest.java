package org.coldwar.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** {@link UnsynchronizedReader} gives back the text it reads, whatever mix of reads takes it. */
class UnsynchronizedReaderTest {

    @Test
    void givesTheTextBack() throws IOException {
        StringBuilder text = new StringBuilder();
        Random random = new Random(5);
        while (text.length() < 300_000) {
            text.append("<https://w3id.org/coldwar/entity/e").append(random.nextInt(1000))
                    .append("> Сталин \uD83D\uDE00\n");
        }
        for (int round = 0; round < 3; round++) {
            StringBuilder back = new StringBuilder();
            try (Reader reader = new UnsynchronizedReader(new StringReader(text.toString()))) {
                char[] chunk = new char[100];
                while (true) {
                    if (random.nextBoolean()) {
                        int c = reader.read();
                        if (c == -1) {
                            break;
                        }
                        back.append((char) c);
                    } else {
                        int n = reader.read(chunk, 3, random.nextInt(97));
                        if (n == -1) {
                            break;
                        }
                        back.append(chunk, 3, n);
                    }
                }
                assertEquals(-1, reader.read(), "the end stays the end");
            }
            assertEquals(text.toString(), back.toString(), "round " + round);
        }
    }
}
