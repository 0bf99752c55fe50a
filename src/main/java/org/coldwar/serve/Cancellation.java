package org.coldwar.serve;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * Cooperative cancellation of the parts of query evaluation that Jena runs without looking at
 * its cancel signal: property paths (a path is evaluated in one call per start node, which can
 * take hours) and regular expressions ({@code REGEX}, {@code REPLACE}, whose backtracking can
 * take years). When the query times out, Jena sets the query's cancel signal; the code installed
 * here checks it at every graph access of a path and every few thousand characters a regular
 * expression reads, and throws {@link QueryCancelledException}, which Fuseki answers as a timeout.
 */
final class Cancellation {

    private Cancellation() {
    }

    /**
     * Installs the checks for the query {@code builder} will run (over any context it was given):
     * the server's executor ({@link ServerOpExecutor}, which also batches OPTIONAL SERVICE) and the
     * cancellable REGEX and REPLACE ({@link CancellableRewrite}).
     */
    static void install(QueryExecDatasetBuilder builder) {
        builder.set(ARQConstants.sysOpExecutorFactory, ServerOpExecutor.FACTORY);
        builder.set(ARQConstants.sysOptimizerFactory, new CancellableRewrite());
    }

    /** The cancel signal of the query being evaluated in {@code env}; never null. */
    static AtomicBoolean signal(FunctionEnv env) {
        if (env instanceof ExecutionContext execCxt && execCxt.getCancelSignal() != null) {
            return execCxt.getCancelSignal();
        }
        AtomicBoolean signal = env == null ? null : Context.getCancelSignal(env.getContext());
        return signal != null ? signal : new AtomicBoolean();
    }

    /** Throws if the query was cancelled (timed out or aborted). */
    static void check(AtomicBoolean signal) {
        if (signal.get()) {
            throw new QueryCancelledException();
        }
    }
}
