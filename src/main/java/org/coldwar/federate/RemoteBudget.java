package org.coldwar.federate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * How many requests one query may still send to each remote endpoint. SERVICE under OPTIONAL,
 * inside EXISTS or with a variable target is evaluated once per solution, which sent 16,166
 * requests in 6.7 s for one query; with a budget, the query fails with a 400 naming it once the
 * budget is spent, before the request that would exceed it. One per query, kept in the query's
 * context under {@link #SYMBOL}; thread-safe.
 */
public final class RemoteBudget {

    /** The query-context key of a query's budget. */
    public static final Symbol SYMBOL = Symbol.create("https://w3id.org/coldwar/fuseki#remoteBudget");

    private final int perEndpoint;
    private final Map<String, AtomicInteger> spent = new ConcurrentHashMap<>();
    private volatile FederationException failure;

    public RemoteBudget(int perEndpoint) {
        if (perEndpoint < 1) {
            throw new IllegalArgumentException("a remote budget must allow at least 1 request, was " + perEndpoint);
        }
        this.perEndpoint = perEndpoint;
    }

    /**
     * Takes one request to {@code endpoint} from the budget in {@code context} (none there: no
     * per-query limit, e.g. outside the SPARQL endpoint); throws a 400 {@link FederationException}
     * if it is spent, and {@link org.apache.jena.query.QueryCancelledException} if the query has
     * been cancelled (timed out) meanwhile.
     */
    static void spend(Context context, String endpoint) {
        java.util.concurrent.atomic.AtomicBoolean cancelled = context == null ? null : Context.getCancelSignal(context);
        if (cancelled != null && cancelled.get()) {
            throw new org.apache.jena.query.QueryCancelledException();  // timed out: nothing more is sent
        }
        Object budget = context == null ? null : context.get(SYMBOL);
        if (budget instanceof RemoteBudget b) {
            b.spend(endpoint);
        }
    }

    /**
     * Records the first federation failure of the query and returns it, to be thrown. Jena's
     * FILTER and EXISTS evaluation swallow exceptions (the solution is dropped), so the query
     * processor asks {@link #failure()} afterwards rather than relying on the exception arriving.
     */
    static FederationException fail(Context context, FederationException e) {
        Object budget = context == null ? null : context.get(SYMBOL);
        if (budget instanceof RemoteBudget b && b.failure == null) {
            b.failure = e;
        }
        return e;
    }

    /** The first federation failure of the query, or null. */
    public FederationException failure() {
        return failure;
    }

    void spend(String endpoint) {
        if (failure != null) {
            throw failure;
        }
        int n = spent.computeIfAbsent(ServicePolicy.normalize(endpoint), k -> new AtomicInteger()).incrementAndGet();
        if (n > perEndpoint) {
            throw failure = FederationException.refused("this query would send more than " + perEndpoint + " requests to <"
                    + endpoint + ">, the most one query may; SERVICE under OPTIONAL, EXISTS or with a variable target "
                    + "is called once per solution: join the SERVICE pattern directly, or narrow the query");
        }
    }
}
