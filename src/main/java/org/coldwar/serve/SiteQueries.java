package org.coldwar.serve;

import org.coldwar.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * The SPARQL queries behind the site's pages, kept as {@code .rq} files beside this class and
 * run with values substituted for their variables (never by pasting text into the query).
 */
final class SiteQueries {

    private final DatasetGraph dataset;

    SiteQueries(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** Runs the SELECT query {@code name}.rq with {@code bindings}; returns all rows. */
    List<Binding> select(String name, Map<String, Node> bindings) {
        Query query = QueryFactory.create(text(name + ".rq"));
        return Txn.calculateRead(dataset, () -> {
            var builder = QueryExec.dataset(dataset).query(query);
            bindings.forEach(builder::substitution);
            try (QueryExec exec = builder.build()) {
                RowSet rows = exec.select();
                List<Binding> list = new ArrayList<>();
                rows.forEachRemaining(row -> list.add(row.detach()));
                return list;
            }
        });
    }

    /** Runs the CONSTRUCT query {@code name}.rq with {@code bindings}. */
    org.apache.jena.graph.Graph construct(String name, Map<String, Node> bindings) {
        Query query = QueryFactory.create(text(name + ".rq"));
        return Txn.calculateRead(dataset, () -> {
            var builder = QueryExec.dataset(dataset).query(query);
            bindings.forEach(builder::substitution);
            try (QueryExec exec = builder.build()) {
                org.apache.jena.graph.Graph graph = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                exec.construct().find().forEachRemaining(graph::add);
                return graph;
            }
        });
    }

    private static final java.util.Map<String, String> TEXTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The text of a packaged query, read once. */
    static String text(String resource) {
        return TEXTS.computeIfAbsent(resource, r -> Resources.text(SiteQueries.class, r));
    }
}
