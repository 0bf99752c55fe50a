package org.coldwar.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.coldwar.problem.Location;
import org.coldwar.problem.Problem;
import org.coldwar.problem.Problems;
import org.coldwar.source.CsvReader;
import org.coldwar.vocab.Ontology;

/**
 * The entities of {@code seeds/entities.csv} and their Wikidata links from
 * {@code seeds/wikidata-links.csv} (optional file), checked: ids well-formed and unique, types
 * known to the ontology, links naming known entities with evidence.
 */
public final class AuthorityFile {

    public static final String ENTITIES_FILE = "entities.csv";
    public static final String LINKS_FILE = "wikidata-links.csv";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(_[a-z0-9]+)*");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    private final Map<String, Entity> entities;
    private final Map<String, List<WikidataLink>> links;

    private AuthorityFile(Map<String, Entity> entities, Map<String, List<WikidataLink>> links) {
        this.entities = entities;
        this.links = links;
    }

    /** Loads and checks both files; throws with every problem found. */
    public static AuthorityFile load(Path seedsDir, String shownDir, Ontology ontology) {
        return load(seedsDir, shownDir, ontology, List.of());
    }

    /**
     * Loads and checks {@code entities.csv} (optional when the seeds hold a TEI List of Persons),
     * the List of Persons ({@link EditionAuthority}: its persons keep the edition's identifiers),
     * an entity for each TEI document ({@code teiSources}), and the Wikidata links; throws with
     * every problem found.
     */
    public static AuthorityFile load(Path seedsDir, String shownDir, Ontology ontology,
            java.util.Collection<org.coldwar.source.SourceDocument> teiSources) {
        Problems problems = new Problems();
        Map<String, Entity> entities = new TreeMap<>();
        for (Entity entity : EditionAuthority.entities(seedsDir, shownDir, teiSources, problems)) {
            entities.put(entity.id(), entity);
        }
        Path entitiesFile = seedsDir.resolve(ENTITIES_FILE);
        if (!entities.isEmpty() && !Files.exists(entitiesFile)) {
            problems.throwIfAny();
            return new AuthorityFile(entities, new TreeMap<>());
        }
        new CsvReader(shownDir + "/" + ENTITIES_FILE, List.of("id", "type", "label", "alt_labels", "description"))
                .read(entitiesFile, row -> {
                    Entity entity = new Entity(row.get("id"), row.get("type"), row.get("label"),
                            splitAltLabels(row.get("alt_labels")), row.get("description"), row.location());
                    if (check(entity, ontology, problems)) {
                        Entity earlier = entities.putIfAbsent(entity.id(), entity);
                        if (earlier != null) {
                            problems.report(Problem.at(row.location(), "entity id already used at line "
                                    + earlier.declaredAt().line(), entity.id()));
                        }
                    }
                });
        Map<String, List<WikidataLink>> links = new TreeMap<>();
        Path linksFile = seedsDir.resolve(LINKS_FILE);
        if (Files.exists(linksFile)) {
            readLinks(linksFile, shownDir + "/" + LINKS_FILE, entities, links, problems);
        }
        problems.throwIfAny();
        return new AuthorityFile(entities, links);
    }

    private static boolean check(Entity entity, Ontology ontology, Problems problems) {
        Location at = entity.declaredAt();
        if (!ID.matcher(entity.id()).matches()) {
            problems.report(Problem.at(at, "entity id must be lower-case snake_case", entity.id()));
            return false;
        }
        if (!ontology.isEntityClass(entity.type())) {
            problems.report(Problem.at(at, "unknown entity type", entity.type()));
            return false;
        }
        if (entity.label().isEmpty()) {
            problems.report(Problem.at(at, "entity has no label", entity.id()));
            return false;
        }
        return true;
    }

    private static void readLinks(Path file, String shownAs, Map<String, Entity> entities,
            Map<String, List<WikidataLink>> links, Problems problems) {
        new CsvReader(shownAs, List.of("entity", "qid", "match", "wikidata_label", "evidence")).read(file, row -> {
            Location at = row.location();
            String entityId = row.get("entity");
            String qid = row.get("qid");
            if (!entities.containsKey(entityId)) {
                problems.report(Problem.at(at, "link names an unknown entity", entityId));
            } else if (!QID.matcher(qid).matches()) {
                problems.report(Problem.at(at, "not a Wikidata item id (Q followed by digits)", qid));
            } else if (!row.has("evidence")) {
                problems.report(Problem.at(at, "link has no evidence of how it was verified", qid));
            } else if (!row.get("match").equals("exact") && !row.get("match").equals("close")) {
                problems.report(Problem.at(at, "match must be 'exact' or 'close'", row.get("match")));
            } else {
                WikidataLink.Match match = row.get("match").equals("exact")
                        ? WikidataLink.Match.EXACT : WikidataLink.Match.CLOSE;
                links.computeIfAbsent(entityId, k -> new ArrayList<>()).add(new WikidataLink(entityId, qid, match,
                        row.get("wikidata_label"), row.get("evidence"), at));
            }
        });
    }

    /** Splits a {@code |}-separated cell into its trimmed, distinct, non-empty parts. */
    public static List<String> splitAltLabels(String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    /** All entities in id order. */
    public Collection<Entity> entities() {
        return entities.values();
    }

    /** The links of an entity, possibly none. */
    public List<WikidataLink> linksOf(String entityId) {
        return links.getOrDefault(entityId, List.of());
    }

    /** All links in entity order. */
    public List<WikidataLink> links() {
        return links.values().stream().flatMap(List::stream).toList();
    }
}
