package org.w3id.vnkg.link;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last day of a figure's period as the extraction writes it, so that periods of different lengths compare: a
 * year {@code 2023}, a half {@code 2023-H1}, a quarter {@code 2024-Q1}, a month {@code 2023-12}, a day
 * {@code 2023-12-31}, a span of years {@code 2021-2025} and a run {@code 2025-01/2025-10} (which end where their last
 * part does).
 * <pre>
 *   PeriodEnd.of("2023-H1")          // 2023-06-30
 *   PeriodEnd.of("2021-2025")        // 2025-12-31
 *   PeriodEnd.of("2025-01/2025-10")  // 2025-10-31
 *   PeriodEnd.of("năm ngoái")        // null: not a period the extraction writes
 * </pre>
 */
public final class PeriodEnd {
    private static final Pattern PART = Pattern.compile(
            "(\\d{4})(?:-(?:(\\d{4})|H([12])|Q([1-4])|(\\d{2})(?:-(\\d{2}))?))?");

    private PeriodEnd() {
    }

    /** The period's last day, or null when it is none of the forms above. */
    public static LocalDate of(String period) {
        if (period == null) {
            return null;
        }
        String last = period.substring(period.lastIndexOf('/') + 1);
        Matcher m = PART.matcher(last);
        if (!m.matches()) {
            return null;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) != null) {
                return LocalDate.of(Integer.parseInt(m.group(2)), 12, 31);
            }
            if (m.group(3) != null) {
                return YearMonth.of(year, 6 * Integer.parseInt(m.group(3))).atEndOfMonth();
            }
            if (m.group(4) != null) {
                return YearMonth.of(year, 3 * Integer.parseInt(m.group(4))).atEndOfMonth();
            }
            if (m.group(6) != null) {
                return LocalDate.of(year, Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
            }
            if (m.group(5) != null) {
                return YearMonth.of(year, Integer.parseInt(m.group(5))).atEndOfMonth();
            }
            return LocalDate.of(year, 12, 31);
        } catch (DateTimeException e) {
            return null; // "2023-13": no such month
        }
    }
}
