package org.coldwar.source.tei;

/**
 * Which elements become {@link TeiDocument.TeiSpan}s and what they point to. A {@code persName}
 * is a span only when it has a {@code corresp}; {@code placeName}, {@code orgName}, {@code gloss}
 * and {@code date} always are.
 */
final class TeiSpans {

    private TeiSpans() {
    }

    static boolean isSpan(XmlElement el) {
        if (!TextRenderer.SPAN.contains(el.name) || !XmlElement.TEI.equals(el.namespace)) {
            return false;
        }
        return !el.name.equals("persName") || el.attributes.containsKey("corresp");
    }

    /**
     * {@code corresp}, else {@code target} (each pointer without its '#', several joined by one
     * space), else {@code when}, else {@code type}, else "".
     */
    static String ref(XmlElement el) {
        for (String pointer : new String[] {"corresp", "target"}) {
            if (el.attributes.containsKey(pointer)) {
                return pointers(el.attr(pointer));
            }
        }
        return el.attributes.containsKey("when") ? el.attr("when") : el.attr("type");
    }

    /** {@code "#p_A #p_B"} to {@code "p_A p_B"}, as {@code convert.py} writes person ids. */
    static String pointers(String value) {
        StringBuilder out = new StringBuilder();
        for (String token : value.strip().split("\\s+")) {
            if (!token.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(token.replaceFirst("^#+", ""));
            }
        }
        return out.toString();
    }
}
