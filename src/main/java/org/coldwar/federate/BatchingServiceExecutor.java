package org.coldwar.federate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.OpAsQuery;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.service.bulk.ChainingServiceExecutorBulk;
import org.apache.jena.sparql.service.bulk.ServiceExecutorBulk;
import org.apache.jena.sparql.util.Symbol;

/**
 * Sends a SERVICE with a constant target once per batch of solutions instead of once per
 * solution: the solutions' values for the variables the SERVICE pattern shares are passed in a
 * VALUES block, and the answer is joined back here. This keeps federated queries to a handful
 * of requests (Wikidata throttles clients that send one per row). The target is checked against
 * the allow-list before anything is read or sent; a SERVICE whose target is a variable is left
 * to the per-solution {@link GuardedServiceExecutor}. {@code OPTIONAL { SERVICE ... }} is batched
 * the same way, with left-join semantics ({@link #optional}), and so is {@code FILTER (NOT) EXISTS
 * { SERVICE ... }} over a basic pattern, as a semi-join ({@link #exists}), by the server's query
 * executor.
 */
public final class BatchingServiceExecutor implements ChainingServiceExecutorBulk {

    static final int BATCH = 100;

    private final RemoteSparql remote;

    public BatchingServiceExecutor(RemoteSparql remote) {
        this.remote = remote;
    }

    /** The query-context key under which the server keeps its instance, for {@link #optional}. */
    public static final Symbol SYMBOL = Symbol.create("https://w3id.org/coldwar/fuseki#batchingServiceExecutor");

    @Override
    public QueryIterator createExecution(OpService opService, QueryIterator input, ExecutionContext execCxt,
            ServiceExecutorBulk chain) {
        Node service = opService.getService();
        if (!service.isURI()) {
            return chain.createExecution(opService, input, execCxt);
        }
        return batched(opService, input, execCxt, false);
    }

    /**
     * {@code OPTIONAL { SERVICE <constant> {...} }} over {@code input}, in batches like a join (Jena
     * would call the SERVICE once per solution): each solution is kept, extended by every
     * compatible answer or, if there is none, as it is.
     */
    public QueryIterator optional(OpService opService, QueryIterator input, ExecutionContext execCxt) {
        return batched(opService, input, execCxt, true);
    }

    /**
     * True if {@code FILTER EXISTS { SERVICE ... }} with this SERVICE can be answered by
     * {@link #exists}: a constant target and a basic pattern (triples, optionally filtered on their
     * own variables), for which substituting a solution's values, as EXISTS does, is the same as
     * joining with them.
     */
    public static boolean semiJoinable(OpService opService) {
        if (!opService.getService().isURI()) {
            return false;
        }
        Op pattern = opService.getSubOp();
        if (pattern instanceof OpFilter filter) {
            if (!(filter.getSubOp() instanceof OpBGP bgp)) {
                return false;
            }
            Set<Var> bound = new LinkedHashSet<>(OpVars.visibleVars(bgp));
            return filter.getExprs().getVarsMentioned().stream().allMatch(bound::contains)
                    && filter.getExprs().getList().stream().noneMatch(e -> e instanceof ExprFunctionOp);
        }
        return pattern instanceof OpBGP;
    }

    /**
     * {@code FILTER EXISTS { SERVICE <constant> {...} }} (or NOT EXISTS, with {@code exists} false)
     * over {@code input}, in batches: a solution is kept if some answer is (or no answer is)
     * compatible with it. Only for a SERVICE that is {@link #semiJoinable}. A SILENT SERVICE that
     * fails answers one empty solution, as Jena's does: EXISTS is then true.
     */
    public QueryIterator exists(OpService opService, QueryIterator input, ExecutionContext execCxt, boolean exists) {
        return batched(opService, input, execCxt, exists ? Mode.EXISTS : Mode.NOT_EXISTS);
    }

    private QueryIterator batched(OpService opService, QueryIterator input, ExecutionContext execCxt, boolean optional) {
        return batched(opService, input, execCxt, optional ? Mode.OPTIONAL : Mode.JOIN);
    }

