package org.coldwar.serve;

import java.util.List;
import java.util.Objects;

import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitor;
import org.apache.jena.sparql.algebra.Transform;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpExt;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.ExprTransformer;
import org.apache.jena.sparql.serializer.SerializationContext;
import org.apache.jena.sparql.util.NodeIsomorphismMap;

/**
 * A SERVICE hidden from Jena's algebra walkers where they mishandle it: inside an EXISTS in an
 * {@code ORDER BY} key or an aggregate. The optimizer's steps and the quad-form conversion skip
 * SERVICE contents, but for those two places they walk the expression with a walker that enters
 * them, which leaves the SERVICE's inner pattern on their stack ("Misaligned opStack"), and the
 * next step takes that pattern for the query's own: {@code SELECT * { ?s ?p ?o } ORDER BY
 * (EXISTS { SERVICE <e> { ?s ?q ?z } })} was evaluated over {@code ?s ?q ?z}. {@link #conceal}
 * wraps such SERVICEs in this opaque operator before the optimizer runs; it stays so (the
 * conversion to quads comes after the optimizer) and is evaluated as the SERVICE it holds.
 */
final class OpaqueService extends OpExt {

    private final OpService service;

    private OpaqueService(OpService service) {
        super("opaque-service");
        this.service = Objects.requireNonNull(service);
    }

    /** {@code op} with every SERVICE inside an EXISTS of a sort key or an aggregate made opaque. */
    static Op conceal(Op op) {
        return Transformer.transform(new TransformCopy() {
            @Override
            public Op transform(OpOrder order, Op sub) {
                List<SortCondition> keys = order.getConditions().stream()
                        .map(key -> new SortCondition(concealIn(key.getExpression()), key.getDirection())).toList();
                return new OpOrder(sub, keys);
            }

            @Override
            public Op transform(OpGroup group, Op sub) {
                List<ExprAggregator> aggregates = group.getAggregators().stream().map(a -> a.getAggregator().getExprList() == null
                        ? a : new ExprAggregator(a.getVar(), a.getAggregator().copy(concealIn(a.getAggregator().getExprList()))))
                        .toList();
                return OpGroup.create(sub, group.getGroupVars(), aggregates);
            }
        }, op);
    }

    private static ExprList concealIn(ExprList exprs) {
        ExprList out = new ExprList();
        exprs.forEach(e -> out.add(concealIn(e)));
        return out;
    }

    private static Expr concealIn(Expr expr) {
        return ExprTransformer.transform(new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionOp funcOp, ExprList args, Op opArg) {
                return funcOp.copy(args, Transformer.transform(new TransformCopy() {
                    @Override
                    public Op transform(OpService opService, Op subOp) {
                        return new OpaqueService(opService);
                    }
                }, opArg));
            }
        }, expr);
    }

    /** Opaque: no transform enters or changes it. */
    @Override
    public Op apply(Transform transform) {
        return this;
    }

    @Override
    public Op apply(Transform transform, OpVisitor before, OpVisitor after) {
        return this;
    }

    @Override
    public Op effectiveOp() {
        return service;
    }

    /** As the SERVICE: through the executor, and so through the allow-list and the remote budget. */
    @Override
    public QueryIterator eval(QueryIterator input, ExecutionContext execCxt) {
        return QC.execute(service, input, execCxt);
    }

    @Override
    public void outputArgs(IndentedWriter out, SerializationContext sCxt) {
        service.output(out, sCxt);
    }

    @Override
    public int hashCode() {
        return service.hashCode() ^ 0x5e7c;
    }

    @Override
    public boolean equalTo(Op other, NodeIsomorphismMap labelMap) {
        return other instanceof OpaqueService o && service.equalTo(o.service, labelMap);
    }
}
