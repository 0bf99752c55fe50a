package org.coldwar.extract.auto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.coldwar.source.tei.ListedPerson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Name forms of tricky List of Persons entries: each case lists forms that must be among them. */
class NameFormsTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("Dulles, John Foster", "Secretary of State", List.of("John Foster Dulles", "Dulles",
                        "Foster Dulles", "Secretary Dulles", "Mr. Dulles", "J. F. Dulles", "J. Dulles",
                        "Secretary of State Dulles")),
                Arguments.of("Radford, Admiral Arthur W.", "USN, Chairman of the Joint Chiefs of Staff to August 1957",
                        List.of("Arthur W. Radford", "Radford", "Admiral Radford", "Adm. Radford", "A. W. Radford",
                                "Chairman Radford")),
                Arguments.of("Eisenhower, Dwight D.", "President of the United States",
                        List.of("Dwight D. Eisenhower", "Eisenhower", "President Eisenhower", "D. D. Eisenhower")),
                Arguments.of("Chiang Kai-shek, Generalissimo", "President of the Republic of China.",
                        List.of("Chiang Kai-shek", "Chiang", "Generalissimo Chiang", "President Chiang")),
                Arguments.of("Yeh, George K.C. (Yeh Kung-ch’ao)", "Minister of Foreign Affairs of the Republic of China",
                        List.of("George K.C. Yeh", "George Yeh", "G. K. C. Yeh", "Yeh", "Foreign Minister Yeh",
                                "Yeh Kung-ch’ao")),
                Arguments.of("Robertson, Walter S.", "Assistant Secretary of State for Far Eastern Affairs",
                        List.of("Walter S. Robertson", "Robertson", "Assistant Secretary Robertson",
                                "Asst. Secy. Robertson")),
                Arguments.of("Hoover, Herbert, Jr.", "Under Secretary of State to February 1957",
                        List.of("Herbert Hoover", "Herbert Hoover Jr.", "Hoover", "Under Secretary Hoover")),
                Arguments.of("Makins, Sir Roger M.", "British Ambassador to the United States to October 1956",
                        List.of("Sir Roger Makins", "Sir Roger", "Roger Makins", "Makins", "Ambassador Makins")),
                Arguments.of("Koo, V.K. Wellington", "Ambassador of the Republic of China to the United States",
                        List.of("V.K. Wellington Koo", "Wellington Koo", "Koo", "Ambassador Koo", "Amb. Koo")),
                Arguments.of("Chou En-lai", "Premier and Foreign Minister of the People’s Republic of China",
                        List.of("Chou En-lai", "Chou", "Premier Chou")),
                Arguments.of("Nu, U", "Prime Minister of Burma to June 1956", List.of("U Nu", "Nu", "Prime Minister Nu")),
                Arguments.of("Carney, Admiral Robert B.", "USN, Chief of Naval Operations",
                        List.of("Robt. B. Carney", "Robert B. Carney", "Admiral Carney")),
                Arguments.of("Hagerty, James C.", "Press Secretary to the President",
                        List.of("James C. Hagerty", "Jim Hagerty", "Press Secretary Hagerty")),
                Arguments.of("Chase, Major General William C.", "USA, Chief, Military Assistance Advisory Group",
                        List.of("William C. Chase", "Chase", "Major General Chase", "General Chase", "Gen. Chase")),
                Arguments.of("Allen, George V.", "Assistant Secretary of State for Near Eastern Affairs to August 1957; "
                        + "thereafter Ambassador to Greece", List.of("George V. Allen", "Allen",
                                "Assistant Secretary Allen", "Ambassador Allen")),
                Arguments.of("Lodge, Henry Cabot", "United States Representative at the United Nations",
                        List.of("Henry Cabot Lodge", "Cabot Lodge", "Lodge")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void formsInRunningText(String name, String description, List<String> expected) {
        List<String> forms = NameForms.of(name, description);
        for (String f : expected) {
            assertTrue(forms.contains(f), name + ": missing " + f + " in " + forms);
        }
    }

    @Test
    void suffixesAndTitlesAreNotNames() {
        List<String> forms = NameForms.of("Hoover, Herbert, Jr.", "Under Secretary of State");
        assertFalse(forms.contains("Jr."), forms.toString());
        assertFalse(forms.contains("Hoover Jr."), forms.toString());
        List<String> radford = NameForms.of("Radford, Admiral Arthur W.", "");
        assertFalse(radford.contains("Admiral Arthur W. Radford") && radford.contains("Admiral"), radford.toString());
        assertFalse(NameForms.of("Chou En-lai", "Premier").contains("En-lai"));
    }

    @Test
    void aTitleOnlyOnePersonBearsBecomesAForm() {
        List<GazetteerEntry> entries = NameForms.entries(List.of(
                new ListedPerson("p_CKG1", "Chiang Kai-shek, Generalissimo", "President of the Republic of China."),
                new ListedPerson("p_RAAW1", "Radford, Admiral Arthur W.", "USN"),
                new ListedPerson("p_BAAA1", "Burke, Admiral Arleigh A.", "USN")));
        assertTrue(entries.get(0).forms().contains("Generalissimo"));
        assertFalse(entries.get(1).forms().contains("Admiral"));
        assertEquals("p_CKG1", entries.get(0).entityId());
        assertTrue(entries.get(0).person());
    }

    @Test
    void everyListedPersonHasItsSurnameAndAFullName() {
        for (ListedPerson p : FrusSlice.persons()) {
            List<String> forms = NameForms.of(p.name(), p.description());
            assertTrue(forms.size() >= 3, p + " -> " + forms);
            assertTrue(forms.stream().anyMatch(f -> f.split(" ").length >= 2 && !f.startsWith("Mr.")), p + " -> " + forms);
        }
    }
}
