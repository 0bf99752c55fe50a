package org.coldwar.map;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.coldwar.extract.Passage;
import org.coldwar.problem.Location;
import org.coldwar.vocab.CW;
import org.coldwar.vocab.OA;

/**
 * Maps each passage once into the sources graph: a W3C Web Annotation specific resource of its
 * source with a position selector (code points) and a quote selector (exact, prefix, suffix), and
 * in a TEI source an XPath selector naming the element of the TEI file (its {@code cw:teiFile})
 * the passage lies in.
 * Claims, dates inferred from context and footnote references all point at passages.
 */
final class PassageMapper {

    private final IriMinter iris;
    private final GraphEmitter out;
    private final ProvenanceIndex provenance;
    private final Set<Node> emitted = new HashSet<>();

    PassageMapper(IriMinter iris, StreamRDF stream, ProvenanceIndex provenance) {
        this.iris = iris;
        this.out = new GraphEmitter(stream, iris.sourcesGraph());
        this.provenance = provenance;
    }

    /** The passage's IRI; its triples are emitted the first time it is asked for. */
    Node map(Passage passage, Location firstUse) {
        Node p = iris.passage(passage.sourceStem(), passage.start(), passage.end());
        if (!emitted.add(p)) {
            return p;
        }
        provenance.record(p, firstUse);
        Node position = iris.positionSelector(p);
        Node quote = iris.quoteSelector(p);
        out.add(p, RDF.type.asNode(), CW.Passage);
        out.add(p, RDF.type.asNode(), OA.SpecificResource);
        out.add(p, OA.hasSource, iris.source(passage.sourceStem()));
        out.add(p, OA.hasSelector, position);
        out.add(p, OA.hasSelector, quote);
        out.add(position, RDF.type.asNode(), OA.TextPositionSelector);
        out.add(position, OA.start, Literals.integer(passage.start()));
        out.add(position, OA.end, Literals.integer(passage.end()));
        out.add(quote, RDF.type.asNode(), OA.TextQuoteSelector);
        out.add(quote, OA.exact, Literals.string(passage.exact()));
        out.add(quote, OA.prefix, Literals.string(passage.prefix()));
        out.add(quote, OA.suffix, Literals.string(passage.suffix()));
        if (!passage.xpath().isEmpty()) {
            Node element = iris.part(p, "tei");
            out.add(p, OA.hasSelector, element);
            out.add(element, RDF.type.asNode(), OA.XPathSelector);
            out.add(element, RDF.value.asNode(), Literals.string(passage.xpath()));
        }
        return p;
    }

    /** Emits a triple about a passage into the sources graph (e.g. the references it cites). */
    void add(Node passage, Node predicate, Node object) {
        out.add(passage, predicate, object);
    }
}
