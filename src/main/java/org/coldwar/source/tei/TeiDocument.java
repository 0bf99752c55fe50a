package org.coldwar.source.tei;

import java.util.List;
import java.util.Objects;

/**
 * One TEI document of an edition (a {@code <div type="document">}, as the Office of the
 * Historian publishes FRUS), read into the plain text that every offset of the release counts
 * in (code points), with what the editors marked up, each span located in that text.
 *
 * <p>The text rule (the same as the FRUS corpus's {@code convert.py}): tags are dropped and their
 * text kept in document order; block elements start a new line; footnotes leave the running text
 * and follow a line {@code Notes:}, one line each, prefixed {@code [n] }; {@code <lb/>} is a space;
 * white space runs collapse; lines are stripped, empty ones dropped; NFC; a final newline.
 *
 * @param id the document's {@code xml:id} ({@code d1})
 * @param fileName the file it was read from ({@code d1.xml})
 * @param title the text of its {@code <head>}, footnotes set aside
 * @param text the plain text
 * @param dateMin the {@code frus:doc-dateTime-min} attribute as written, or empty
 * @param dateMax the {@code frus:doc-dateTime-max} attribute as written, or empty
 * @param dateline the dateline's text ("Washington, January 4, 1955."), or empty
 * @param spans editors' annotations ({@code persName}, {@code placeName}, {@code orgName},
 *     {@code gloss}, {@code date}) in text order
 * @param notes the footnotes in order of appearance
 * @param blocks the block elements whose text forms the lines, in text order (layout for
 *     sentence splitting; XPath for selectors)
 */
public record TeiDocument(String id, String fileName, String title, String text, String dateMin, String dateMax,
        String dateline, List<TeiSpan> spans, List<TeiNote> notes, List<TeiBlock> blocks) {

    public TeiDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans);
        notes = List.copyOf(notes);
        blocks = List.copyOf(blocks);
    }

    /**
     * An element the editors marked up, located in the plain text.
     *
     * @param element the local name ({@code persName}, {@code placeName}, {@code orgName}, {@code gloss}, {@code date})
     * @param start code point offset into {@link TeiDocument#text()}, inclusive
     * @param end code point offset, exclusive; the span is trimmed of outer white space
     * @param text the span's text, {@code start} to {@code end} of {@link TeiDocument#text()} in code points
     * @param ref what the element points to: {@code corresp} ({@code p_DJF1}, without '#'),
     *     {@code target} ({@code t_NSC1}), {@code when} for a date, else the {@code type} or empty
     * @param xpath an XPath to the element within the document's div, e.g. {@code /div[1]/p[3]/persName[1]}
     *     (local names, {@code frus:} for the FRUS namespace, positions among same-named siblings)
     * @param type the element's {@code type} attribute ({@code from} and {@code to} mark the sender
     *     and recipient in a FRUS heading), or empty
     */
    public record TeiSpan(String element, int start, int end, String text, String ref, String type, String xpath) {

        /** A span whose element has no {@code type}. */
        public TeiSpan(String element, int start, int end, String text, String ref, String xpath) {
            this(element, start, end, text, ref, "", xpath);
        }
    }

    /**
     * A footnote: its line after {@code Notes:} (the {@code [n] } prefix excluded) and the place in
     * the running text where its marker stood.
     *
     * @param type the note's {@code type} ({@code source} for the source note), or empty
     * @param start code point offset of the note's text on its line after {@code Notes:}
     * @param end code point offset, exclusive (the line's end)
     * @param markerOffset code point offset in the running text where the note was
     */
    public record TeiNote(String n, String xmlId, String type, int start, int end, int markerOffset, String xpath) {
    }

    /**
     * A block element's line(s) in the running text, e.g. a {@code head}, {@code dateline}, {@code p} or
     * {@code item}, trimmed of outer white space; nested blocks (a {@code list} and its items) each have
     * one. Blocks inside footnotes and blocks without text are not listed.
     */
    public record TeiBlock(String element, int start, int end, String xpath) {
    }
}
