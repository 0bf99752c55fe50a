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
        return Txn.calculateRead(dataset, () -> rows(query, bindings));
    }

    /**
     * Runs the SELECT query {@code name}.rq with {@code bindings}, its LIMIT and OFFSET replaced by
     * {@code limit} and {@code offset}: one page of an ordered list.
     */
    List<Binding> select(String name, Map<String, Node> bindings, long limit, long offset) {
        Query query = QueryFactory.create(text(name + ".rq"));
        query.setLimit(limit);
        query.setOffset(offset);
        return Txn.calculateRead(dataset, () -> rows(query, bindings));
    }

    /**
     * Runs {@code name}.rq once for each of {@code values} substituted for {@code variable}, in one
     * read transaction; returns their rows in the order of {@code values}.
     */
    List<Binding> selectEach(String name, String variable, List<Node> values) {
        Query query = QueryFactory.create(text(name + ".rq"));
        return Txn.calculateRead(dataset, () -> {
            List<Binding> rows = new ArrayList<>();
            for (Node value : values) {
                rows.addAll(rows(query, Map.of(variable, value)));
            }
            return rows;
        });
    }

    /** The single number the COUNT query {@code name}.rq gives for {@code bindings}. */
    long count(String name, Map<String, Node> bindings) {
        List<Binding> rows = select(name, bindings);
        if (rows.size() != 1 || rows.get(0).isEmpty()) {
            throw new IllegalStateException(name + ".rq gave " + rows.size() + " rows, not one count");
        }
        Node count = rows.get(0).get(rows.get(0).vars().next());
        return Long.parseLong(count.getLiteralLexicalForm());
    }

    private List<Binding> rows(Query query, Map<String, Node> bindings) {
        var builder = QueryExec.dataset(dataset).query(query);
        bindings.forEach(builder::substitution);
        try (QueryExec exec = builder.build()) {
            RowSet rows = exec.select();
            List<Binding> list = new ArrayList<>();
            rows.forEachRemaining(row -> list.add(row.detach()));
            return list;
        }
    }

    /** Runs the CONSTRUCT query {@code name}.rq with {@code bindings}. */
    org.apache.jena.graph.Graph construct(String name, Map<String, Node> bindings) {
        return construct(QueryFactory.create(text(name + ".rq")), bindings);
    }

    private org.apache.jena.graph.Graph construct(Query query, Map<String, Node> bindings) {
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

    /**
     * Runs the CONSTRUCT query {@code name}.rq with {@code bindings}, the LIMIT and OFFSET of its
     * one sub-SELECT replaced by {@code limit} and {@code offset}: one page of an ordered list,
     * with what the query adds to each row.
     */
    org.apache.jena.graph.Graph constructPage(String name, Map<String, Node> bindings, long limit, long offset) {
        Query query = QueryFactory.create(text(name + ".rq"));
        List<Query> pages = new ArrayList<>();
        org.apache.jena.sparql.syntax.ElementWalker.walk(query.getQueryPattern(),
                new org.apache.jena.sparql.syntax.ElementVisitorBase() {
                    @Override
                    public void visit(org.apache.jena.sparql.syntax.ElementSubQuery subQuery) {
                        pages.add(subQuery.getQuery());
                    }
                });
        if (pages.size() != 1) {
            throw new IllegalStateException(name + ".rq has " + pages.size() + " sub-queries, not the one to page");
        }
        pages.get(0).setLimit(limit);
        pages.get(0).setOffset(offset);
        return construct(query, bindings);
    }

    private static final java.util.Map<String, String> TEXTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The text of a packaged query, read once. */
    static String text(String resource) {
        return TEXTS.computeIfAbsent(resource, r -> Resources.text(SiteQueries.class, r));
    }
}
