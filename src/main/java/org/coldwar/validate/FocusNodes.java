package org.coldwar.validate;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.EvalSparql;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The focus nodes of a shape among given candidates: what Jena's validator would target in a
 * data graph, intersected with the candidates, without enumerating every instance of the data.
 * A class target is tested on each candidate (its {@code rdf:type}s and their
 * {@code rdfs:subClassOf*} in the data), a subjects-of or objects-of target by a lookup, and a
 * SPARQL target ({@code sh:select}) by running its query, parsed once. The cost of a call thus
 * follows the candidates and the SPARQL targets' matches, not the size of the data: a batch
 * validated against a shared part that grows with the corpus does not enumerate that part.
 * One instance serves one data graph at a time; the parsed queries are kept across calls.
 */
final class FocusNodes {

    private final Map<Node, Query> selectQueries = new ConcurrentHashMap<>();

    /** The nodes of {@code candidates} that {@code shape} targets in {@code data}. */
    Set<Node> of(Shape shape, Graph data, Collection<Node> candidates, TypesInData types) {
        Set<Node> focus = new HashSet<>();
        for (Target target : shape.getTargets()) {
            switch (target.getTargetType()) {
                case targetNode -> {
                    if (candidates.contains(target.getObject())) {
                        focus.add(target.getObject());
                    }
                }
                case targetClass, implicitClass -> candidates.stream()
                        .filter(node -> types.of(node).contains(target.getObject())).forEach(focus::add);
                case targetSubjectsOf -> candidates.stream()
                        .filter(node -> data.contains(node, target.getObject(), Node.ANY)).forEach(focus::add);
                case targetObjectsOf -> candidates.stream()
                        .filter(node -> data.contains(Node.ANY, target.getObject(), node)).forEach(focus::add);
                case targetExtension -> extensionTargets(target, data).stream()
                        .filter(candidates::contains).forEach(focus::add);
            }
        }
        return focus;
    }

    /** A SPARQL-based target's nodes in {@code data}: its {@code sh:select} parsed once; others as Jena has them. */
    private Collection<Node> extensionTargets(Target target, Graph data) {
        Graph shapesGraph = target.getShapesGraph();
        if (!shapesGraph.contains(target.getObject(), SHACL.select, Node.ANY)) {
            return target.getFocusNodes(data);
        }
        Query query = selectQueries.computeIfAbsent(target.getObject(),
                node -> ShLib.extractSPARQLQuery(shapesGraph, node));
        try (QueryExecution execution = QueryExecutionFactory.create(query, DatasetGraphFactory.wrap(data))) {
            return EvalSparql.evalSparqlOneVar(execution);
        }
    }

    /**
     * Each node's classes in one data graph: its {@code rdf:type}s with their
     * {@code rdfs:subClassOf*}, as SHACL's class targets read them. Superclasses are worked out
     * once a class.
     */
    static final class TypesInData {
        private final Graph data;
        private final Map<Node, Set<Node>> superclasses = new HashMap<>();
        private final Map<Node, Set<Node>> types = new HashMap<>();

        TypesInData(Graph data) {
            this.data = data;
        }

        Set<Node> of(Node node) {
            return types.computeIfAbsent(node, this::typesOf);
        }

        private Set<Node> typesOf(Node node) {
            Set<Node> all = new HashSet<>();
            data.find(node, RDF.type.asNode(), Node.ANY)
                    .forEachRemaining(triple -> all.addAll(superclassesOf(triple.getObject())));
            return all;
        }

        private Set<Node> superclassesOf(Node type) {
            Set<Node> known = superclasses.get(type);
            if (known != null) {
                return known;
            }
            Set<Node> found = new HashSet<>();
            ArrayDeque<Node> pending = new ArrayDeque<>();
            pending.add(type);
            while (!pending.isEmpty()) {
                Node next = pending.poll();
                if (found.add(next)) {
                    data.find(next, RDFS.subClassOf.asNode(), Node.ANY)
                            .forEachRemaining(triple -> pending.add(triple.getObject()));
                }
            }
            superclasses.put(type, found);
            return found;
        }
    }
}
