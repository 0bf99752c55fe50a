package org.coldwar.source.tei;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coldwar.problem.InvalidDataException;
import org.coldwar.source.TextFiles;

/**
 * Reads an edition's List of Persons ({@code <div xml:id="persons">}, bare as cut from a FRUS
 * volume) into {@link ListedPerson}s, as the FRUS corpus's {@code convert.py} writes
 * {@code persons.csv}: one entry per {@code <item>} holding a {@code persName} with an
 * {@code xml:id}; the name is that element's text, the description the rest of the item after it
 * (a leading comma dropped). Stateless and thread-safe.
 *
 * <p>Problems (unreadable file, XML that is not well-formed, a DTD) are thrown as an
 * {@link InvalidDataException} naming {@code file:line}.
 */
public final class PersonsListReader {

    /** Reads {@code file} (strict UTF-8); problems name it as {@code shownAs}. */
    public List<ListedPerson> read(Path file, String shownAs) {
        return parse(TextFiles.readUtf8(file, shownAs), shownAs);
    }

    /** The entries in document order. */
    public List<ListedPerson> parse(String xml, String shownAs) {
        List<XmlElement> all = new ArrayList<>();
        new TeiFragmentParser(shownAs).parse(xml).collect(all);
        List<ListedPerson> persons = new ArrayList<>();
        for (XmlElement item : all) {
            if (item.isTei("item")) {
                XmlElement name = listedName(item);
                if (name != null) {
                    persons.add(person(item, name));
                }
            }
        }
        return persons;
    }

    /** The item's first {@code persName} with an {@code xml:id}, or null. */
    private static XmlElement listedName(XmlElement item) {
        List<XmlElement> inside = new ArrayList<>();
        item.collect(inside);
        for (XmlElement el : inside) {
            if (el.isTei("persName") && !el.attr(XmlElement.XML, "id").isEmpty()) {
                return el;
            }
        }
        return null;
    }

    private static ListedPerson person(XmlElement item, XmlElement name) {
        TextRenderer nameRenderer = new TextRenderer(true, false, null);
        nameRenderer.renderInner(name);
        String printed = PlainText.plain(PlainText.collapse(nameRenderer.cur));
        TextRenderer itemRenderer = new TextRenderer(true, false, null).markNameEnd(name);
        itemRenderer.renderInner(item);
        String full = PlainText.collapse(itemRenderer.cur);
        int end = full.indexOf(PlainText.NAME_END);
        String description = end < 0 ? "" : PlainText.plain(full.substring(end + 1));
        description = PlainText.strip(description.replaceFirst("^[ ,]+", ""));
        return new ListedPerson(name.attr(XmlElement.XML, "id"), printed, description);
    }
}
