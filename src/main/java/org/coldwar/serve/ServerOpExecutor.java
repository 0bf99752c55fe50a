package org.coldwar.serve;

import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterFilterExpr;
import org.apache.jena.sparql.engine.iterator.QueryIterPath;
import org.apache.jena.sparql.expr.E_Exists;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.coldwar.federate.BatchingServiceExecutor;

/**
 * TDB2's executor, with property paths evaluated over a {@link CancellableGraph} (Jena's path
 * engine computes all the ends of a path from one start node in a single call, which nested
 * {@code *} paths make very long, and checks no cancel signal meanwhile), and with
 * {@code OPTIONAL { SERVICE ... }} and {@code FILTER (NOT) EXISTS { SERVICE ... }} sent in batches.
 */
final class ServerOpExecutor extends OpExecutorTDB2 {

    static final OpExecutorFactory FACTORY = ServerOpExecutor::new;

    private ServerOpExecutor(ExecutionContext execCxt) {
        super(execCxt);
    }

    /**
     * {@code OPTIONAL { SERVICE <constant> {...} }}: in batches, as {@link BatchingServiceExecutor#optional}
     * does, rather than Jena's one call per solution.
     */
    @Override
    protected QueryIterator execute(OpConditional opCondition, QueryIterator input) {
        if (opCondition.getRight() instanceof OpService service && service.getService().isURI()
                && execCxt.getContext().get(BatchingServiceExecutor.SYMBOL) instanceof BatchingServiceExecutor batching) {
            return batching.optional(service, exec(opCondition.getLeft(), input), execCxt);
        }
        return super.execute(opCondition, input);
    }

    /**
     * {@code FILTER (NOT) EXISTS { SERVICE <constant> { basic pattern } }}: as a semi-join in
     * batches ({@link BatchingServiceExecutor#exists}) rather than Jena's one call per solution;
     * the filter's other conditions are applied as Jena applies them, in their order.
     */
    @Override
    protected QueryIterator execute(OpFilter opFilter, QueryIterator input) {
        if (!(execCxt.getContext().get(BatchingServiceExecutor.SYMBOL) instanceof BatchingServiceExecutor batching)
                || opFilter.getExprs().getList().stream().noneMatch(e -> semiJoinService(e) != null)) {
            return super.execute(opFilter, input);
        }
        QueryIterator solutions = exec(opFilter.getSubOp(), input);
        for (Expr expr : opFilter.getExprs()) {
            OpService service = semiJoinService(expr);
            solutions = service == null ? new QueryIterFilterExpr(solutions, expr, execCxt)
                    : batching.exists(service, solutions, execCxt, expr instanceof E_Exists);
        }
        return solutions;
    }

    /** The SERVICE of {@code EXISTS { SERVICE ... }} or {@code NOT EXISTS { ... }} if it can be batched, else null. */
    private static OpService semiJoinService(Expr expr) {
        if ((expr instanceof E_Exists || expr instanceof E_NotExists) && ((ExprFunctionOp) expr).getGraphPattern() instanceof OpService s
                && BatchingServiceExecutor.semiJoinable(s)) {
            return s;
        }
        return null;
    }

    @Override
    protected QueryIterator execute(OpPath opPath, QueryIterator input) {
        ExecutionContext guarded = ExecutionContext.copyChangeActiveGraph(execCxt,
                new CancellableGraph(execCxt.getActiveGraph(), Cancellation.signal(execCxt)));
        return new QueryIterPath(opPath.getTriplePath(), input, guarded);
    }
}
