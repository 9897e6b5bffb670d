package org.w3id.vnkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.vnkg.normalize.CalendarWords;

/**
 * Times a figure's own words give it, which the running period of its sentence does not:
 * <pre>
 *   "cao hơn mức 5,32% của năm 2009 và vượt chỉ tiêu (6,5%)"    2009 is the 5,32%'s alone (figure-words own-time)
 *   "thấp hơn mức tăng 3,39% của cùng kỳ năm 2020"              the months in view, of 2020
 *   "cao hơn mức 7,2% cùng kỳ năm ngoái"                        the months in view, of the year before
 *   "phấn đấu đến ngày 30-9 giải ngân đạt 60% kế hoạch vốn"     the months up to September
 * </pre>
 */
final class FigureOwnTimes {
    private static final CalendarWords CAL = CalendarWords.standard();
    /** "đến ngày 30-9", "đến hết ngày 31/12": a bare "đến" up to a day, right before the day's number. */
    private static final Pattern REACHES = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + CAL.alternation("to") + ")\\s+(?:(?:"
            + CAL.alternation("through") + ")\\s+)?(?:(?:" + TimeWords.standard().alternation("day") + ")\\s+)?$");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");
    private final Pattern ownTime;
    /** A level's noun right before its figure: "mức |7,2%", "mức tăng |7,2%" (figure-words level-noun). */
    private final Pattern levelBefore;
    private final List<String> samePeriod = CAL.words("same-period");

    FigureOwnTimes(List<String> ownTimeWords, List<String> levelNouns) {
        ownTime = Pattern.compile("(?iu)^\\s*(?:" + alternation(ownTimeWords) + ")\\s+");
        levelBefore = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternation(levelNouns) + ")\\s+$");
    }

    private static String alternation(List<String> words) {
        StringBuilder b = new StringBuilder();
        words.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).forEach(w ->
                b.append(b.length() == 0 ? "" : "|").append(Pattern.quote(w).replace(" ", "\\E\\s+\\Q")));
        return b.toString();
    }

    /** Whether the period found is joined to a figure right before it by an own-time word ("5,32% của năm 2009"). */
    boolean ownedByFigureBefore(String text, DateExpressions.Found f, List<Quantities.Quantity> figures) {
        for (Quantities.Quantity q : figures) {
            if (q.end() <= f.start() && isOwnTime(text.substring(q.end(), f.start()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words after a figure that make it the same period of an earlier year ("3,39% |của cùng kỳ năm 2020|", "mức
     * 7,2% |cùng kỳ năm ngoái|"), up to the end of their clause, or null.
     */
    String samePeriodAfter(String text, int start, int end) {
        Matcher m = ownTime.matcher(text).region(end, text.length());
        int at;
        if (m.lookingAt()) {
            at = m.end();
        } else if (levelBefore.matcher(text.substring(Math.max(0, start - 40), start)).find()) {
            at = end; // "cao hơn mức 7,2% cùng kỳ năm ngoái": the level's noun before it, its period after it
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        } else {
            return null;
        }
        String rest = text.substring(at).toLowerCase(Locale.ROOT);
        for (String w : samePeriod) {
            if (rest.startsWith(w) && (rest.length() == w.length() || !Character.isLetter(rest.charAt(w.length())))) {
                int stop = at;
                while (stop < text.length() && ",;()".indexOf(text.charAt(stop)) < 0) {
                    stop++;
                }
                return text.substring(at, stop);
            }
        }
        return null;
    }

    /**
     * The months from January up to the day a figure's clause runs to with a bare "đến" before the figure ("phấn đấu
     * đến ngày 30-9 giải ngân đạt 60%": a sum up to that day; "đến ngày 30/9, tỷ lệ giải ngân phải đạt trên 70%": the day
     * closing the clause before the figure's), or null. A day after "đến" elsewhere stays a day ("diễn ra đến ngày
     * 14/10").
     */
    static String reachedMonths(String text, List<DateExpressions.Found> found, int clause, int at, Integer docYear) {
        for (DateExpressions.Found f : found) {
            // "Ông yêu cầu đến ngày 30/9, tỷ lệ giải ngân ... phải đạt trên 70%": the day that closes the clause right
            // before the figure's, set off by its comma, is the figure's too (gen25a 007), unless the figure's clause
            // names a period of its own ("đến ngày 20/3, nông dân đã thu hoạch 185.400 ha lúa vụ Đông Xuân 2023-2024")
            boolean closesClauseBefore = f.start() < clause && f.end() <= clause
                    && text.substring(f.end(), clause).strip().equals(",")
                    && found.stream().noneMatch(g -> g.start() >= clause && g.period() != null
                            && g.kind() != DateExpressions.Kind.DAY && g.kind() != DateExpressions.Kind.DAYS);
            if (f.kind() != DateExpressions.Kind.DAY || f.start() < clause && !closesClauseBefore || f.end() > at
                    || f.date() == null || f.date().month() == null) {
                continue;
            }
            int number = f.start();
            while (number < f.end() && !Character.isDigit(text.charAt(number))) {
                number++; // the day found may hold its cue: "đến ngày 30-9"
            }
            if (REACHES.matcher(text.substring(Math.min(clause, Math.max(0, f.start() - 24)), number)).find()) {
                // a day written without its year is of the story's year, though a day after the page's falls in the year
                // before as a past event's would: "phấn đấu đến ngày 31/12 giải ngân đạt 95%" in September
                boolean yearWritten = YEAR.matcher(text.substring(f.start(), f.end())).find();
                int year = yearWritten || docYear == null ? f.date().year() : docYear;
                return DateExpressions.monthSpan(year, 1, f.date().month());
            }
        }
        return null;
    }

    private boolean isOwnTime(String between) {
        Matcher m = ownTime.matcher(between);
        return m.lookingAt() && m.end() == between.length();
    }
}
