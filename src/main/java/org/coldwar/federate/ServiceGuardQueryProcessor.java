package org.coldwar.federate;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * Fuseki's query operation with one more check before execution: a SERVICE whose target is a
 * constant IRI not on the allow-list makes the request a 400, SILENT or not, and nothing is
 * contacted. (Targets given by variables are checked when bound, by {@link GuardedServiceExecutor}.)
 */
public class ServiceGuardQueryProcessor extends SPARQL_QueryDataset {

    private final ServicePolicy policy;

    public ServiceGuardQueryProcessor(ServicePolicy policy) {
        this.policy = policy;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        check(query.getQueryPattern());
    }

    /**
     * Walks a pattern, entering sub-queries and the patterns of EXISTS / NOT EXISTS in expressions.
     * A query may have none ({@code DESCRIBE <iri>} without WHERE).
     */
    private void check(Element pattern) {
        if (pattern == null) {
            return;
        }
        ElementWalker.walk(pattern, new ElementVisitorBase() {
            @Override
            public void visit(ElementService service) {
                if (service.getServiceNode().isURI() && !policy.allows(service.getServiceNode().getURI())) {
                    ServletOps.errorBadRequest("SERVICE <" + service.getServiceNode().getURI()
                            + "> is not allowed by this endpoint (allowed: "
                            + String.join(", ", policy.allowedEndpoints()) + ")");
                }
            }

            @Override
            public void visit(ElementFilter filter) {
                checkExpression(filter.getExpr());
            }

            @Override
            public void visit(ElementBind bind) {
                checkExpression(bind.getExpr());
            }

            @Override
            public void visit(ElementSubQuery subQuery) {
                check(subQuery.getQuery().getQueryPattern());
            }
        });
    }

    private void checkExpression(Expr expression) {
        Walker.walk(expression, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp function) {
                if (function.getElement() != null) {
                    check(function.getElement());
                }
            }
        });
    }
}
