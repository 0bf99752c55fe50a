package org.coldwar.extract.auto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.coldwar.source.tei.ListedPerson;
import org.junit.jupiter.api.Test;

/** The tagger's hard cases, each as text in and mentions out ("surface=entity" in text order). */
class GazetteerTest {

    private static final Gazetteer G = Gazetteer.of(concat(NameForms.entries(List.of(
            new ListedPerson("p_DJF1", "Dulles, John Foster", "Secretary of State"),
            new ListedPerson("p_DAW1", "Dulles, Allen W.", "Director of Central Intelligence"),
            new ListedPerson("p_FWC1", "Foster, William C.", "Deputy Secretary of Defense"),
            new ListedPerson("p_WL1", "White, Lincoln", "Press officer of the Department of State"),
            new ListedPerson("p_YKT1", "Young, Kenneth T.", "Director of the Office of Philippine and Southeast Asian Affairs"),
            new ListedPerson("p_MSRM1", "Makins, Sir Roger M.", "British Ambassador to the United States"),
            new ListedPerson("p_CKG1", "Chiang Kai-shek, Generalissimo", "President of the Republic of China."),
            new ListedPerson("p_LHC1", "Lodge, Henry Cabot", "United States Representative at the United Nations"),
            new ListedPerson("p_KDMK1", "Key, David McK.", "Assistant Secretary of State for International Organization Affairs"),
            new ListedPerson("p_RL1", "Rajk, László", "Hungarian Minister of Foreign Affairs"),
            new ListedPerson("p_RM1", "Rákosi, Mátyás", "General Secretary of the Hungarian Workers' Party"),
            new ListedPerson("p_HD1", "Hammarskjöld, Dag", "Secretary-General of the United Nations"),
            new ListedPerson("p_YT1", "Yu Ta-wai", "Defense Minister of the Republic of China"))),
            List.of(new GazetteerEntry("q_CS", List.of("Czechoslovakia", "Czech"), false))));

    @Test
    void whiteHouseIsNotWhite() {
        assertEquals(List.of(), tags("A statement from the White House today."));
        assertEquals(List.of("White=p_WL1"), tags("Later, White told the press that it was so."));
        assertEquals(List.of(), tags("White told the press that it was so."));
        assertEquals(List.of(), tags("a white paper and a young officer"));
        assertEquals(List.of(), tags("WHITE HOUSE"));
    }

    @Test
    void fosterIsNotAPersonInsideJohnFosterDulles() {
        assertEquals(List.of("John Foster Dulles=p_DJF1"), tags("It was signed by John Foster Dulles on Monday."));
        assertEquals(List.of("Foster Dulles=p_DJF1"), tags("It was signed by Foster Dulles on Monday."));
        assertEquals(List.of("Foster=p_FWC1"), tags("The paper went to Mr. Foster at the Pentagon."));
    }

    @Test
    void forRogerIsNotSirRoger() {
        assertEquals(List.of(), tags("For Roger, the answer was no."));
        assertEquals(List.of("Sir Roger=p_MSRM1", "Sir Roger Makins=p_MSRM1"),
                tags("Sir Roger agreed. The Secretary thanked Sir Roger Makins."));
    }

    @Test
    void titlesStayOutsideTheSpanAndLicenseCommonWords() {
        List<Mention> m = G.tag("Secretary Dulles met Mr. Key.");
        assertEquals(List.of("Dulles=p_DJF1", "Key=p_KDMK1"), surfaces(m));
        assertEquals("title-name", m.get(0).rule());
        assertEquals(10, m.get(0).start());
        assertEquals(List.of(), tags("Key questions remain."));
        assertEquals(List.of("Lodge=p_LHC1"), tags("\nLodge\n"));
    }

    @Test
    void possessivesWithStraightAndCurlyApostrophes() {
        List<Mention> m = G.tag("Cabot Lodge's view, Lodge’s answer and Hammarskjöld’s trip; Rakosi' plan");
        assertEquals(List.of("Cabot Lodge=p_LHC1", "Lodge=p_LHC1", "Hammarskjöld=p_HD1"), surfaces(m).subList(0, 3));
        assertTrue(m.get(1).rule().contains("+possessive"), m.get(1).rule());
        assertEquals(List.of("Rakosi=p_RM1"), tags("after Rakosi’ plan"));
    }

