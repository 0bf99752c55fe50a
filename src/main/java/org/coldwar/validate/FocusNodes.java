package org.coldwar.validate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
 * Each candidate's classes (its {@code rdf:type}s and their {@code rdfs:subClassOf*} in the
 * data) are matched against every class target at once, a subjects-of or objects-of target is
 * a lookup a candidate, and a SPARQL target ({@code sh:select}) runs its query, parsed once. The cost of a call thus
 * follows the candidates and the SPARQL targets' matches, not the size of the data: a batch
 * validated against a shared part that grows with the corpus does not enumerate that part.
 * The parsed queries are kept across calls.
 */
final class FocusNodes {

    private final Map<Node, Query> selectQueries = new ConcurrentHashMap<>();

    /**
     * The focus nodes among {@code candidates} of each of {@code shapes} in {@code data}, in the
     * order of {@code shapes}. Each candidate's classes are worked out once, and matched against
     * the class targets of all shapes at once.
     */
    Map<Shape, Set<Node>> among(List<Shape> shapes, Graph data, Set<Node> candidates) {
        Map<Shape, Set<Node>> focus = new LinkedHashMap<>();
        Map<Node, List<Set<Node>>> byClass = new HashMap<>();
        for (Shape shape : shapes) {
            Set<Node> nodes = new HashSet<>();
            focus.put(shape, nodes);
            for (Target target : shape.getTargets()) {
                switch (target.getTargetType()) {
                    case targetNode -> {
                        if (candidates.contains(target.getObject())) {
                            nodes.add(target.getObject());
                        }
                    }
                    case targetClass, implicitClass ->
                            byClass.computeIfAbsent(target.getObject(), c -> new ArrayList<>()).add(nodes);
                    case targetSubjectsOf -> candidates.stream()
                            .filter(node -> data.contains(node, target.getObject(), Node.ANY)).forEach(nodes::add);
                    case targetObjectsOf -> candidates.stream()
                            .filter(node -> data.contains(Node.ANY, target.getObject(), node)).forEach(nodes::add);
                    case targetExtension -> extensionTargets(target, data).stream()
                            .filter(candidates::contains).forEach(nodes::add);
                }
            }
        }
        if (!byClass.isEmpty()) {
            TypesInData types = new TypesInData(data);
            for (Node node : candidates) {
                for (Node type : types.of(node)) {
                    byClass.getOrDefault(type, List.of()).forEach(nodes -> nodes.add(node));
                }
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
     * Nodes' classes in one data graph: their {@code rdf:type}s with their
     * {@code rdfs:subClassOf*}, as SHACL's class targets read them. Superclasses are worked out
     * once a class.
     */
    static final class TypesInData {
        private final Graph data;
        private final Map<Node, Set<Node>> superclasses = new HashMap<>();

        TypesInData(Graph data) {
            this.data = data;
        }

        /** The classes of {@code node}: its types and their superclasses. */
        Set<Node> of(Node node) {
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
