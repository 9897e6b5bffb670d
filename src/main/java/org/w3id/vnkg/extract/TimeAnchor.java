package org.w3id.vnkg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.w3id.vnkg.facts.PartialDate;

/**
 * What a date written without its year is resolved against: the article's reference date (its
 * publication or event date), else the years the story names.
 * <pre>
 *   reference 2024-06    : "26/6" -> 2024, "29/12" -> 2023 (a month well after the reference is last year's)
 *   reference 2017-12-27, published 2018-01-03
 *                        : "2-1" -> 2018 (a month up to the page's in the year after the reference)
 *   no reference, story names 2023 (often) and 2024 (plans)
 *                        : "6/1" -> 2024 (a review of 2023 held in January), "29/12" -> 2023
 * </pre>
 *
 * @param reference  the publication or event date, or null
 * @param namedYears the years the story names as "năm 2023" (duplicates count), for articles with no reference
 * @param today      the day the article was published, which "hôm qua" and "sáng nay" count from, or null; an
 *                   event date must not be used here: "hôm qua" in a story of an event held yesterday is still
 *                   the day before publication
 */
public record TimeAnchor(PartialDate reference, List<Integer> namedYears, PartialDate today) {
    public TimeAnchor {
        namedYears = List.copyOf(namedYears);
    }

    /** An anchor whose reference is also the day of publication. */
    public TimeAnchor(PartialDate reference, List<Integer> namedYears) {
        this(reference, namedYears, reference);
    }

    public static TimeAnchor of(PartialDate reference) {
        return new TimeAnchor(reference, List.of());
    }

    /** The day a number of days before publication ("hôm qua" = 1), or null when the publication day is unknown. */
    public PartialDate daysBeforeToday(int days) {
        return today == null || !today.isFullDate() ? null : PartialDate.of(today.toLocalDate().minusDays(days));
    }

    /** The year of a day or month written without one, or null when nothing tells it. */
    public Integer yearOfMonth(int month) {
        if (reference != null) {
            if (reference.month() != null && month > reference.month() + 1) {
                return reference.year() - 1; // "Ngày 29/12" in an article of January
            }
            if (today != null && today.month() != null && reference.month() != null
                    && today.year() == reference.year() + 1 && month <= today.month() && month < reference.month()) {
                // a story of 27 December published (or updated) on 3 January: "Ngày 2-1" is the January just
                // past, not the one before the event
                return today.year();
            }
            return reference.year();
        }
        Integer latest = latestPlausibleYear();
        if (latest == null) {
            return null;
        }
        // Party reviews of year Y are held from December of Y to January of Y+1 and plan for Y+1, so when
        // a story names Y and Y+1, Y+1 is the coming year: late-year dates belong to the year before.
        return month >= 10 && namedYears.contains(latest - 1) ? latest - 1 : latest;
    }

    /** The year a period written without one ("6 tháng đầu năm", "quý I") belongs to, or null. */
    public Integer year() {
        if (reference != null) {
            return reference.year();
        }
        return latestPlausibleYear();
    }

    /**
     * The year a story reports on, which "cuối năm" and "đầu năm" without a year speak of: the reference's, but the
     * year before for a story of January to March that names it (a review of that year, held after it ends).
     */
    public Integer reportingYear() {
        Integer year = year();
        if (year == null || reference == null || reference.month() == null) {
            return year;
        }
        return reference.month() <= 3 && namedYears.contains(year - 1) ? year - 1 : year;
    }

    /**
     * The latest named year that is at most one year from the most named one: "tầm nhìn đến năm 2050"
     * or an anniversary's 1963 must not count.
     */
    private Integer latestPlausibleYear() {
        if (namedYears.isEmpty()) {
            return null;
        }
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y : namedYears) {
            counts.merge(y, 1, Integer::sum);
        }
        int mode = counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
        int latest = mode;
        for (int y : counts.keySet()) {
            if (y > latest && y <= mode + 1) {
                latest = y;
            }
        }
        return latest;
    }
}
