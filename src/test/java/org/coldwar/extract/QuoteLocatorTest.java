package org.coldwar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.coldwar.problem.Location;
import org.coldwar.source.SourceDocument;
import org.junit.jupiter.api.Test;

class QuoteLocatorTest {

    private static QuoteLocator locatorFor(String text) {
        return new QuoteLocator(new SourceDocument("t.txt", "t", "T", "", "en", "text/plain", "00", text.length(),
                text, Location.of("sources.csv"), SourceDocument.Bibliography.UNKNOWN));
    }

    private static Passage found(QuoteLocator.Result result) {
        return assertInstanceOf(QuoteLocator.Found.class, result).passage();
    }

    @Test
    void offsetsCountCodePointsNotUtf16Units() {
        // U+1D4D0 (mathematical bold script A) takes two UTF-16 units but is one code point.
        String text = "\uD835\uDCD0\uD835\uDCD0 Stalin met Mao.";
        Passage p = found(locatorFor(text).locate("Stalin met Mao", 0));
        assertEquals(3, p.start());
        assertEquals(17, p.end());
        assertEquals("Stalin met Mao", p.exact());
        assertEquals(text.codePointCount(0, text.length()) - 1, p.end());
    }

    @Test
    void codePointOffsetsAndCharIndexesConvertBothWaysAcrossManySurrogatePairs() {
        String text = "\uD835\uDCD0 Mao, \uD835\uDCD0\uD835\uDCD0 Stalin \uD835\uDCD0 and Liu \uD835\uDCD0.";
        QuoteLocator locator = locatorFor(text);
        for (String quote : new String[] {"Mao", "Stalin", "and Liu", "\uD835\uDCD0."}) {
            Passage p = found(locator.locate(quote, 0));
            int from = text.indexOf(quote);
            assertEquals(text.codePointCount(0, from), p.start(), quote);
            assertEquals(text.codePointCount(0, from + quote.length()), p.end(), quote);
            assertEquals(text.substring(from + quote.length()), p.suffix(),
                    quote + ": the rest of the text, shorter than the context");
            Passage back = locator.passageOfCodePoints(p.start(), p.end(), "");
            assertEquals(quote, back.exact());
            assertEquals(p.prefix(), back.prefix());
            assertEquals(p.suffix(), back.suffix());
        }
    }

    @Test
    void aMatchNeverEndsOrStartsInsideAGraphemeCluster() {
        QuoteLocator accented = locatorFor("Le Cafe\u0301 de Flore, Le Cafe du Commerce.");
        Passage p = found(accented.locate("Le Cafe", 0));
        assertEquals(19, p.start(), "only the second, unaccented occurrence counts");
        assertEquals(" du Commerce.", p.suffix());
        assertInstanceOf(QuoteLocator.NotFound.class, locatorFor("Le Cafe\u0301.").locate("Le Cafe", 0));
        assertInstanceOf(QuoteLocator.NotFound.class, locatorFor("e\u0301t\u00e9").locate("\u0301t", 0),
                "nor start on a combining mark");
        Passage whole = found(locatorFor("Le Cafe\u0301 de Flore").locate("Le Cafe\u0301", 0));
        assertEquals(" de Flore", whole.suffix());
    }

    @Test
    void lineBreaksAndRunsOfSpaceInTheSourceMatchASingleSpace() {
        Passage p = found(locatorFor("He met\n  Liu Shaoqi   in Moscow.").locate("met Liu Shaoqi in\nMoscow", 0));
        assertEquals("met\n  Liu Shaoqi   in Moscow", p.exact());
        assertEquals(3, p.start());
    }

    @Test
    void unusualSpacesCountAsSpaceOnBothSides() {
        QuoteLocator locator = locatorFor("Stalin\u2009met\u00A0Mao.");
        assertEquals(0, found(locator.locate("Stalin\u2009met Mao", 0)).start());
        assertEquals(0, found(locator.locate("Stalin met\u2009Mao", 0)).start());
    }

    @Test
    void everyOtherCharacterMustMatchExactly() {
        QuoteLocator locator = locatorFor("Stalin’s claim to Koenigsberg");
        assertInstanceOf(QuoteLocator.NotFound.class, locator.locate("Stalin's claim", 0));
        found(locator.locate("Stalin’s claim", 0));
    }

    @Test
    void aRepeatedQuoteNeedsItsOccurrence() {
        QuoteLocator locator = locatorFor("Stalin met Mao. Later Stalin met Mao again.");
        assertEquals(2, assertInstanceOf(QuoteLocator.Ambiguous.class, locator.locate("Stalin met Mao", 0)).occurrences());
        assertEquals(22, found(locator.locate("Stalin met Mao", 2)).start());
        assertInstanceOf(QuoteLocator.NoSuchOccurrence.class, locator.locate("Stalin met Mao", 3));
    }

    @Test
    void contextIsKeptOnBothSides() {
        String text = "x".repeat(40) + "QUOTE" + "y".repeat(40);
        Passage p = found(locatorFor(text).locate("QUOTE", 0));
        assertEquals("x".repeat(QuoteLocator.CONTEXT), p.prefix());
        assertEquals("y".repeat(QuoteLocator.CONTEXT), p.suffix());
    }
}
