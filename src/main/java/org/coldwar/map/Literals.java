package org.coldwar.map;

import java.math.BigDecimal;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.coldwar.extract.EdtfDate;
import org.coldwar.vocab.Namespaces;
import org.coldwar.vocab.ValueKind;

/**
 * Turns checked claim values into typed literals. Dates keep their precision in their datatype
 * (xsd:gYear, xsd:gYearMonth, xsd:date), as Wikidata keeps a time's precision.
 */
public final class Literals {

    /** The Library of Congress's EDTF datatype, for dates XML Schema cannot express. */
    public static final RDFDatatype EDTF = TypeMapper.getInstance().getSafeTypeByName(Namespaces.EDTF);

    private Literals() {
    }

    /** English text. */
    public static Node english(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    public static Node string(String text) {
        return NodeFactory.createLiteralDT(text, XSDDatatype.XSDstring);
    }

    public static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    /**
     * A checked EDTF date: {@code 1949} as xsd:gYear, {@code 1949-12} as xsd:gYearMonth,
     * {@code 1950-02-14} as xsd:date; anything XML Schema cannot say exactly (a season, a decade,
     * an approximate or uncertain date, an interval) as an {@code edtf:EDTF} literal.
     */
    public static Node date(String checked) {
        if (!EdtfDate.parse(checked).isXsdDate()) {
            return NodeFactory.createLiteralDT(checked, EDTF);
        }
        XSDDatatype type = switch (checked.length()) {
            case 4 -> XSDDatatype.XSDgYear;
            case 7 -> XSDDatatype.XSDgYearMonth;
            default -> XSDDatatype.XSDdate;
        };
        return NodeFactory.createLiteralDT(checked, type);
    }

    /** A literal of a datatype Jena may not know by itself (EDTF). */
    public static Node typed(String lexical, RDFDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    /** A day as xsd:date. */
    public static Node day(java.time.LocalDate day) {
        return NodeFactory.createLiteralDT(day.toString(), XSDDatatype.XSDdate);
    }

    public static Node bool(boolean value) {
        return NodeFactory.createLiteralDT(Boolean.toString(value), XSDDatatype.XSDboolean);
    }

    /** A possibly negative ISO 8601 duration as written ({@code -P3D}); weeks become days. */
    public static Node offset(String checked) {
        boolean back = checked.startsWith("-");
        String lexical = duration(back ? checked.substring(1) : checked).getLiteralLexicalForm();
        return NodeFactory.createLiteralDT(back ? "-" + lexical : lexical, XSDDatatype.XSDduration);
    }

    public static Node decimal(String checked) {
        return NodeFactory.createLiteralDT(new BigDecimal(checked).toPlainString(), XSDDatatype.XSDdecimal);
    }

    /** An xsd:duration; weeks ({@code P2W}, not allowed by XML Schema) become days. */
    public static Node duration(String checked) {
        String lexical = checked;
        if (checked.matches("P\\d+W")) {
            lexical = "P" + Long.parseLong(checked.substring(1, checked.length() - 1)) * 7 + "D";
        }
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDduration);
    }

    /** The literal for a checked value of a non-entity kind. */
    public static Node of(ValueKind kind, String checked) {
        return switch (kind) {
            case DATE -> date(checked);
            case NUMBER -> decimal(checked); // only exact numbers; see ValueMapper for the others
            case DURATION -> duration(checked);
            case ENTITY -> throw new IllegalArgumentException("entity values are IRIs, not literals");
        };
    }
}
