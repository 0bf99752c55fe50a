package org.coldwar.source.tei;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.coldwar.problem.InvalidDataException;
import org.coldwar.problem.Location;
import org.coldwar.problem.Problem;
import org.coldwar.source.TextFiles;

/**
 * Reads one TEI document ({@code <div type="document">}, bare as cut from a FRUS volume) into a
 * {@link TeiDocument} whose text is exactly what the FRUS corpus's {@code convert.py} writes to
 * {@code dN.txt}. Stateless and thread-safe.
 *
 * <p>Every problem (unreadable or non-UTF-8 file, XML that is not well-formed, a DTD or entity
 * declaration, a fragment that is not one document div with an {@code xml:id}) is thrown as an
 * {@link InvalidDataException} whose single {@link Problem} names {@code file:line}.
 */
public final class TeiReader {

    /** Reads {@code file} (strict UTF-8); problems name it as {@code shownAs}, e.g. {@code seeds/d1.xml}. */
    public TeiDocument read(Path file, String shownAs) {
        return parse(TextFiles.readUtf8(file, shownAs), shownAs);
    }

    /**
     * Parses the text of a document div. {@link TeiDocument#fileName()} is the last path segment of
     * {@code shownAs}.
     */
    public TeiDocument parse(String xml, String shownAs) {
        XmlElement div = documentDiv(new TeiFragmentParser(shownAs).parse(xml), shownAs);
        TextRenderer renderer = new TextRenderer(false, true, div);
        renderer.render(div, null);
        renderer.newline();

        List<TextRenderer.Mark> marks = new ArrayList<>(renderer.marks);
        renderer.notes.forEach(note -> marks.addAll(note.marks()));
        TextAssembler out = new TextAssembler(marks);
        for (String line : renderer.lines) {
            String collapsed = PlainText.collapse(line);
            out.line(collapsed, PlainText.keepsLine(collapsed));
        }
        List<TeiDocument.TeiNote> notes = notes(renderer.notes, out);
        String text = out.text();
        int[] codePoints = text.codePoints().toArray();

        return new TeiDocument(div.attr(XmlElement.XML, "id"), fileName(shownAs), singleLine(div.findChild("head")),
                text, div.attr(XmlElement.FRUS, "doc-dateTime-min"), div.attr(XmlElement.FRUS, "doc-dateTime-max"),
                singleLine(div.findChild("dateline")), spans(marks, codePoints), notes, blocks(marks, codePoints));
    }

    private static XmlElement documentDiv(XmlElement wrapper, String shownAs) {
        if (wrapper.children.size() != 1) {
            int line = wrapper.children.size() > 1 ? wrapper.children.get(1).line : 1;
            throw new InvalidDataException(Problem.at(new Location(shownAs, line),
                    "expected exactly one top-level element, found " + wrapper.children.size()));
        }
        XmlElement div = wrapper.children.get(0);
        if (!div.isTei("div") || !div.attr("type").equals("document")) {
            throw new InvalidDataException(Problem.at(new Location(shownAs, div.line),
                    "not a TEI document div (<div type=\"document\">)",
                    "<" + XmlElement.stepName(div.namespace, div.name) + " type=\"" + div.attr("type") + "\">"));
        }
        if (div.attr(XmlElement.XML, "id").isEmpty()) {
            throw new InvalidDataException(Problem.at(new Location(shownAs, div.line),
                    "document div has no xml:id"));
        }
        return div;
    }

    /** The "Notes:" section: one line per footnote, prefixed {@code [n] }. */
    private static List<TeiDocument.TeiNote> notes(List<TextRenderer.Note> rendered, TextAssembler out) {
        List<TeiDocument.TeiNote> notes = new ArrayList<>();
        if (rendered.isEmpty()) {
            return notes;
        }
        out.append("Notes:\n");
        for (int i = 0; i < rendered.size(); i++) {
            XmlElement el = rendered.get(i).element();
            String n = el.attr("n");
            out.append(n.isEmpty() ? "" : "[" + n + "] ");
            int start = out.position();
            out.inline(PlainText.collapse(rendered.get(i).raw()));
            int end = out.position();
            out.append("\n");
            notes.add(new TeiDocument.TeiNote(n, el.attr(XmlElement.XML, "id"), el.attr("type"), start, end,
                    out.noteMarkers().get(i), el.xpath));
        }
        return notes;
    }

    private static List<TeiDocument.TeiSpan> spans(List<TextRenderer.Mark> marks, int[] text) {
        List<TeiDocument.TeiSpan> spans = new ArrayList<>();
        for (TextRenderer.Mark mark : marks) {
            int[] range = trimmed(mark, text);
            if (!mark.block && range[1] > range[0]) {
                spans.add(new TeiDocument.TeiSpan(mark.element.name, range[0], range[1],
                        new String(text, range[0], range[1] - range[0]), TeiSpans.ref(mark.element),
                        mark.element.attr("type"), mark.element.xpath));
            }
        }
        spans.sort(Comparator.comparingInt(TeiDocument.TeiSpan::start).thenComparingInt(TeiDocument.TeiSpan::end)
                .thenComparing(TeiDocument.TeiSpan::xpath));
        return spans;
    }

    private static List<TeiDocument.TeiBlock> blocks(List<TextRenderer.Mark> marks, int[] text) {
        List<TeiDocument.TeiBlock> blocks = new ArrayList<>();
        for (TextRenderer.Mark mark : marks) {
            int[] range = trimmed(mark, text);
            if (mark.block && range[1] > range[0]) {
                blocks.add(new TeiDocument.TeiBlock(mark.element.name, range[0], range[1], mark.element.xpath));
            }
        }
        return blocks;
    }

    /** The mark's range without outer white space (line ends included). */
    private static int[] trimmed(TextRenderer.Mark mark, int[] text) {
        int start = mark.start;
        int end = mark.end;
        while (start < end && PlainText.isSpace(text[start])) {
            start++;
        }
        while (end > start && PlainText.isSpace(text[end - 1])) {
            end--;
        }
        return new int[] {start, end};
    }

    /** A head's or dateline's text on one line, its footnotes set aside ("" when absent). */
    private static String singleLine(XmlElement el) {
        if (el == null) {
            return "";
        }
        TextRenderer renderer = new TextRenderer(false, false, null);
        renderer.renderInner(el);
        renderer.newline();
        List<String> lines = new ArrayList<>();
        renderer.lines.forEach(line -> lines.add(PlainText.collapse(line)));
        return PlainText.strip(PlainText.plain(String.join(" ", lines)));
    }

    private static String fileName(String shownAs) {
        String name = shownAs.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
