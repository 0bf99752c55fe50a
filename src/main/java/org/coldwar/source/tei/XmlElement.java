package org.coldwar.source.tei;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An element of a parsed TEI fragment in the text/tail model of Python's ElementTree, which the
 * text rule is written against: {@code text} is the character data before the first child,
 * {@code tail} the data after this element's end tag up to the next sibling or the parent's end.
 * Comments and processing instructions are dropped, their neighbouring data joined.
 */
final class XmlElement {

    static final String TEI = "http://www.tei-c.org/ns/1.0";
    static final String FRUS = "http://history.state.gov/frus/ns/1.0";
    static final String XML = "http://www.w3.org/XML/1998/namespace";

    final String namespace;
    final String name;
    /** Attributes keyed by local name, or {@code {namespace}local} when namespaced. */
    final Map<String, String> attributes;
    /** The 1-based line where the start tag begins. */
    final int line;
    final String xpath;
    final List<XmlElement> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    final StringBuilder tail = new StringBuilder();

    XmlElement(String namespace, String name, Map<String, String> attributes, int line, String xpath) {
        this.namespace = namespace;
        this.name = name;
        this.attributes = Map.copyOf(attributes);
        this.line = line;
        this.xpath = xpath;
    }

    /** An un-namespaced attribute, or "" when absent. */
    String attr(String local) {
        return attributes.getOrDefault(local, "");
    }

    /** A namespaced attribute, or "" when absent. */
    String attr(String ns, String local) {
        return attributes.getOrDefault("{" + ns + "}" + local, "");
    }

    boolean isTei(String local) {
        return TEI.equals(namespace) && name.equals(local);
    }

    /** The first direct child that is the TEI element {@code local}, or null (ElementTree's {@code find}). */
    XmlElement findChild(String local) {
        for (XmlElement child : children) {
            if (child.isTei(local)) {
                return child;
            }
        }
        return null;
    }

    /** This element and its descendants in document order (ElementTree's {@code iter}). */
    void collect(List<XmlElement> into) {
        into.add(this);
        for (XmlElement child : children) {
            child.collect(into);
        }
    }

    /** The XPath step's name: the local name, prefixed {@code frus:} in the FRUS namespace. */
    static String stepName(String namespace, String local) {
        return FRUS.equals(namespace) ? "frus:" + local : local;
    }
}
