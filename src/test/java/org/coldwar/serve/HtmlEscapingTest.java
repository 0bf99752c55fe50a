package org.coldwar.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.coldwar.map.IriMinter;
import org.junit.jupiter.api.Test;

/** Whatever the data say, the pages show it as text. */
class HtmlEscapingTest {

    @Test
    void aLabelWithMarkupStaysText() {
        Node entity = NodeFactory.createURI("https://w3id.org/coldwar/entity/x");
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(entity, RDFS.label.asNode(), NodeFactory.createLiteralLang("<script>alert('x')</script> & \"more\"", "en"));
        String page = ResourcePage.render(entity, graph, List.of(), List.of(),
                new LocalPaths(IriMinter.of(IriMinter.DEFAULT_BASE)), "", "/entity/x", Representation.FOR_TRIPLES);
        assertFalse(page.contains("<script>alert"), page);
        assertTrue(page.contains("<h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;</h1>"), page);
    }

    @Test
    void anIriWithQuotesCannotBreakOutOfAnAttribute() {
        String html = new Html().link("https://example.org/\"><script>x()</script>", "label").toString();
        assertFalse(html.contains("<script>"), html);
    }
}
