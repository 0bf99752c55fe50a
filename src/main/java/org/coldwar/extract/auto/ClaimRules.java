package org.coldwar.extract.auto;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules that propose claims from one sentence: they fire on mentions of persons of the
 * authority file, a trigger word and, where there is one, a time expression.
 * <ul>
 * <li>{@value #MEETING}: a meeting verb or noun ("met", "talked with", "conversation") and two or
 *     more persons: a proposed meeting, each person a participant, dated by the sentence's time
 *     expression;</li>
 * <li>{@value #MESSAGE}: a message noun ("telegram", "letter", "message", "cable") followed by
 *     "to", with a person before it and a person after "to": a proposed message, its author and
 *     addressee, dated likewise;</li>
 * <li>{@value #ARREST} and {@value #EXECUTION}: persons named before "was arrested" / "were
 *     executed" (and the like): a proposed arrest or execution, each person its victim;</li>
 * <li>{@value #VISIT}: a person, then "visited" (or "trip to", "arrived in"…) and a place: a
 *     proposed visit, its participant and location;</li>
 * <li>{@value #SIGNING}: an agent, then "signed" and a treaty of the authority file: the treaty's
 *     signatory;</li>
 * <li>{@value #APPOINTMENT}: a person, then "was appointed" (named, made, elected) and a
 *     position: the position the person held;</li>
 * <li>{@value #RECOGNITION}: a state, then "recognised" and another state: their diplomatic
 *     relation.</li>
 * </ul>
 * Each rule's confidence is its precision as measured by {@code coldwar evaluate} on the
 * hand-made claims of our seeds (see README); until a person accepts a proposal it is never a fact.
 */
public final class ClaimRules {

    public static final String MEETING = "meeting";
    public static final String MESSAGE = "message";
    public static final String ARREST = "arrest";
    public static final String EXECUTION = "execution";
    public static final String VISIT = "visit";
    public static final String SIGNING = "signing";
    public static final String APPOINTMENT = "appointment";
    public static final String RECOGNITION = "recognition";
    /** Every rule, in the order they are tried and reported. */
    public static final List<String> ALL = List.of(MEETING, MESSAGE, ARREST, EXECUTION, VISIT, SIGNING, APPOINTMENT,
            RECOGNITION);

    private static final Pattern MEETING_TRIGGER = Pattern.compile(
            "\\b(met|meet|meets|meeting|meetings|talked|talks|conversation|conversations|conferred)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MESSAGE_TRIGGER = Pattern.compile(
            "\\b(telegram|letter|message|cable)s?\\b[^.;]{0,60}?\\bto\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern ARREST_TRIGGER = Pattern.compile("\\b(was|were|been|being) (arrested|imprisoned|"
            + "detained|jailed)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXECUTION_TRIGGER = Pattern.compile("\\b(was|were|been|being) (executed|shot|hanged)"
            + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern VISIT_TRIGGER = Pattern.compile("\\b(visited|visit to|trip to|journey to|arrived in"
            + "|went to|came to)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIGNING_TRIGGER = Pattern.compile("\\b(signed|signing of|signature of)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern APPOINTMENT_TRIGGER = Pattern.compile("\\b(was|were) (appointed|named|made|elected)"
            + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RECOGNITION_TRIGGER = Pattern.compile("\\b(recogni[sz]ed|recogni[sz]ing|recognition"
            + " of)\\b", Pattern.CASE_INSENSITIVE);

    private final Map<String, Double> confidence;

    /** @param confidence each rule's measured precision, by rule name */
    public ClaimRules(Map<String, Double> confidence) {
        this.confidence = Map.copyOf(confidence);
    }

    /** The confidence given to what {@code rule} proposes. */
    public double confidenceOf(String rule) {
        return confidence.getOrDefault(rule, 0.0);
    }

    /**
     * The rules with the confidence {@code coldwar evaluate} measures on the seeds' hand-made
     * claims: meeting 6 right of 13 proposed, message 2 of 2, visit 5 of 6, with add-one smoothing;
     * the rules that never fire on the seeds (arrest, execution, signing, appointment, recognition)
     * have no measurement and get the uninformed 0.5 (README, "Archives"; a test keeps these
     * figures equal to the measurement).
     */
    public static ClaimRules measured() {
        return new ClaimRules(Map.of(MEETING, 0.47, MESSAGE, 0.75, VISIT, 0.75, ARREST, 0.5, EXECUTION, 0.5, SIGNING,
                0.5, APPOINTMENT, 0.5, RECOGNITION, 0.5));
    }

    /**
     * Proposals from one sentence.
     *
     * @param text the whole text (offsets are code points into it)
     * @param persons the mentions of persons within the sentence, in order
     * @param time the sentence's first time expression, or null
     * @param labels entity id to preferred label, for naming proposals
     */
    public List<CandidateClaim> propose(String stem, String text, Sentences.Sentence sentence, List<Mention> persons,
            TimeExpression time, Map<String, String> labels) {
        return propose(stem, text, sentence, persons, List.of(), Map.of(), time, labels);
    }

    /**
     * Proposals from one sentence, with the other entities it names (places, states, treaties,
     * positions) and their classes, for the rules that need them.
     *
     * @param others the mentions of entities that are not persons, in order
     * @param classes entity id to the classes it is an instance of (its type and the type's ancestors)
     */
    public List<CandidateClaim> propose(String stem, String text, Sentences.Sentence sentence, List<Mention> persons,
            List<Mention> others, Map<String, Set<String>> classes, TimeExpression time, Map<String, String> labels) {
        List<CandidateClaim> out = new ArrayList<>();
        if (persons.isEmpty() && others.isEmpty()) {
            return out;  // every rule needs a named person or entity; most sentences name none
        }
        String words = text.substring(text.offsetByCodePoints(0, sentence.start()),
                text.offsetByCodePoints(0, sentence.end()));
        Set<String> distinct = new LinkedHashSet<>();
        persons.forEach(m -> distinct.add(m.entityId()));
        if (distinct.size() >= 2 && MEETING_TRIGGER.matcher(words).find()) {
            String subject = stem + "_meeting_" + sentence.start();
            String label = "Meeting of " + String.join(", ", distinct.stream().map(labels::get).toList())
                    + (time == null ? "" : " (" + time.text() + ")");
            for (String person : distinct) {
                out.add(claim(subject, "Meeting", label, "participant", person, sentence, MEETING, time, persons));
            }
            if (time != null) {
                out.add(claim(subject, "Meeting", label, "pointInTime", time.edtf(), sentence, MEETING, time, persons));
            }
        }
        Matcher message = MESSAGE_TRIGGER.matcher(words);
        if (persons.size() >= 2 && message.find()) {
            int triggerStart = sentence.start() + words.codePointCount(0, message.start());
            int toEnd = sentence.start() + words.codePointCount(0, message.end());
            Mention author = persons.stream().filter(m -> m.end() <= triggerStart).reduce((a, b) -> b).orElse(null);
            Mention addressee = persons.stream().filter(m -> m.start() >= toEnd).findFirst().orElse(null);
            if (author != null && addressee != null && !author.entityId().equals(addressee.entityId())) {
                String subject = stem + "_message_" + sentence.start();
                String label = "Message from " + labels.get(author.entityId()) + " to "
                        + labels.get(addressee.entityId()) + (time == null ? "" : " (" + time.text() + ")");
                out.add(claim(subject, "Work", label, "author", author.entityId(), sentence, MESSAGE, time, persons));
                out.add(claim(subject, "Work", label, "addressee", addressee.entityId(), sentence, MESSAGE, time,
                        persons));
                if (time != null) {
                    out.add(claim(subject, "Work", label, "publicationDate", time.edtf(), sentence, MESSAGE, time,
                            persons));
                }
            }
        }
        String w = words;  // the sentence's text; offsets below are code points of the whole text
        int from = sentence.start();
        victims(out, stem, w, from, sentence, persons, time, labels, ARREST_TRIGGER, ARREST, "Arrest", "Arrest of ");
        victims(out, stem, w, from, sentence, persons, time, labels, EXECUTION_TRIGGER, EXECUTION, "Execution",
                "Execution of ");
        Matcher visit = VISIT_TRIGGER.matcher(w);
        if (!persons.isEmpty() && !others.isEmpty() && visit.find()) {
            int at = from + w.codePointCount(0, visit.start());
            Mention who = persons.stream().filter(m -> m.end() <= at).reduce((a, b) -> b).orElse(null);
            Mention where = others.stream().filter(m -> m.start() >= at && is(classes, m, "Place")).findFirst()
                    .orElse(null);
            if (who != null && where != null) {
                String subject = stem + "_visit_" + sentence.start();
                String label = "Visit of " + labels.get(who.entityId()) + " to " + labels.get(where.entityId())
                        + (time == null ? "" : " (" + time.text() + ")");
                out.add(claim(subject, "Visit", label, "participant", who.entityId(), sentence, VISIT, time, persons));
                out.add(claim(subject, "Visit", label, "location", where.entityId(), sentence, VISIT, time, persons));
                if (time != null) {
                    out.add(claim(subject, "Visit", label, "pointInTime", time.edtf(), sentence, VISIT, time, persons));
                }
            }
        }
        Matcher signing = SIGNING_TRIGGER.matcher(w);
        if (!others.isEmpty() && signing.find()) {
            int at = from + w.codePointCount(0, signing.start());
            Mention treaty = others.stream().filter(m -> m.start() >= at && is(classes, m, "Treaty")).findFirst()
                    .orElse(null);
            Mention signer = java.util.stream.Stream.concat(persons.stream(), others.stream())
                    .filter(m -> m.end() <= at && is(classes, m, "Agent")).reduce((a, b) -> b).orElse(null);
            if (treaty != null && signer != null) {
                out.add(claim(treaty.entityId(), "", "", "signatory", signer.entityId(), sentence, SIGNING, time,
                        persons));
            }
        }
        Matcher appointment = APPOINTMENT_TRIGGER.matcher(w);
        if (!persons.isEmpty() && !others.isEmpty() && appointment.find()) {
            int at = from + w.codePointCount(0, appointment.start());
            Mention who = persons.stream().filter(m -> m.end() <= at).reduce((a, b) -> b).orElse(null);
            Mention post = others.stream().filter(m -> m.start() >= at && is(classes, m, "Position")).findFirst()
                    .orElse(null);
            if (who != null && post != null) {
                out.add(claim(who.entityId(), "", "", "positionHeld", post.entityId(), sentence, APPOINTMENT, time,
                        persons));
            }
        }
        Matcher recognition = RECOGNITION_TRIGGER.matcher(w);
        if (others.size() >= 2 && recognition.find()) {
            int at = from + w.codePointCount(0, recognition.start());
            Mention by = others.stream().filter(m -> m.end() <= at && is(classes, m, "State")).reduce((a, b) -> b)
                    .orElse(null);
            Mention of = others.stream().filter(m -> m.start() >= at && is(classes, m, "State")).findFirst().orElse(null);
            if (by != null && of != null && !by.entityId().equals(of.entityId())) {
                out.add(claim(by.entityId(), "", "", "diplomaticRelation", of.entityId(), sentence, RECOGNITION, time,
                        persons));
            }
        }
        return out;
    }

    /** Persons named before "was arrested" / "were executed": a proposed event, each of them its victim. */
    private void victims(List<CandidateClaim> out, String stem, String words, int from, Sentences.Sentence sentence,
            List<Mention> persons, TimeExpression time, Map<String, String> labels, Pattern trigger, String rule,
            String type, String labelStart) {
        Matcher m = trigger.matcher(words);
        if (persons.isEmpty() || !m.find()) {
            return;
        }
        int at = from + words.codePointCount(0, m.start());
        List<String> victims = persons.stream().filter(p -> p.end() <= at).map(Mention::entityId).distinct().toList();
        if (victims.isEmpty()) {
            return;
        }
        String subject = stem + "_" + rule + "_" + sentence.start();
        String label = labelStart + String.join(", ", victims.stream().map(labels::get).toList())
                + (time == null ? "" : " (" + time.text() + ")");
        for (String victim : victims) {
            out.add(claim(subject, type, label, "victim", victim, sentence, rule, time, persons));
        }
        if (time != null) {
            out.add(claim(subject, type, label, "pointInTime", time.edtf(), sentence, rule, time, persons));
        }
    }

    private static boolean is(Map<String, Set<String>> classes, Mention m, String cls) {
        return classes.getOrDefault(m.entityId(), Set.of()).contains(cls);
    }

    private CandidateClaim claim(String subject, String type, String label, String property, String value,
            Sentences.Sentence sentence, String rule, TimeExpression time, List<Mention> persons) {
        List<String> evidence = new ArrayList<>();
        persons.forEach(m -> evidence.add(m.surface()));
        if (time != null) {
            evidence.add(time.text() + " = " + time.edtf());
        }
        String key = rule + "-" + sentence.start() + "-" + property + "-" + value;
        return new CandidateClaim(key, subject, type, label, property, value, sentence.start(), sentence.end(),
                confidence.getOrDefault(rule, 0.0), rule, evidence);
    }
}
