package org.coldwar.federate;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpService;

/**
 * Fuseki's query operation with one more check before execution: a SERVICE whose target is a
 * constant IRI not on the allow-list makes the request a 400, SILENT or not, and nothing is
 * contacted. (Targets given by variables are checked when bound, by {@link GuardedServiceExecutor}.)
 */
public final class ServiceGuardQueryProcessor extends SPARQL_QueryDataset {

    private final ServicePolicy policy;

    public ServiceGuardQueryProcessor(ServicePolicy policy) {
        this.policy = policy;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        OpWalker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                if (op.getService().isURI() && !policy.allows(op.getService().getURI())) {
                    ServletOps.errorBadRequest("SERVICE <" + op.getService().getURI()
                            + "> is not allowed by this endpoint (allowed: "
                            + String.join(", ", policy.allowedEndpoints()) + ")");
                }
            }
        });
    }
}
