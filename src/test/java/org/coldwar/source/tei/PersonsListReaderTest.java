package org.coldwar.source.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.coldwar.problem.InvalidDataException;
import org.junit.jupiter.api.Test;

class PersonsListReaderTest {

    @Test
    void listOfPersonsIsExactlyConvertPysPersonsCsv() {
        List<ListedPerson> expected = FrusSlice.csv("persons.csv", List.of("id", "name", "description")).stream()
                .map(row -> new ListedPerson(row.get("id"), row.get("name"), row.get("description")))
                .toList();
        List<ListedPerson> read = new PersonsListReader().read(FrusSlice.file("persons.xml"),
                FrusSlice.DIR + "/persons.xml");
        assertEquals(118, read.size());
        assertEquals(expected, read);
        assertEquals(new ListedPerson("p_AS1", "Ali Sastroamidjojo",
                "Prime Minister of Indonesia to July 1955, and again March 1956–March 1957"), read.get(2));
    }

    @Test
    void nameIsTheListedPersNameAndTheRestIsTheDescription() {
        String xml = """
                <div type="section" xml:id="persons"><list>
                  <item><hi rend="strong"><persName xml:id="p_X1">Xu,
                     Ming</persName>,</hi> Foreign Minister<lb/>of <placeName>China</placeName></item>
                  <item>no listed name here</item>
                  <item><persName xml:id="p_Y1">Y</persName></item>
                </list></div>""";
        assertEquals(List.of(new ListedPerson("p_X1", "Xu, Ming", "Foreign Minister of China"),
                new ListedPerson("p_Y1", "Y", "")), new PersonsListReader().parse(xml, "persons.xml"));
    }

    @Test
    void malformedListNamesFileAndLine() {
        InvalidDataException e = assertThrows(InvalidDataException.class,
                () -> new PersonsListReader().parse("<div>\n<list>\n<item>x</list>\n</div>", "persons.xml"));
        assertEquals("persons.xml:3", e.problems().get(0).location().toString());
    }
}
