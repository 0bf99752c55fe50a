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
 *     addressee, dated likewise.</li>
 * </ul>
 * Each rule's confidence is its precision as measured by {@code coldwar evaluate} on the
 * hand-made claims of our seeds (see README); until a person accepts a proposal it is never a fact.
 */
public final class ClaimRules {

    public static final String MEETING = "meeting";
    public static final String MESSAGE = "message";

    private static final Pattern MEETING_TRIGGER = Pattern.compile(
            "\\b(met|meet|meets|meeting|meetings|talked|talks|conversation|conversations|conferred)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MESSAGE_TRIGGER = Pattern.compile(
            "\\b(telegram|letter|message|cable)s?\\b[^.;]{0,60}?\\bto\\b", Pattern.CASE_INSENSITIVE);

    private final Map<String, Double> confidence;

    /** @param confidence each rule's measured precision, by rule name */
    public ClaimRules(Map<String, Double> confidence) {
        this.confidence = Map.copyOf(confidence);
    }

    /**
     * The rules with the confidence {@code coldwar evaluate} measures on the seeds' hand-made
     * claims: meeting 6 right of 13 proposed, message 2 of 2, with add-one smoothing (README,
     * "Automatic extraction"; a test keeps these figures equal to the measurement).
     */
    public static ClaimRules measured() {
        return new ClaimRules(Map.of(MEETING, 0.47, MESSAGE, 0.75));
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
        List<CandidateClaim> out = new ArrayList<>();
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
        if (message.find()) {
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
        return out;
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
