package org.coldwar.publish;

import java.io.IOException;
import java.io.Writer;

import org.apache.jena.atlas.io.IO;
import org.apache.jena.atlas.io.IndentedWriter;

/**
 * Jena's {@link IndentedWriter}, printing a string with no line break in it whole rather than a
 * character at a time. Jena's writer passes each character through its line logic (indent,
 * column, carriage returns) and into its writer one by one, which was most of the time of the
 * Turtle and TriG dumps' writer. Mid-line, that logic comes down to padding to the indent once,
 * writing the string and advancing the column, which is what this writer does, and at the start
 * of a line to padding to the indent and leaving the line's start behind. With line numbers or a
 * line prefix at the start of a line, in flat mode, for a string holding a line break, and right
 * after a carriage return (whose following line feed Jena's writer swallows) it leaves the string
 * to Jena's writer. The written characters, the row and the column are the same either way.
 */
final class WholeStringIndentedWriter extends IndentedWriter {

    /** Whether the last character Jena's writer printed was a carriage return. */
    private boolean afterCarriageReturn;

    WholeStringIndentedWriter(Writer out) {
        super(out);
    }

    @Override
    public void print(String text) {
        if (text == null || text.isEmpty() || flatMode || afterCarriageReturn || hasLineBreak(text)
                || startingNewLine && (lineNumbers || getLinePrefix() != null)) {
            super.print(text);
            if (text != null && !text.isEmpty()) {
                afterCarriageReturn = text.charAt(text.length() - 1) == '\r';
            }
            return;
        }
        pad();
        startingNewLine = false;
        try {
            out.write(text);
        } catch (IOException e) {
            IO.exception(e);
        }
        column += text.length();
    }

    @Override
    public void print(char c) {
        super.print(c);
        afterCarriageReturn = c == '\r';
    }

    @Override
    public void print(char[] chars) {
        super.print(chars);
        if (chars.length > 0) {
            afterCarriageReturn = chars[chars.length - 1] == '\r';
        }
    }

    @Override
    public void print(char c, int times) {
        super.print(c, times);
        if (times > 0) {
            afterCarriageReturn = c == '\r';
        }
    }

    private static boolean hasLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
