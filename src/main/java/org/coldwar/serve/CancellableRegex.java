package org.coldwar.serve;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL's {@code REGEX} with Java's engine, matching over a {@link CancellableText} so that a
 * catastrophically backtracking pattern stops when its query is cancelled. Same results and
 * errors as {@link E_Regex}.
 */
final class CancellableRegex extends E_Regex {

    /** The last pattern compiled, reused while the pattern and flags stay the same (the usual case). */
    private volatile Compiled last;

    private record Compiled(String pattern, String flags, Pattern compiled) {
    }

    CancellableRegex(ExprList args) {
        super(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        String text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0)).getLiteralLexicalForm();
        Pattern pattern = pattern(args.get(1), args.size() > 2 ? args.get(2) : null);
        return NodeValue.booleanReturn(pattern.matcher(new CancellableText(text, Cancellation.signal(env))).find());
    }

    private Pattern pattern(NodeValue pattern, NodeValue flags) {
        if (!pattern.isString()) {
            throw new ExprEvalException("REGEX: pattern is not a string: " + pattern);
        }
        if (flags != null && !flags.isString()) {
            throw new ExprEvalException("REGEX: flags are not a string: " + flags);
        }
        String p = pattern.getString();
        String f = flags == null ? null : flags.getString();
        Compiled cached = last;
        if (cached != null && cached.pattern.equals(p) && java.util.Objects.equals(cached.flags, f)) {
            return cached.compiled;
        }
        Pattern compiled = RegexEngine.makePattern("REGEX", p, f);
        last = new Compiled(p, f, compiled);
        return compiled;
    }

    /**
     * Evaluation without the query's environment, which only constant folding does: refused, so
     * that the optimizer leaves the call to be evaluated, cancellably, when the query runs.
     */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException("REGEX is evaluated when the query runs");
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableRegex(newArgs);
    }
}
