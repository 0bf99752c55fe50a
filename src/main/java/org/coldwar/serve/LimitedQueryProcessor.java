package org.coldwar.serve;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.WebContent;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.web.HttpSC;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.coldwar.federate.FederationException;
import org.coldwar.federate.RemoteBudget;
import org.coldwar.federate.ServiceGuardQueryProcessor;
import org.coldwar.federate.ServicePolicy;

/**
 * The query operation of our endpoint: SERVICE checked against the allow-list (see
 * {@link ServiceGuardQueryProcessor}), the server's time limit applied to the whole query, a
 * client's {@code timeout} parameter honoured only where it is shorter (Fuseki's own rule lets
 * it raise the limit), paths and regular expressions made to stop when the limit is reached
 * ({@link Cancellation}), and a {@link RemoteBudget} of SERVICE requests for each query. Results
 * no format of ours fits are a 406; graphs in Turtle are written by {@link NetworkTurtle}.
 */
final class LimitedQueryProcessor extends ServiceGuardQueryProcessor {

    private static final String BUDGET = RemoteBudget.class.getName();
    private final long limitMillis;
    private final int remoteRequestsPerQuery;

    LimitedQueryProcessor(ServicePolicy policy, Duration limit) {
        super(policy);
        this.limitMillis = limit.toMillis();
        this.remoteRequestsPerQuery = policy.maxRequestsPerQuery();
    }

    /**
     * A query that federation ends is answered with the status it names, not as a server error,
     * even when Jena swallowed the exception (FILTER and EXISTS drop the solution instead) and
     * as long as no byte of the answer has left (the response is held back: see HoldBackFilter).
     */
    @Override
    protected void execute(String queryString, HttpAction action) {
        RemoteBudget budget = new RemoteBudget(remoteRequestsPerQuery);
        action.getRequest().setAttribute(BUDGET, budget);
        try {
            super.execute(queryString, action);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof FederationException federation) {
                    answer(action, federation);
                }
            }
            throw e;
        } catch (StackOverflowError e) {
            // e.g. 5,000 nested parentheses in a text:query search, parsed recursively by Lucene;
            // the stack has unwound to here, so answering is safe
            if (!action.getResponse().isCommitted()) {
                action.getResponse().resetBuffer();
            }
            ServletOps.errorBadRequest("the query, or a search string in it, is nested too deeply to be evaluated");
        }
        if (budget.failure() != null) {
            answer(action, budget.failure());
        }
    }

    /** Replaces the results written so far (still in the buffer) with the failure's status and message. */
    private static void answer(HttpAction action, FederationException failure) {
        if (action.getResponse().isCommitted()) {
            ErrorLogFilter.LOG.warning("request " + action.id + ": answer already sent when federation failed: "
                    + failure.getMessage());
            return;
        }
        action.getResponse().resetBuffer();
        ServletOps.error(failure.status(), failure.getMessage());
    }

    /** HEAD is answered like GET (see {@link SparqlProtocolFilter}), so OPTIONS says so. */
    @Override
    public void execOptions(HttpAction action) {
        ActionLib.doOptionsGetPostHead(action);
        ServletOps.success(action);
    }

    /**
     * A result the client's Accept header admits none of our formats for is a 406 naming those
     * we have (Fuseki would send its default format instead). No Accept header means any.
     */
    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        String accept = action.getRequest().getHeader("Accept");
        if (accept != null && !accept.isBlank() && action.getRequestParameter("accept") == null) {
            AcceptList offer = result.isRowSet() ? DEF.rsOfferTable
                    : result.isBoolean() ? DEF.rsOfferBoolean : DEF.constructOffer;
            if (AcceptList.match(new AcceptList(accept), offer) == null) {
                ServletOps.error(HttpSC.NOT_ACCEPTABLE_406, "Not Acceptable: " + accept + ". Available: "
                        + offer.entries().stream().map(r -> r.getContentTypeStr()).distinct()
                                .collect(java.util.stream.Collectors.joining(", ")));
            }
        }
        if ((result.isGraph() || result.isDataset()) && isTurtle(
                ConNeg.chooseContentType(action.getRequest(), DEF.constructOffer, DEF.acceptTurtle))) {
            Graph graph = result.isGraph() ? result.graph() : result.dataset().getDefaultGraph();
            action.setResponseContentType(WebContent.contentTypeTurtle);
            action.setResponseCharacterEncoding(WebContent.charsetUTF8);
            ServletOps.success(action);
            try {
                NetworkTurtle.write(action.getResponseOutputStream(), graph);
            } catch (java.io.IOException e) {
                ServletOps.errorOccurred(e);
            }
            return;
        }
        super.sendResults(action, result, prologue);
    }

    private static boolean isTurtle(MediaType type) {
        return type != null && (WebContent.contentTypeTurtle.equals(type.getContentTypeStr())
                || WebContent.contentTypeTurtleAlt1.equals(type.getContentTypeStr()));
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExecDatasetBuilder builder = QueryExec.newBuilder().dataset(dataset).query(query).context(action.getContext());
        Cancellation.install(builder);
        builder.set(RemoteBudget.SYMBOL, action.getRequest().getAttribute(BUDGET));
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
