package org.coldwar.serve;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL's {@code REPLACE}, whose matching first runs over a {@link CancellableText} so that a
 * catastrophically backtracking pattern stops when its query is cancelled; Jena's own
 * replacement then gives the result (the same results and errors as {@link E_StrReplace}, in at
 * most twice the time of a match that finished).
 */
final class CancellableReplace extends E_StrReplace {

    CancellableReplace(ExprList args) {
        super(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        NodeValue pattern = args.get(1);
        NodeValue flags = args.size() > 3 ? args.get(3) : null;
        if (!pattern.isString() || (flags != null && !flags.isString())) {
            throw new ExprEvalException("REPLACE: pattern and flags must be strings");
        }
        Pattern compiled = RegexEngine.makePattern("REPLACE", pattern.getString(), flags == null ? null : flags.getString());
        String text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0)).getLiteralLexicalForm();
        Matcher matcher = compiled.matcher(new CancellableText(text, Cancellation.signal(env)));
        while (matcher.find()) {
            // only to be stopped if it takes too long
        }
        return XSDFuncOp.strReplace(args.get(0), compiled, args.get(2));
    }

    /**
     * Evaluation without the query's environment, which only constant folding does: refused, so
     * that the optimizer leaves the call to be evaluated, cancellably, when the query runs.
     */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException("REPLACE is evaluated when the query runs");
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableReplace(newArgs);
    }
}
