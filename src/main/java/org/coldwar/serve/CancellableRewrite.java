package org.coldwar.serve;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.util.Context;

/**
 * Jena's standard optimizer after one more step: every {@code REGEX} and {@code REPLACE}
 * in the algebra, including those inside EXISTS, becomes its cancellable twin
 * ({@link CancellableRegex}, {@link CancellableReplace}); and with the SERVICEs the optimizer
 * would mishandle kept out of its reach ({@link OpaqueService}).
 */
final class CancellableRewrite implements RewriteFactory {

    @Override
    public Rewrite create(Context context) {
        Rewrite standard = Optimize.stdOptimizationFactory.create(context);
        // before the standard steps, whose constant folding would otherwise evaluate REGEX("...", "...") uncancellably
        return op -> standard.rewrite(OpaqueService.conceal(cancellable(op)));
    }

    static Op cancellable(Op op) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex && !(func instanceof CancellableRegex)) {
                    return new CancellableRegex(args);
                }
                if (func instanceof E_StrReplace && !(func instanceof CancellableReplace)) {
                    return new CancellableReplace(args);
                }
                return super.transform(func, args);
            }
        }, op);
    }
}
