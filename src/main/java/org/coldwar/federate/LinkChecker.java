package org.coldwar.federate;

import org.coldwar.Resources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.coldwar.extract.AuthorityFile;
import org.coldwar.extract.Entity;
import org.coldwar.extract.WikidataLink;
import org.coldwar.map.IriMinter;
import org.coldwar.map.ProvenanceIndex;
import org.coldwar.problem.Location;
import org.coldwar.problem.Problem;
import org.coldwar.vocab.Namespaces;

/**
 * Asks a Wikidata endpoint about every item we link to and reports where it disagrees with us:
 * an item that is gone or redirected, a label far from all of ours, a person linked to something
 * that is not a human (or the reverse), and dates our claims cannot have (a person acting before
 * birth or after death). Each problem names the row of {@code wikidata-links.csv}.
 */
public final class LinkChecker {

    static final int BATCH = 50;
    static final double LABEL_THRESHOLD = 0.5;
    private static final Node HUMAN = NodeFactory.createURI(Namespaces.WD + "Q5");

    private final RemoteSparql remote;
    private final String endpoint;

    public LinkChecker(RemoteSparql remote, String endpoint) {
        this.remote = remote;
        this.endpoint = endpoint;
    }

    /** What Wikidata says about one item. */
    private static final class Item {
        final Set<String> names = new LinkedHashSet<>();
        final Set<Node> classes = new LinkedHashSet<>();
        Integer born;
        Integer died;
        String redirect;
        boolean hasLabel;

        boolean exists() {
            return hasLabel || !classes.isEmpty() || born != null;
        }
    }

    /**
     * @param data our dataset (named graphs as mapped), for the dates of claims
     * @param provenance where each claim comes from, to name it in messages
     */
    public List<Problem> check(AuthorityFile authority, DatasetGraph data, IriMinter iris, ProvenanceIndex provenance) {
        List<WikidataLink> links = authority.links();
        Map<String, Item> items = fetch(links.stream().map(WikidataLink::qid).distinct().toList());
        Map<String, List<String[]>> acting = actingDates(data);
        List<Problem> problems = new ArrayList<>();
        for (WikidataLink link : links) {
            Entity entity = authority.entity(link.entityId()).orElseThrow();
            Item item = items.get(link.qid());
            String who = link.qid() + " (" + link.entityId() + ")";
            Location at = link.declaredAt();
            if (item != null && item.redirect != null) {
                problems.add(Problem.at(at, who + ": Wikidata redirects it to " + item.redirect + "; link to that item"));
            }
            if (item == null || !item.exists()) {
                if (item == null || item.redirect == null) {
                    problems.add(Problem.at(at, who + ": not found in Wikidata (deleted, or a wrong id)"));
                }
                continue;
            }
            checkLabel(entity, item, who, at, problems);
            boolean person = entity.type().equals("Person");
            if (person && !item.classes.contains(HUMAN)) {
                problems.add(Problem.at(at, who + ": our entity is a person but the item is not a human (instance of "
                        + names(item.classes) + ")"));
            } else if (!person && item.classes.contains(HUMAN)) {
                problems.add(Problem.at(at, who + ": the item is a human but our entity is a " + entity.type()));
            }
            if (person) {
                checkDates(iris.entity(entity.id()).getURI(), item, who, at, acting, provenance, problems);
            }
        }
        return problems;
    }

    private static void checkLabel(Entity entity, Item item, String who, Location at, List<Problem> problems) {
        if (item.names.isEmpty()) {
            return;
        }
        List<String> ours = new ArrayList<>(entity.altLabels());
        ours.add(0, entity.label());
        double best = 0;
        for (String mine : ours) {
            for (String theirs : item.names) {
                best = Math.max(best, LabelSimilarity.of(mine, theirs));
            }
        }
        if (best < LABEL_THRESHOLD) {
            problems.add(Problem.at(at, who + ": Wikidata's label \"" + item.names.iterator().next()
                    + "\" is far from ours", entity.label()));
        }
    }

    private static void checkDates(String person, Item item, String who, Location at, Map<String, List<String[]>> acting,
            ProvenanceIndex provenance, List<Problem> problems) {
        for (String[] claimAndDate : acting.getOrDefault(person, List.of())) {
            int year = Integer.parseInt(claimAndDate[1].substring(0, 4));
            String where = provenance.originOf(NodeFactory.createURI(claimAndDate[0])).map(Location::toString)
                    .orElse(claimAndDate[0]);
            if (item.died != null && year > item.died) {
                problems.add(Problem.at(at, who + ": our claim at " + where + " has the person act in " + year
                        + ", after their death in " + item.died + " according to Wikidata"));
            }
            if (item.born != null && year < item.born) {
                problems.add(Problem.at(at, who + ": our claim at " + where + " has the person act in " + year
                        + ", before their birth in " + item.born + " according to Wikidata"));
            }
        }
    }

    private Map<String, Item> fetch(List<String> qids) {
        Map<String, Item> items = new HashMap<>();
        String template = resource("wikidata-items.rq");
        Var item = Var.alloc("item");
        for (int from = 0; from < qids.size(); from += BATCH) {
            List<Binding> values = new ArrayList<>();
            for (String qid : qids.subList(from, Math.min(qids.size(), from + BATCH))) {
                values.add(BindingFactory.binding(item, NodeFactory.createURI(Namespaces.WD + qid)));
            }
            Query query = ValuesFirst.add(QueryFactory.create(template), List.of(item), values);
            for (Binding row : remote.select(endpoint, query.toString())) {
                String qid = row.get(item).getURI().substring(Namespaces.WD.length());
                Item it = items.computeIfAbsent(qid, k -> new Item());
                if (row.get("label") != null) {
                    it.hasLabel = true;
                    it.names.add(row.get("label").getLiteralLexicalForm());
                }
                if (row.get("alias") != null) {
                    it.names.add(row.get("alias").getLiteralLexicalForm());
                }
                if (row.get("class") != null) {
                    it.classes.add(row.get("class"));
                }
                it.born = year(row.get("born"), it.born);
                it.died = year(row.get("died"), it.died);
                if (row.get("redirect") != null && row.get("redirect").isURI()) {
                    it.redirect = row.get("redirect").getURI().replace(Namespaces.WD, "");
                }
            }
        }
        return items;
    }

    private static Integer year(Node date, Integer current) {
        if (date == null || !date.isLiteral() || !date.getLiteralLexicalForm().matches("\\d{4}.*")) {
            return current;
        }
        return Integer.parseInt(date.getLiteralLexicalForm().substring(0, 4));
    }

    /** Person IRI to the (claim IRI, date) pairs in which our claims have them act. */
    private static Map<String, List<String[]>> actingDates(DatasetGraph data) {
        Map<String, List<String[]>> acting = new HashMap<>();
        try (QueryExec exec = QueryExec.dataset(data).query(resource("acting-dates.rq")).build()) {
            exec.select().forEachRemaining(row -> acting.computeIfAbsent(row.get("person").getURI(), k -> new ArrayList<>())
                    .add(new String[] {row.get("claim").getURI(), row.get("date").getLiteralLexicalForm()}));
        }
        return acting;
    }

    private static String names(Set<Node> classes) {
        if (classes.isEmpty()) {
            return "nothing";
        }
        return String.join(", ", classes.stream().map(n -> n.getURI().replace(Namespaces.WD, "")).toList());
    }

    private static String resource(String name) {
        return Resources.text(LinkChecker.class, name);
    }
}
