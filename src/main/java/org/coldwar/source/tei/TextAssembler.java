package org.coldwar.source.tei;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Joins collapsed, marked lines into the final text and reads the markers off as code-point
 * offsets: each opening marker takes the next {@link TextRenderer.Mark} in order, each closing
 * marker ends the innermost open one, each footnote marker records where the note stood. Markers on
 * a dropped line take the offset where the next line will start.
 */
final class TextAssembler {

    private final StringBuilder text = new StringBuilder();
    private final Iterator<TextRenderer.Mark> marks;
    private final Deque<TextRenderer.Mark> open = new ArrayDeque<>();
    private final List<Integer> noteMarkers = new ArrayList<>();
    private int position;

    /** @param marks every mark, in the order their opening markers will be met */
    TextAssembler(List<TextRenderer.Mark> marks) {
        this.marks = marks.iterator();
    }

    /** Adds a collapsed line, followed by a line end unless {@code keep} is false (then only its markers count). */
    void line(String collapsed, boolean keep) {
        consume(collapsed, keep);
        if (keep) {
            text.append('\n');
            position++;
        }
    }

    /** Adds a collapsed, marked piece of text to the current line. */
    void inline(String collapsed) {
        consume(collapsed, true);
    }

    private void consume(String collapsed, boolean keep) {
        for (int i = 0; i < collapsed.length(); ) {
            int c = collapsed.codePointAt(i);
            i += Character.charCount(c);
            if (c == PlainText.MENTION_OPEN || c == PlainText.OPEN) {
                TextRenderer.Mark mark = marks.next();
                mark.start = position;
                open.push(mark);
            } else if (c == PlainText.MENTION_CLOSE || c == PlainText.CLOSE) {
                open.pop().end = position;
            } else if (c == PlainText.NOTE) {
                noteMarkers.add(position);
            } else if (keep) {
                text.appendCodePoint(c);
                position++;
            }
        }
    }

    /** Adds plain text (no markers) to the current line. */
    void append(String plain) {
        text.append(plain);
        position += plain.codePointCount(0, plain.length());
    }

    /** The current offset in code points. */
    int position() {
        return position;
    }

    /** Where each footnote marker stood, in order. */
    List<Integer> noteMarkers() {
        return noteMarkers;
    }

    String text() {
        if (marks.hasNext() || !open.isEmpty()) {
            throw new IllegalStateException("unbalanced markers");
        }
        return text.toString();
    }
}
