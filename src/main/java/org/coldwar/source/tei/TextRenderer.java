package org.coldwar.source.tei;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Renders an element tree into lines under the text rule, a port of {@code convert.py}'s
 * {@code Renderer}: block elements start a line, footnotes leave the running text for
 * {@link #notes}, {@code <lb/>} is a space, {@code <pb/>} nothing. Lines are raw (not yet collapsed)
 * and carry markers (see {@link PlainText}) for spans, blocks and footnotes, whose {@link Mark}s are
 * listed in the order their opening markers appear.
 */
final class TextRenderer {

    static final Set<String> BLOCK = Set.of("head", "p", "dateline", "item", "label", "closer", "list", "quote",
            "attachment", "row", "table", "opener", "salute", "postscript", "byline", "ab", "lg", "l", "signed",
            "trailer", "div", "listBibl", "bibl");
    static final Set<String> SPAN = Set.of("persName", "placeName", "orgName", "gloss", "date");

    /** A span or block whose place in the final text is to be found; offsets are filled in later. */
    static final class Mark {
        final XmlElement element;
        final boolean block;
        int start = -1;
        int end = -1;

        Mark(XmlElement element, boolean block) {
            this.element = element;
            this.block = block;
        }
    }

    /** A footnote set aside: its element, its raw (flattened) text and the marks inside it. */
    record Note(XmlElement element, String raw, List<Mark> marks) {
    }

    private final boolean flatten;
    private final boolean marking;
    private final XmlElement unmarked;
    private XmlElement nameEnd;
    final List<String> lines = new ArrayList<>();
    final StringBuilder cur = new StringBuilder();
    final List<Note> notes = new ArrayList<>();
    final List<Mark> marks = new ArrayList<>();

    /**
     * @param flatten true inside a footnote: blocks become spaces, notes stay inline
     * @param marking whether to mark spans and blocks (mention markers are always set, as in {@code convert.py})
     * @param unmarked an element not to mark as a block (the document div itself), or null
     */
    TextRenderer(boolean flatten, boolean marking, XmlElement unmarked) {
        this.flatten = flatten;
        this.marking = marking;
        this.unmarked = unmarked;
    }

    /** Puts a {@link PlainText#NAME_END} marker right after {@code element} (List of Persons). */
    TextRenderer markNameEnd(XmlElement element) {
        this.nameEnd = element;
        return this;
    }

    void newline() {
        if (flatten) {
            cur.append(' ');
            return;
        }
        if (cur.length() > 0) {
            lines.add(cur.toString());
        }
        cur.setLength(0);
    }

    void render(XmlElement el, String prevTag) {
        String tag = el.name;
        boolean inlineNote = tag.equals("note") && el.attr("rend").equals("inline");
        if (tag.equals("note") && !inlineNote && !flatten) {
            TextRenderer sub = new TextRenderer(true, marking, null);
            sub.renderInner(el);
            notes.add(new Note(el, sub.cur.toString(), sub.marks));
            cur.append(PlainText.NOTE);
            text(el.tail);
            return;
        }
        if (tag.equals("pb")) {
            text(el.tail);
            return;
        }
        if (tag.equals("lb")) {
            text(" ");
            text(el.tail);
            return;
        }
        boolean isBlock = BLOCK.contains(tag) || inlineNote;
        boolean glued = tag.equals("item") && "label".equals(prevTag);
        if (isBlock && !glued) {
            newline();
        } else if (glued) {
            text(" ");
        }
        boolean blockMark = marking && isBlock && !flatten && el != unmarked;
        if (blockMark) {
            open(el, true, PlainText.OPEN);
        }
        char spanOpen = spanOpen(el);
        if (spanOpen != 0) {
            open(el, false, spanOpen);
        }
        renderInner(el);
        if (spanOpen != 0) {
            cur.append(spanOpen == PlainText.MENTION_OPEN ? PlainText.MENTION_CLOSE : PlainText.CLOSE);
        }
        if (blockMark) {
            cur.append(PlainText.CLOSE);
        }
        if (isBlock && !tag.equals("label")) {
            newline();
        }
        if (el == nameEnd) {
            cur.append(PlainText.NAME_END);
        }
        text(el.tail);
    }

    void renderInner(XmlElement el) {
        text(el.text);
        String prev = null;
        for (XmlElement child : el.children) {
            render(child, prev);
            prev = child.name;
        }
    }

    /** The opening marker for a span, or 0: mention markers for {@code #p_} links, as {@code convert.py} sets them. */
    private char spanOpen(XmlElement el) {
        if (el.name.equals("persName") && el.attr("corresp").startsWith("#p_")) {
            return PlainText.MENTION_OPEN;
        }
        return marking && TeiSpans.isSpan(el) ? PlainText.OPEN : 0;
    }

    private void open(XmlElement el, boolean block, char marker) {
        if (marking) {
            marks.add(new Mark(el, block));
        }
        cur.append(marker);
    }

    private void text(CharSequence s) {
        if (s != null && s.length() > 0) {
            cur.append(s);
        }
    }
}
