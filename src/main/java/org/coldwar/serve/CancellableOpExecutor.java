package org.coldwar.serve;

import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterPath;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * TDB2's executor, with property paths evaluated over a {@link CancellableGraph}: Jena's path
 * engine computes all the ends of a path from one start node in a single call, which nested
 * {@code *} paths make very long, and checks no cancel signal meanwhile.
 */
final class CancellableOpExecutor extends OpExecutorTDB2 {

    static final OpExecutorFactory FACTORY = CancellableOpExecutor::new;

    private CancellableOpExecutor(ExecutionContext execCxt) {
        super(execCxt);
    }

    @Override
    protected QueryIterator execute(OpPath opPath, QueryIterator input) {
        ExecutionContext guarded = ExecutionContext.copyChangeActiveGraph(execCxt,
                new CancellableGraph(execCxt.getActiveGraph(), Cancellation.signal(execCxt)));
        return new QueryIterPath(opPath.getTriplePath(), input, guarded);
    }
}
