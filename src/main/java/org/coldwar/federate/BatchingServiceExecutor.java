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
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
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
 * the same way, with left-join semantics ({@link #optional}), by the server's query executor.
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

    private QueryIterator batched(OpService opService, QueryIterator input, ExecutionContext execCxt, boolean optional) {
        Node service = opService.getService();
        if (!remote.policy().allows(service.getURI())) {
            input.close();
            throw RemoteBudget.fail(execCxt.getContext(), FederationException.refused("SERVICE <" + service.getURI()
                    + "> is not allowed by this endpoint (allowed: " + String.join(", ", remote.policy().allowedEndpoints()) + ")"));
        }
        return QueryIterPlainWrapper.create(new BatchJoin(opService, input, execCxt, optional), execCxt);
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
        private final boolean optional;

        BatchJoin(OpService op, QueryIterator input, ExecutionContext execCxt, boolean optional) {
            this.op = op;
            this.input = input;
            this.execCxt = execCxt;
            this.optional = optional;
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
                    return batch;
                }
                throw RemoteBudget.fail(execCxt.getContext(), FederationException.remote(e));
            }
            return optional ? SolutionJoin.leftJoin(batch, answers) : SolutionJoin.join(batch, answers);
        }
    }
}
