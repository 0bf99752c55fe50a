package org.coldwar.source.tei;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.coldwar.problem.InvalidDataException;
import org.coldwar.problem.Location;
import org.coldwar.problem.Problem;

/**
 * Parses a bare TEI fragment as published inside a volume (a {@code <div>} that uses the TEI
 * default namespace and the {@code frus:} prefix without declaring them) by wrapping it in an
 * element that declares both, as {@code convert.py} does. The wrapper adds no line break, so lines
 * in problems are the file's lines. DTDs and entities other than XML's five are refused.
 */
final class TeiFragmentParser {

    private static final String WRAP_OPEN = "<wrap xmlns=\"" + XmlElement.TEI + "\" xmlns:frus=\""
            + XmlElement.FRUS + "\">";

    private final String shownAs;

    TeiFragmentParser(String shownAs) {
        this.shownAs = shownAs;
    }

    /** The wrapper element; its children are the fragment's top-level elements. */
    XmlElement parse(String fragment) {
        refuseUnsupported(fragment);
        XMLStreamReader reader = null;
        try {
            reader = factory().createXMLStreamReader(new StringReader(WRAP_OPEN + fragment + "</wrap>"));
            return build(reader);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            throw new InvalidDataException(Problem.at(new Location(shownAs, line), "not well-formed XML",
                    reason(e)));
        } finally {
            close(reader);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private XmlElement build(XMLStreamReader reader) throws XMLStreamException {
        Deque<XmlElement> open = new ArrayDeque<>();
        Deque<Map<String, Integer>> siblingCounts = new ArrayDeque<>();
        XmlElement root = null;
        XmlElement lastClosed = null;
        // The reader's position before next() is where the coming tag begins.
        int lineBefore = 1;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    XmlElement element = startElement(reader, open.peek(), siblingCounts.peek(), lineBefore);
                    if (open.isEmpty()) {
                        root = element;
                    } else {
                        open.peek().children.add(element);
                    }
                    open.push(element);
                    siblingCounts.push(new HashMap<>());
                    lastClosed = null;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    lastClosed = open.pop();
                    siblingCounts.pop();
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (lastClosed != null) {
                        lastClosed.tail.append(reader.getText());
                    } else if (!open.isEmpty()) {
                        open.peek().text.append(reader.getText());
                    }
                }
                case XMLStreamConstants.DTD -> throw new InvalidDataException(Problem.at(
                        new Location(shownAs, lineBefore), "DTDs are not allowed (XXE-safe reading)"));
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new InvalidDataException(Problem.at(
                        new Location(shownAs, lineBefore), "undeclared entity reference", "&" + reader.getLocalName() + ";"));
                default -> {
                    // comments and processing instructions: dropped, as ElementTree does
                }
            }
            lineBefore = reader.getLocation().getLineNumber();
        }
        return root;
    }

    private static XmlElement startElement(XMLStreamReader reader, XmlElement parent, Map<String, Integer> counts,
            int line) {
        String ns = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
        String local = reader.getLocalName();
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String attrNs = reader.getAttributeNamespace(i);
            String key = attrNs == null || attrNs.isEmpty() ? reader.getAttributeLocalName(i)
                    : "{" + attrNs + "}" + reader.getAttributeLocalName(i);
            attributes.put(key, reader.getAttributeValue(i));
        }
        String xpath = "";
        if (parent != null) {
            String step = XmlElement.stepName(ns, local);
            int position = counts.merge(step, 1, Integer::sum);
            xpath = parent.xpath + "/" + step + "[" + position + "]";
        }
        return new XmlElement(ns, local, attributes, line, xpath);
    }

    /** No DOCTYPE (XXE-safe), and none of the private-use characters used as markers (see {@link PlainText}). */
    private void refuseUnsupported(String fragment) {
        int doctype = fragment.indexOf("<!DOCTYPE");
        if (doctype >= 0) {
            throw new InvalidDataException(Problem.at(new Location(shownAs, lineOf(fragment, doctype)),
                    "DOCTYPE is not allowed (DTDs and external entities are refused)"));
        }
        for (int i = 0; i < fragment.length(); i++) {
            if (PlainText.isSentinel(fragment.charAt(i))) {
                throw new InvalidDataException(Problem.at(new Location(shownAs, lineOf(fragment, i)),
                        "private-use character reserved by the TEI reader",
                        String.format("U+%04X", (int) fragment.charAt(i))));
            }
        }
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String reason(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: ");
        return (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing to release for a string source
            }
        }
    }
}
