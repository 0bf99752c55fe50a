package org.coldwar.extract.auto;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.coldwar.source.SourceDocument;

/**
 * Reads one source the way a machine can: layout-first sentences ({@link Sentences}), mentions of
 * the authority file's entries ({@link Gazetteer}), time expressions ({@link TimeExpressionTagger},
 * anchored to the document's date), runs of names that match no entry ({@link NameCandidate}),
 * and the claims the {@link ClaimRules} propose within each sentence. CPU only, offline; one
 * document at a time, depending on nothing but the document and the authority file, so it can be
 * called unchanged from a distributed engine.
 */
public final class Extractor {

    private final Sentences sentences = new Sentences();
    private final Gazetteer gazetteer;
    private final TimeExpressionTagger times = new TimeExpressionTagger();
    private final ClaimRules rules;
    private final Map<String, String> labels;
    private final java.util.Set<String> persons;
    private final Map<String, java.util.Set<String>> classes;

    /**
     * @param labels entity id to preferred label, for every entity the gazetteer knows
     * @param persons the ids of the entities that are persons
     */
    public Extractor(Gazetteer gazetteer, ClaimRules rules, Map<String, String> labels, java.util.Set<String> persons) {
        this(gazetteer, rules, labels, persons, Map.of());
    }

    /**
     * @param classes entity id to the ontology classes it is an instance of, for the rules that
     *     need places, states, treaties or positions
     */
    public Extractor(Gazetteer gazetteer, ClaimRules rules, Map<String, String> labels, java.util.Set<String> persons,
            Map<String, java.util.Set<String>> classes) {
        this.gazetteer = gazetteer;
        this.rules = rules;
        this.labels = Map.copyOf(labels);
        this.persons = java.util.Set.copyOf(persons);
        this.classes = Map.copyOf(classes);
    }

    /**
     * An extractor over every entry of {@code authority}: each entity's label and spellings as
     * gazetteer forms, persons marked as such, the rules with their measured confidence.
     */
    public static Extractor forAuthority(org.coldwar.extract.AuthorityFile authority) {
        List<GazetteerEntry> entries = new ArrayList<>();
        Map<String, String> labels = new java.util.HashMap<>();
        java.util.Set<String> persons = new java.util.HashSet<>();
        Map<String, java.util.Set<String>> classes = new java.util.HashMap<>();
        org.coldwar.vocab.Ontology ontology = org.coldwar.vocab.Ontology.get();
        for (org.coldwar.extract.Entity entity : authority.entities()) {
            java.util.Set<String> of = new java.util.HashSet<>();
            for (String cls : List.of("Agent", "Place", "State", "Treaty", "Position", "Event", "Person")) {
                if (ontology.isSubClassOf(entity.type(), cls)) {
                    of.add(cls);
                }
            }
            classes.put(entity.id(), of);
            List<String> forms = new ArrayList<>();
            forms.add(entity.label());
            forms.addAll(entity.altLabels());
            boolean person = entity.type().equals("Person");
            entries.add(new GazetteerEntry(entity.id(), forms, person));
            labels.put(entity.id(), entity.label());
            if (person) {
                persons.add(entity.id());
            }
        }
        return new Extractor(Gazetteer.of(entries), ClaimRules.measured(), labels, persons, classes);
    }

    /** The preferred label of an entity the extractor knows, or the id itself. */
    public String label(String entityId) {
        return labels.getOrDefault(entityId, entityId);
    }

    public DocumentReading read(SourceDocument source) {
        String text = source.text();
        List<Sentences.Sentence> sentenceList = sentences.split(text);
        List<Mention> mentions = gazetteer.tag(text);
        List<TimeExpression> timeList = times.tag(text, documentDate(source).orElse(null));
        List<NameCandidate> names = gazetteer.candidates(text);
        List<CandidateClaim> candidates = new ArrayList<>();
        int m = 0;
        int t = 0;
        for (Sentences.Sentence sentence : sentenceList) {
            List<Mention> inSentence = new ArrayList<>();
            List<Mention> others = new ArrayList<>();
            while (m < mentions.size() && mentions.get(m).start() < sentence.end()) {
                Mention mention = mentions.get(m++);
                if (mention.start() >= sentence.start()) {
                    (persons.contains(mention.entityId()) ? inSentence : others).add(mention);
                }
            }
            TimeExpression time = null;
            while (t < timeList.size() && timeList.get(t).start() < sentence.end()) {
                TimeExpression candidate = timeList.get(t++);
                if (time == null && candidate.start() >= sentence.start()) {
                    time = candidate;
                }
            }
            candidates.addAll(rules.propose(source.stem(), text, sentence, inSentence, others, classes, time, labels));
        }
        return new DocumentReading(source, sentenceList, mentions, timeList, names, candidates);
    }

    /** The day a TEI document is dated (its machine-readable minimum date), for relative expressions. */
    static Optional<LocalDate> documentDate(SourceDocument source) {
        return source.tei().map(tei -> tei.document().dateMin()).filter(d -> d.length() >= 10)
                .map(d -> LocalDate.parse(d.substring(0, 10)));
    }
}
