package org.w3id.vnkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.vnkg.facts.PartialDate;
import org.w3id.vnkg.normalize.Article;

/**
 * Finds the date of an article's main event: the first "Ngày 26/6", "Sáng 8/4" or "28/7/2023" of the
 * story, its year taken from the date line or inferred from the years the story talks about; else the
 * publication date.
 * <pre>
 *   published 2024-06, "Ngày 26/6, ..."                     -> 2024-06-26
 *   no date line, "Ngày 6/1, ... năm 2023 ... năm 2024"     -> 2024-01-06 (a review of 2023 held in January)
 *   no date line, "Ngày 29/12, ... năm 2023 ... năm 2024"   -> 2023-12-29 (a review held at the end of 2023)
 * </pre>
 */
public final class DocDateResolver {
    private static final Pattern LEAD_DATE = Pattern.compile(
            "(?i)(?:^|[\\s,(])(?:ngày|sáng|chiều|tối|trưa|đêm)(?:\\s+(?:ngày|nay|qua|hôm nay))?\\s+"
                    + "(\\d{1,2})\\s*[/-]\\s*(\\d{1,2})(?:\\s*[/-]\\s*(\\d{4}))?");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/.,-])(19[5-9]\\d|20[0-4]\\d)(?![\\d/])");

    public PartialDate resolve(Article article) {
        String text = article.text();
        Matcher m = LEAD_DATE.matcher(text);
        PartialDate published = article.published();
        if (m.find()) {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            Integer year = m.group(3) != null ? Integer.valueOf(m.group(3)) : inferYear(published, month, text);
            if (year != null && month >= 1 && month <= 12) {
                try {
                    return new PartialDate(year, month, day);
                } catch (IllegalArgumentException e) {
                    return published;
                }
            }
        }
        return published;
    }

    private static Integer inferYear(PartialDate published, int month, String text) {
        if (published != null) {
            if (published.month() != null && month > published.month() + 1) {
                return published.year() - 1; // "Ngày 29/12" in an article published in January
            }
            return published.year();
        }
        int latest = 0;
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            latest = Math.max(latest, Integer.parseInt(y.group(1)));
        }
        if (latest == 0) {
            return null;
        }
        // Party reviews of year Y are held from December of Y to January of Y+1 and plan for Y+1,
        // so the latest year a story names is the coming year: late-year dates belong to the year before.
        return month >= 10 ? latest - 1 : latest;
    }
}
