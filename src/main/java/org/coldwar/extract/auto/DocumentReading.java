package org.coldwar.extract.auto;

import java.util.List;

import org.coldwar.source.SourceDocument;

/**
 * What the machine read in one source: its sentences, the mentions of authority entries, the
 * time expressions, the runs of names that match no entry, and the claims its rules propose.
 * One document's reading depends on that document and the authority file only, so documents can
 * be read independently (in parallel, on other machines, or from a cache keyed by their SHA-256).
 */
public record DocumentReading(SourceDocument source, List<Sentences.Sentence> sentences, List<Mention> mentions,
        List<TimeExpression> times, List<NameCandidate> names, List<CandidateClaim> candidates) {

    public DocumentReading {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
        names = List.copyOf(names);
        candidates = List.copyOf(candidates);
    }
}