    /** How a batch's answers are combined with its solutions. */
    private enum Mode { JOIN, OPTIONAL, EXISTS, NOT_EXISTS }

    private QueryIterator batched(OpService opService, QueryIterator input, ExecutionContext execCxt, Mode mode) {
        Node service = opService.getService();
        if (!remote.policy().allows(service.getURI())) {
            input.close();
            throw RemoteBudget.fail(execCxt.getContext(), FederationException.refused("SERVICE <" + service.getURI()
                    + "> is not allowed by this endpoint (allowed: " + String.join(", ", remote.policy().allowedEndpoints()) + ")"));
        }
        return QueryIterPlainWrapper.create(new BatchJoin(opService, input, execCxt, mode), execCxt);
    }

    /** Pulls the input a batch at a time, calls the remote endpoint once per batch, and joins. */
    private final class BatchJoin implements Iterator<Binding> {
        private final OpService op;
        private final QueryIterator input;
        private final Set<Var> patternVars;
        private Iterator<Binding> current = Collections.emptyIterator();
        /** The answer of a SERVICE that shares no variable with the solutions: one call serves all batches. */
        private List<Binding> unsharedAnswers;

        private final ExecutionContext execCxt;
        private final Mode mode;

        BatchJoin(OpService op, QueryIterator input, ExecutionContext execCxt, Mode mode) {
            this.op = op;
            this.input = input;
            this.execCxt = execCxt;
            this.mode = mode;
            this.patternVars = new LinkedHashSet<>(OpVars.visibleVars(op.getSubOp()));
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && input.hasNext()) {
                current = joinNextBatch().iterator();
            }
            return current.hasNext();
        }

        @Override
        public Binding next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        private List<Binding> joinNextBatch() {
            List<Binding> batch = new ArrayList<>(BATCH);
            while (batch.size() < BATCH && input.hasNext()) {
                batch.add(input.next());
            }
            List<Var> shared = new ArrayList<>();
            for (Var var : patternVars) {
                if (batch.stream().anyMatch(b -> b.contains(var))) {
                    shared.add(var);
                }
            }
            Query query = OpAsQuery.asQuery(op.getSubOp());
            if (mode == Mode.EXISTS || mode == Mode.NOT_EXISTS) {
                // only whether an answer exists matters: its distinct shared values, or just one answer
                query.setQueryResultStar(false);
                if (shared.isEmpty()) {
                    query.setLimit(1);
                    query.setQueryResultStar(true);
                } else {
                    shared.forEach(query::addResultVar);
                    query.setDistinct(true);
                }
            }
            if (!shared.isEmpty()) {
                Set<Binding> rows = new LinkedHashSet<>();
                for (Binding b : batch) {
                    var row = BindingFactory.builder();
                    for (Var var : shared) {
                        if (b.contains(var)) {
                            row.add(var, b.get(var));
                        }
                    }
                    rows.add(row.build());
                }
                ValuesFirst.add(query, shared, new ArrayList<>(rows));
            }
            List<Binding> answers;
            try {
                if (shared.isEmpty()) {
                    if (unsharedAnswers == null) {
                        RemoteBudget.spend(execCxt.getContext(), op.getService().getURI());
                        unsharedAnswers = remote.select(op.getService().getURI(), query.toString());
                    }
                    answers = unsharedAnswers;
                } else {
                    RemoteBudget.spend(execCxt.getContext(), op.getService().getURI());
                    answers = remote.select(op.getService().getURI(), query.toString());
                }
            } catch (RemoteSparql.RemoteException e) {
                if (op.getSilent()) {
                    return mode == Mode.NOT_EXISTS ? List.of() : batch;  // as if the answer were one empty solution
                }
                throw RemoteBudget.fail(execCxt.getContext(), FederationException.remote(e));
            }
            return switch (mode) {
                case JOIN -> SolutionJoin.join(batch, answers);
                case OPTIONAL -> SolutionJoin.leftJoin(batch, answers);
                case EXISTS -> SolutionJoin.semiJoin(batch, answers, true);
                case NOT_EXISTS -> SolutionJoin.semiJoin(batch, answers, false);
            };
        }
    }
}
