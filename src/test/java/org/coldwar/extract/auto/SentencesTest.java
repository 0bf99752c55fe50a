package org.coldwar.extract.auto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Sentences are split layout first: a heading never merges into the sentence after it. */
class SentencesTest {

    @Test
    void linesFirstThenSentences() {
        String text = "1. Memorandum From the Secretary of State\nWashington, January 4, 1955.\n"
                + "The Secretary met Mr. Yeh. They talked for an hour.\n";
        List<String> sentences = new Sentences().split(text).stream()
                .map(s -> text.substring(text.offsetByCodePoints(0, s.start()), text.offsetByCodePoints(0, s.end())))
                .toList();
        assertEquals(List.of("1. Memorandum From the Secretary of State", "Washington, January 4, 1955.",
                "The Secretary met Mr. Yeh.", "They talked for an hour."), sentences);
    }

    @Test
    void offsetsAreCodePoints() {
        String text = "𝔄 note. Another one.";
        List<Sentences.Sentence> sentences = new Sentences().split(text);
        assertEquals(new Sentences.Sentence(0, 7), sentences.get(0));
        assertEquals(new Sentences.Sentence(8, 20), sentences.get(1));
    }
}
