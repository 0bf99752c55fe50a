package org.coldwar.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.Random;

import org.apache.jena.atlas.io.IndentedWriter;
import org.junit.jupiter.api.Test;

/**
 * {@link WholeStringIndentedWriter} writes what Jena's {@link IndentedWriter} writes and keeps
 * its row and column, over random runs of the calls RIOT's block writer makes: strings with and
 * without line breaks (carriage returns, line feeds, both), characters, newlines, indents and pads,
 * flat mode, and (in some rounds) line numbers or a line prefix.
 */
class WholeStringIndentedWriterTest {

    private static final String[] PIECES = {"ex:subject", "<https://example.org/a>", " ;", " .", "\"quoted\"", "a",
        "", "\n", "\r", "\r\n", "line\none", "two\r", "\nthree", "Сталин", "毛泽东", "\uD83D\uDE00"};

    @Test
    void writesWhatJenaWrites() {
        for (int round = 0; round < 50; round++) {
            ByteArrayOutputStream jenaBytes = new ByteArrayOutputStream();
            ByteArrayOutputStream ourBytes = new ByteArrayOutputStream();
            IndentedWriter jena = new IndentedWriter(jenaBytes);
            IndentedWriter ours = new WholeStringIndentedWriter(new Utf8Writer(ourBytes));
            Random random = new Random(round);
            if (round % 7 == 3) {
                jena.setLineNumbers(true);
                ours.setLineNumbers(true);
            } else if (round % 7 == 5) {
                jena.setLinePrefix("# ");
                ours.setLinePrefix("# ");
            }
            for (int call = 0; call < 2_000; call++) {
                int what = random.nextInt(12);
                String piece = PIECES[random.nextInt(PIECES.length)];
                int number = random.nextInt(6);
                boolean flat = round % 5 == 0 && random.nextInt(50) == 0;
                for (IndentedWriter writer : new IndentedWriter[] {jena, ours}) {
                    apply(writer, what, piece, number, flat);
                }
                assertEquals(jena.getCol(), ours.getCol(), "column, round " + round + ", call " + call);
                assertEquals(jena.getRow(), ours.getRow(), "row, round " + round + ", call " + call);
            }
            jena.flush();
            ours.flush();
            assertArrayEquals(jenaBytes.toByteArray(), ourBytes.toByteArray(), "round " + round);
        }
    }

    private static void apply(IndentedWriter writer, int what, String piece, int number, boolean flat) {
        switch (what) {
            case 0, 1, 2, 3, 4 -> writer.print(piece);
            case 5 -> writer.print(piece.isEmpty() ? 'x' : piece.charAt(0));
            case 6 -> writer.print(piece.toCharArray());
            case 7 -> writer.println();
            case 8 -> writer.incIndent(number);
            case 9 -> writer.setAbsoluteIndent(Math.max(0, writer.getAbsoluteIndent() - number));
            case 10 -> writer.pad(number * 3);
            default -> {
                writer.print(piece.isEmpty() ? ' ' : piece.charAt(piece.length() - 1), number);
                if (flat) {
                    writer.setFlatMode(!writer.inFlatMode());
                }
            }
        }
    }
}
