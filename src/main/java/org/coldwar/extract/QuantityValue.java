package org.coldwar.extract;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as a source states it: exact ({@code 6}), approximate ({@code ~150000}, "about
 * 150,000"), a range ({@code 25000..30000}, "25–30,000"), an approximate range
 * ({@code ~25000..30000}) or a bound only ({@code 1000..} "more than 1,000", {@code ..1000}
 * "fewer than 1,000"). Like Wikidata's quantity it keeps an amount where the text gives one
 * and its lower and upper bounds where the text gives a range.
 *
 * @param written the value as written in the claims file
 * @param amount the single number stated, empty for a range
 */
public record QuantityValue(String written, Optional<BigDecimal> amount, Optional<BigDecimal> lowerBound,
        Optional<BigDecimal> upperBound, boolean approximate) {

    private static final String NUMBER = "-?\\d+(?:\\.\\d+)?";
    private static final Pattern FORM = Pattern.compile(
            "(~)?(?:(" + NUMBER + ")|(" + NUMBER + ")?\\.\\.(" + NUMBER + ")?)");

    /**
     * @throws IllegalArgumentException if {@code text} is none of the accepted forms
     */
    public static QuantityValue parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches() || (m.group(2) == null && m.group(3) == null && m.group(4) == null)) {
            throw new IllegalArgumentException("not a number such as 6, ~150000 (about), 25000..30000 (range)"
                    + " or 1000.. (more than)");
        }
        boolean approximate = m.group(1) != null;
        if (m.group(2) != null) {
            return new QuantityValue(text, Optional.of(new BigDecimal(m.group(2))), Optional.empty(), Optional.empty(),
                    approximate);
        }
        Optional<BigDecimal> lower = Optional.ofNullable(m.group(3)).map(BigDecimal::new);
        Optional<BigDecimal> upper = Optional.ofNullable(m.group(4)).map(BigDecimal::new);
        if (lower.isPresent() && upper.isPresent() && lower.get().compareTo(upper.get()) >= 0) {
            throw new IllegalArgumentException("a range's lower bound must be below its upper bound");
        }
        return new QuantityValue(text, Optional.empty(), lower, upper, approximate);
    }

    /** True if {@code text} parses. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** True for a plain number, stated exactly: what an {@code xsd:decimal} says by itself. */
    public boolean isExact() {
        return amount.isPresent() && !approximate;
    }

    /** The value in English, e.g. "c. 150,000", "25,000–30,000", "more than 1,000". */
    public String inWords() {
        String prefix = approximate ? "c. " : "";
        if (amount.isPresent()) {
            return prefix + format(amount.get());
        }
        if (lowerBound.isPresent() && upperBound.isPresent()) {
            return prefix + format(lowerBound.get()) + "–" + format(upperBound.get());
        }
        if (lowerBound.isPresent()) {
            return prefix + "more than " + format(lowerBound.get());
        }
        return prefix + "fewer than " + format(upperBound.get());
    }

    private static String format(BigDecimal number) {
        DecimalFormat format = new DecimalFormat("#,##0.########", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(number);
    }
}
