package org.coldwar.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.coldwar.extract.auto.NameForms;
import org.coldwar.extract.auto.ReviewFile;
import org.coldwar.problem.InvalidDataException;
import org.coldwar.problem.Location;
import org.coldwar.problem.Problem;
import org.coldwar.problem.Problems;
import org.coldwar.source.SourceDocument;
import org.coldwar.source.TeiSources;
import org.coldwar.source.tei.ListedPerson;
import org.coldwar.source.tei.PersonsListReader;

/**
 * The authority entries an edition brings with it: each person of its List of Persons
 * ({@code persons.xml}), keeping the edition's identifier ({@code p_DJF1}) as entity id, with
 * the name turned into the forms running text uses ({@link NameForms}: "Dulles, John Foster"
 * becomes "John Foster Dulles", also written "Dulles", "Secretary Dulles"…) and the edition's
 * description; and each TEI document as a work, named by its file ({@code d1}) and titled by
 * its heading.
 */
public final class EditionAuthority {

    private static final Pattern EDITION_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z0-9]+(_[a-z0-9]+)*");

    private EditionAuthority() {
    }

    /** The new entities a person accepted in a review file (kind {@code entity}), with the id and type given there. */
    private static List<Entity> acceptedNames(Path seedsDir, String shownDir, Problems problems) {
        List<Entity> accepted = new ArrayList<>();
        Path dir = seedsDir.resolve(ReviewFile.DIR);
        if (!Files.isDirectory(dir)) {
            return accepted;
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                String shownAs = shownDir + "/" + ReviewFile.DIR + "/" + file.getFileName();
                for (ReviewFile.Decision d : ReviewFile.read(file, shownAs, problems).values()) {
                    if (!d.accepted() || d.entityId().isEmpty()) {
                        continue;
                    }
                    if (!SNAKE_CASE.matcher(d.entityId()).matches()) {
                        problems.report(Problem.at(d.location(), "entity_id must be lower-case snake_case",
                                d.entityId()));
                    } else if (!org.coldwar.vocab.Ontology.get().isEntityClass(d.entityType())) {
                        problems.report(Problem.at(d.location(), "unknown entity type", d.entityType()));
                    } else {
                        accepted.add(new Entity(d.entityId(), d.entityType(), d.proposal(), List.of(),
                                "Accepted in review" + (d.reviewer().isEmpty() ? "" : " by " + d.reviewer()) + ".",
                                d.location()));
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return accepted;
    }

    /** The entities of the List of Persons (if the seeds have one) and of the TEI documents. */
    public static List<Entity> entities(Path seedsDir, String shownDir, Collection<SourceDocument> sources,
            Problems problems) {
        List<Entity> entities = new ArrayList<>();
        Path persons = seedsDir.resolve(TeiSources.PERSONS_FILE);
        String shownAs = shownDir + "/" + TeiSources.PERSONS_FILE;
        if (Files.isRegularFile(persons)) {
            try {
                List<ListedPerson> listed = new PersonsListReader().read(persons, shownAs);
                java.util.Map<String, String> descriptions = new java.util.HashMap<>();
                listed.forEach(p -> descriptions.put(p.id(), p.description()));
                for (var entry : NameForms.entries(listed)) {
                    if (!EDITION_ID.matcher(entry.entityId()).matches()) {
                        problems.report(Problem.at(Location.of(shownAs), "a person's xml:id must be letters, digits and"
                                + " '_' (it names the entity in IRIs)", entry.entityId()));
                        continue;
                    }
                    List<String> forms = entry.forms();
                    entities.add(new Entity(entry.entityId(), "Person", forms.get(0), forms.subList(1, forms.size()),
                            descriptions.get(entry.entityId()), Location.of(shownAs)));
                }
            } catch (InvalidDataException e) {
                e.problems().forEach(problems::report);
            }
        }
        entities.addAll(acceptedNames(seedsDir, shownDir, problems));
        for (SourceDocument source : sources) {
            source.tei().ifPresent(tei -> entities.add(new Entity(source.stem(), "Work", source.title(), List.of(),
                    "Document " + tei.documentId() + " of the edition (" + tei.xmlFileName() + ").",
                    source.declaredAt())));
        }
        return entities;
    }
}
