package org.coldwar.map;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.coldwar.extract.DateBasis;
import org.coldwar.extract.EdtfDate;
import org.coldwar.extract.QuantityValue;
import org.coldwar.vocab.CW;
import org.coldwar.vocab.Namespaces;

/**
 * Emits the full values of a claim's dates and numbers, after Wikidata's value nodes: a
 * {@code cw:TimeValue} for every date (its EDTF form, earliest and latest day, approximate and
 * uncertain flags, words, and where it comes from when the quote does not say it), and a
 * {@code cw:QuantityValue} for a number that is approximate or a range. The nodes are parts of
 * the claim's document ({@code claim/…#pointInTime}).
 */
final class ValueNodes {

    private static final Node QUANTITATIVE_VALUE = schema("QuantitativeValue");
    private static final Node VALUE = schema("value");
    private static final Node MIN_VALUE = schema("minValue");
    private static final Node MAX_VALUE = schema("maxValue");

    private final IriMinter iris;

    ValueNodes(IriMinter iris) {
        this.iris = iris;
    }

    /**
     * Emits the time value of a checked EDTF date and returns its simple literal (xsd or EDTF).
     *
     * @param inferredFrom the passage the date is taken from when the quote does not give it
     */
    Node date(GraphEmitter out, Node claim, Node valueProperty, String fragment, String edtf, DateBasis basis,
            Optional<Node> inferredFrom, Node relativeTo) {
        Node value = iris.part(claim, fragment);
        out.add(claim, valueProperty, value);
        timeValue(out, value, edtf);
        inferredFrom.ifPresent(passage -> out.add(value, CW.inferredFrom, passage));
        if (basis.isRelative()) {
            out.add(value, CW.relativeTo, relativeTo);
            out.add(value, CW.offset, Literals.offset(basis.offset()));
        }
        return Literals.date(edtf);
    }

    /** Emits {@code value} as the {@code cw:TimeValue} of a checked EDTF date: form, words, bounds, flags. */
    void timeValue(GraphEmitter out, Node value, String edtf) {
        EdtfDate date = EdtfDate.parse(edtf);
        out.add(value, RDF.type.asNode(), CW.TimeValue);
        out.add(value, CW.edtf, Literals.typed(edtf, Literals.EDTF));
        out.add(value, RDFS.label.asNode(), Literals.english(date.inWords()));
        date.earliest().ifPresent(day -> out.add(value, CW.earliest, Literals.day(day)));
        date.latest().ifPresent(day -> out.add(value, CW.latest, Literals.day(day)));
        if (date.approximate()) {
            out.add(value, CW.approximate, Literals.bool(true));
        }
        if (date.uncertain()) {
            out.add(value, CW.uncertain, Literals.bool(true));
        }
    }

    /**
     * The value of a checked number: a plain xsd:decimal when stated exactly, otherwise a
     * {@code cw:QuantityValue} node (emitted here) with its amount or bounds.
     */
    Node number(GraphEmitter out, Node claim, String fragment, String written) {
        QuantityValue quantity = QuantityValue.parse(written);
        if (quantity.isExact()) {
            return Literals.decimal(written);
        }
        Node value = iris.part(claim, fragment);
        out.add(value, RDF.type.asNode(), CW.QuantityValue);
        out.add(value, RDF.type.asNode(), QUANTITATIVE_VALUE);
        out.add(value, RDFS.label.asNode(), Literals.english(quantity.inWords()));
        quantity.amount().ifPresent(n -> out.add(value, VALUE, Literals.decimal(n.toPlainString())));
        quantity.lowerBound().ifPresent(n -> out.add(value, MIN_VALUE,
                Literals.decimal(n.toPlainString())));
        quantity.upperBound().ifPresent(n -> out.add(value, MAX_VALUE,
                Literals.decimal(n.toPlainString())));
        if (quantity.approximate()) {
            out.add(value, CW.approximate, Literals.bool(true));
        }
        return value;
    }

    private static Node schema(String localName) {
        return NodeFactory.createURI(Namespaces.SCHEMA + localName);
    }
}
