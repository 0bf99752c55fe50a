package org.coldwar.extract.auto;

import java.time.LocalDate;
import java.time.YearMonth;

/** Writing EDTF text for days, months, years and spans between days; qualifying it. */
final class EdtfText {

    private EdtfText() {
    }

    static String year(int y) {
        return pad(y, 4);
    }

    static String month(int y, int m) {
        return pad(y, 4) + "-" + pad(m, 2);
    }

    static String day(LocalDate d) {
        return month(d.getYear(), d.getMonthValue()) + "-" + pad(d.getDayOfMonth(), 2);
    }

    /** A season of a year: spring 21, summer 22, autumn 23, winter 24. */
    static String season(int y, int season) {
        return pad(y, 4) + "-" + season;
    }

    /**
     * The shortest EDTF for the days from {@code first} to {@code last}: a day, a whole month, a
     * whole year, or an interval of days.
     */
    static String span(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return day(first);
        }
        if (first.getDayOfMonth() == 1 && YearMonth.from(first).atEndOfMonth().equals(last)) {
            return month(first.getYear(), first.getMonthValue());
        }
        if (first.getDayOfYear() == 1 && last.getYear() == first.getYear() && last.getMonthValue() == 12
                && last.getDayOfMonth() == 31) {
            return year(first.getYear());
        }
        return day(first) + "/" + day(last);
    }

    /** Adds a qualifier ({@code ~}, {@code ?}) to each known end of {@code edtf}. */
    static String qualify(String edtf, char mark) {
        int slash = edtf.indexOf('/');
        if (slash < 0) {
            return edtf + mark;
        }
        return qualify(edtf.substring(0, slash), mark) + "/" + qualify(edtf.substring(slash + 1), mark);
    }

    /** The start of an interval, or the value itself. */
    static String startOf(String edtf) {
        int slash = edtf.indexOf('/');
        return slash < 0 ? edtf : edtf.substring(0, slash);
    }

    /** The end of an interval, or the value itself. */
    static String endOf(String edtf) {
        int slash = edtf.indexOf('/');
        return slash < 0 ? edtf : edtf.substring(slash + 1);
    }

    private static String pad(int n, int width) {
        String s = Integer.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
