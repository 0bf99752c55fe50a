package org.coldwar.federate;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.OpAsQuery;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;

/**
 * Executes every SERVICE call of our endpoint, in place of Jena's all-or-nothing HTTP executor:
 * the target (a constant, or a variable as bound at run time) must be on the allow-list, or the
 * query fails before any connection is opened, SILENT or not. Allowed calls go through
 * {@link RemoteSparql} (User-Agent, timeout, row cap, 429 back-off); a failed call of a SILENT
 * SERVICE yields the input solution, as SPARQL 1.1 Federated Query says.
 */
public final class GuardedServiceExecutor implements ChainingServiceExecutor {

    private final RemoteSparql remote;

    public GuardedServiceExecutor(RemoteSparql remote) {
        this.remote = remote;
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding,
            ExecutionContext execCxt, ServiceExecutor chain) {
        Node service = opExecute.getService();
        if (!service.isURI()) {
            throw RemoteBudget.fail(execCxt.getContext(),
                    FederationException.refused("SERVICE target " + service + " is not bound to an IRI; refused"));
        }
        String endpoint = service.getURI();
        if (!remote.policy().allows(endpoint)) {
            throw RemoteBudget.fail(execCxt.getContext(), FederationException.refused("SERVICE <" + endpoint
                    + "> is not allowed by this endpoint (allowed: " + String.join(", ", remote.policy().allowedEndpoints()) + ")"));
        }
        RemoteBudget.spend(execCxt.getContext(), endpoint);
        Query query = OpAsQuery.asQuery(opExecute.getSubOp());
        List<Binding> rows;
        try {
            rows = remote.select(endpoint, query.toString());
        } catch (RemoteSparql.RemoteException e) {
            if (opExecute.getSilent()) {
                return QueryIterSingleton.create(binding, execCxt);
            }
            throw RemoteBudget.fail(execCxt.getContext(), FederationException.remote(e));
        }
        return QueryIterPlainWrapper.create(SolutionJoin.join(List.of(binding), rows).iterator(), execCxt);
    }
}
