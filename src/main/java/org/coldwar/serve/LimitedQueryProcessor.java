package org.coldwar.serve;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.coldwar.federate.FederationException;
import org.coldwar.federate.ServiceGuardQueryProcessor;
import org.coldwar.federate.ServicePolicy;

/**
 * The query operation of our endpoint: SERVICE checked against the allow-list (see
 * {@link ServiceGuardQueryProcessor}), the server's time limit applied to the whole query, a
 * client's {@code timeout} parameter honoured only where it is shorter (Fuseki's own rule lets
 * it raise the limit), and paths and regular expressions made to stop when the limit is reached
 * ({@link Cancellation}).
 */
final class LimitedQueryProcessor extends ServiceGuardQueryProcessor {

    private final long limitMillis;

    LimitedQueryProcessor(ServicePolicy policy, Duration limit) {
        super(policy);
        this.limitMillis = limit.toMillis();
    }

    /** A query that federation ends is answered with the status it names, not as a server error. */
    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } catch (FederationException e) {
            ServletOps.error(e.status(), e.getMessage());
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExecDatasetBuilder builder = QueryExec.newBuilder().dataset(dataset).query(query).context(action.getContext());
        Cancellation.install(builder);
        long initial = limitMillis;
        long overall = limitMillis;
        String asked = action.getRequestParameter("timeout");
        if (asked != null) {
            // "N" (seconds) bounds the whole query; "I,N" also the wait for the first result
            String[] parts = asked.split(",", -1);
            overall = lower(overall, seconds(parts[parts.length - 1]));
            initial = lower(initial, parts.length == 2 ? seconds(parts[0]) : overall);
        }
        return builder.initialTimeout(initial, TimeUnit.MILLISECONDS).overallTimeout(overall, TimeUnit.MILLISECONDS).build();
    }

    /** The client's value if it is a positive time under the limit, else the limit. */
    private static long lower(long limit, long client) {
        return client > 0 && client < limit ? client : limit;
    }

    /** Seconds (decimals allowed) as milliseconds; -1 for anything else. */
    private static long seconds(String text) {
        try {
            double seconds = Double.parseDouble(text.strip());
            return Double.isFinite(seconds) ? (long) (seconds * 1000) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