    @Test
    void lineBreakHyphenation() {
        List<Mention> m = G.tag("the Generalissimo, Chi-\nang Kai-shek, said; later Chiang Kai-\nshek left");
        assertEquals(List.of("Generalissimo=p_CKG1", "Chi-\nang Kai-shek=p_CKG1", "Chiang Kai-\nshek=p_CKG1"), surfaces(m));
        assertTrue(m.get(1).rule().contains("+hyphenation"), m.get(1).rule());
    }

    @Test
    void ocrJoins() {
        List<Mention> m = G.tag("the case of Rajkmust be reviewed by the government ofCzechoslovakia.");
        assertEquals(List.of("Rajk=p_RL1", "Czechoslovakia=q_CS"), surfaces(m));
        assertEquals("ocr-join", m.get(0).rule());
        assertEquals("full-name+diacritics", G.tag("Laszlo Rajk").get(0).rule());
        assertTrue(m.get(1).rule().contains("+ocr-join"), m.get(1).rule());
        assertEquals(List.of(), tags("Keynote speakers arrived."));
    }

    @Test
    void diacriticsAreFolded() {
        assertEquals(List.of("Rakosi=p_RM1", "Hammarskjold=p_HD1", "László Rajk=p_RL1"),
                tags("when Rakosi met Hammarskjold and László Rajk"));
        assertTrue(G.tag("when Rakosi spoke").get(0).rule().endsWith("+diacritics"));
        assertEquals("surname", G.tag("when Hammarskjöld spoke").get(0).rule());
    }

    @Test
    void aNamesLastWordMayBeSpelledOneLetterApart() {
        List<Mention> m = G.tag("Defense Minister Yu Ta-wei called on me.");
        assertEquals(List.of("Yu Ta-wei=p_YT1"), surfaces(m));
        assertEquals("full-name+spelling", m.get(0).rule());
        assertEquals(List.of("Yu=p_YT1"), tags("Defense Minister Yu Ta-xyz called."));
    }

    @Test
    void sharedSurnamesGoToTheNearestEvidence() {
        assertEquals(List.of("Allen Dulles=p_DAW1", "Dulles=p_DAW1"), tags("Mr. Allen Dulles briefed. Mr. Dulles added."));
        assertEquals(List.of("Dulles=p_DJF1", "Dulles=p_DJF1"), tags("Secretary Dulles spoke. Then Dulles left."));
        assertEquals(List.of("Dulles=p_DJF1"), tags("the Secretary said that Dulles would go"));
        assertEquals(List.of("Allen Dulles=p_DAW1"), tags("Dulles spoke first; Allen Dulles then left."));
        assertEquals(List.of(), tags("Drafted by Dulles."));
        assertEquals("resolved", G.tag("Secretary Dulles spoke. Then Dulles left.").get(1).rule());
    }

    @Test
    void offsetsAreCodePoints() {
        Mention m = G.tag("the \uD83D\uDE00 Lodge").get(0);
        assertEquals(6, m.start());
        assertEquals(11, m.end());
        assertEquals("Lodge", m.surface());
    }

    @Test
    void allCapitalsOnlyForUnambiguousWords() {
        assertEquals(List.of("Cabot Lodge=p_LHC1"), tags("Cabot Lodge\nLODGE"));
        assertEquals(List.of("HENRY CABOT LODGE=p_LHC1", "MAKINS=p_MSRM1"), tags("HENRY CABOT LODGE\nMAKINS"));
    }

    @Test
    void candidatesAreUnknownRunsOfProperNouns() {
        List<String> c = G.candidates("On Monday he met Phyllis Bernau at the White House. The Chinese Communists "
                + "told the Department of State and Secretary Dulles; the U.S. Government agreed. Then Lodge left.")
                .stream().map(NameCandidate::surface).toList();
        assertEquals(List.of("Phyllis Bernau", "White House", "Chinese Communists", "Department of State",
                "U.S. Government"), c);
    }

    @Test
    void duplicateIdsAreRefused() {
        GazetteerEntry e = new GazetteerEntry("x", List.of("X Y"), false);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> Gazetteer.of(List.of(e, e)));
        assertTrue(ex.getMessage().contains("x"));
    }

    private static List<String> tags(String text) {
        return surfaces(G.tag(text));
    }

    private static List<String> surfaces(List<Mention> mentions) {
        return mentions.stream().map(m -> m.surface() + "=" + m.entityId()).toList();
    }

    private static List<GazetteerEntry> concat(List<GazetteerEntry> a, List<GazetteerEntry> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
