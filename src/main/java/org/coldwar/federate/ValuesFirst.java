package org.coldwar.federate;

import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * Puts a VALUES block at the start of a query's pattern, where it binds the variables before the
 * rest is evaluated (a trailing VALUES is joined last: wrong for a pattern that starts with
 * OPTIONAL, and slow on a large store).
 */
final class ValuesFirst {

    private ValuesFirst() {
    }

    /** Adds {@code rows} over {@code vars} as the first element of {@code query}'s pattern (modifies it). */
    static Query add(Query query, List<Var> vars, List<Binding> rows) {
        ElementData data = new ElementData();
        vars.forEach(data::add);
        rows.forEach(data::add);
        Element pattern = query.getQueryPattern();
        ElementGroup group;
        if (pattern instanceof ElementGroup existing) {
            group = existing;
        } else {
            group = new ElementGroup();
            group.addElement(pattern);
            query.setQueryPattern(group);
        }
        group.getElements().add(0, data);
        return query;
    }
}
