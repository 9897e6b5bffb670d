package org.w3id.vnkg.facts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A date known to the year, the month or the day. A year is not 1 January: "năm 2023" stays 2023.
 *
 * @param year  the year
 * @param month 1-12, or null when only the year is known
 * @param day   1-31, or null when the day is not known
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {
    public PartialDate {
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (day != null) {
            LocalDate.of(year, month, day); // throws on 31/2
        } else if (month != null) {
            YearMonth.of(year, month);
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, null, null);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, null);
    }

    /** Parses 2024, 2024-06 or 2024-06-26. */
    public static PartialDate parse(String iso) {
        Objects.requireNonNull(iso, "iso");
        String[] parts = iso.trim().split("-");
        try {
            return switch (parts.length) {
                case 1 -> ofYear(Integer.parseInt(parts[0]));
                case 2 -> ofMonth(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                case 3 -> new PartialDate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[2]));
                default -> throw new IllegalArgumentException("not a date: " + iso);
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a date: " + iso, e);
        }
    }

    public boolean isFullDate() {
        return day != null;
    }

    public LocalDate toLocalDate() {
        if (day == null) {
            throw new IllegalStateException("not a full date: " + this);
        }
        return LocalDate.of(year, month, day);
    }

    /** The XSD datatype that keeps the precision: date, gYearMonth or gYear. */
    public String xsdType() {
        return day != null ? "date" : month != null ? "gYearMonth" : "gYear";
    }

    @Override
    public String toString() {
        // By hand, not String.format: dates are printed for every date expression and fact (JFR: ~1%).
        StringBuilder out = new StringBuilder(10);
        pad(out, year, 4);
        if (month != null) {
            pad(out.append('-'), month, 2);
            if (day != null) {
                pad(out.append('-'), day, 2);
            }
        }
        return out.toString();
    }

    /** As %0{width}d prints a value. */
    private static void pad(StringBuilder out, int value, int width) {
        if (value < 0) {
            out.append(String.format("%0" + width + "d", value));
            return;
        }
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        out.append(digits);
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year, o.year);
        if (c == 0) {
            c = Integer.compare(month == null ? 0 : month, o.month == null ? 0 : o.month);
        }
        if (c == 0) {
            c = Integer.compare(day == null ? 0 : day, o.day == null ? 0 : o.day);
        }
        return c;
    }
}
