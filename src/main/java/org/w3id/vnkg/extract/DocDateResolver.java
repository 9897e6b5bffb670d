package org.w3id.vnkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.vnkg.facts.PartialDate;
import org.w3id.vnkg.normalize.Article;
import org.w3id.vnkg.normalize.CalendarWords;
import org.w3id.vnkg.normalize.DateLine;

/**
 * Finds the date of an article's main event: the first day that opens a sentence of the story
 * ("Ngày 26/6, ...", "Sáng 8/4, ...", "TTXVN - Ngày 29/12, ...", "Ngày 28/7/2023, ...") or follows the dateline
 * that opens a line and runs into its sentence ("Hà Nội, ngày 15/01/2016, Thủ tướng ...", "(Chinhphu.vn) - TP Hồ
 * Chí Minh, sáng 5/8/2023 – Thành ủy ..."), its year taken
 * from the date line or inferred from the years the story names; else the publication date.
 * <pre>
 *   published 2024-06, "Ngày 26/6, ..."                     -> 2024-06-26
 *   no date line, "Ngày 6/1, ... năm 2023 ... năm 2024"     -> 2024-01-06 (a review of 2023 held in January)
 *   no date line, "Ngày 29/12, ... năm 2023 ... năm 2024"   -> 2023-12-29 (a review held at the end of 2023)
 * </pre>
 * A date inside a sentence ("Nghị quyết số 23-NQ/TU ngày 16/12/2021") is not the event's.
 */
public final class DocDateResolver {
    private static final CalendarWords CAL = CalendarWords.standard();

    public PartialDate resolve(Article article) {
        String text = article.text();
        TimeAnchor anchor = anchorOf(article);
        // first(): the lede's date is near the top, so the rest of the article is not scanned
        DateExpressions.Found f = new DateExpressions(anchor).first(text,
                e -> e.kind() == DateExpressions.Kind.DAY && e.date() != null
                        && (opensSentence(text, e.start()) || followsDateline(text, e.start(), e.end()))
                        && !isDateLine(text, e.end()));
        PartialDate dateline = datelineDay(text, f == null ? text.length() : f.start(), anchor);
        if (dateline == null && f == null) {
            f = leadDay(text, article.title(), anchor);
        }
        return dateline != null ? dateline : f != null ? f.date() : article.published();
    }

    /** The words before a day that say when in it something happened: "sáng", "chiều", "hôm" (time-words.tsv). */
    private static final Set<String> PARTS_OF_DAY = Set.copyOf(
            TimeWords.standard().words("day-part", "day-ago"));
    /** A lead shorter than this is a section's name or a caption, no paragraph of the story. */
    private static final int MIN_LEAD = 60;

    /**
     * The day written with a part of the day in the first sentence of the story's first paragraph, when no date opens a
     * sentence: "Ban Thường vụ Tỉnh ủy Thanh Hóa vừa tổ chức hội nghị vào chiều qua", "HĐND tỉnh đã bầu ông A ... tại kỳ
     * họp chiều 4/3". A document's "ngày 16/12/2021" is no part of a day. Null when there is none.
     */
    static DateExpressions.Found leadDay(String text, String title, TimeAnchor anchor) {
        for (int at = 0; at < text.length(); ) {
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end;
            String line = text.substring(at, end).strip();
            int lineStart = at;
            at = end + 1;
            if (line.length() < MIN_LEAD || line.equals(title == null ? null : title.strip())) {
                continue;
            }
            int stop = line.indexOf(". ");
            String first = text.substring(lineStart, stop < 0 ? end : text.indexOf(". ", lineStart));
            for (DateExpressions.Found f : new DateExpressions(anchor).find(first)) {
                if (f.kind() == DateExpressions.Kind.DAY && f.date() != null && f.cue() != null
                        && PARTS_OF_DAY.contains(f.cue())) {
                    return f;
                }
            }
            return null;
        }
        return null;
    }

    /** How many lines of a story, from its first, may hold its dateline (a headline and a sapo may come first). */
    private static final int DATELINE_LINES = 3;
    /**
     * "Hà Nội, 15/1 (TTXVN) - ", "Đà Nẵng, 5/8/2023 – ": a dateline's day with no time word, which {@link DateExpressions}
     * does not read as a day ("154/182 xã" is none). Groups: 1 the place, 2 the day, 3 the month, 4 the year.
     */
    private static final Pattern DATELINE_DAY = Pattern.compile(
            "^\\s*([^,\\n]{2,60}),\\s*(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?\\s*(?:\\([^()\\n]{2,30}\\)\\s*)?[-–—]\\s");

    /**
     * The day of a dateline with no time word that opens one of the story's first lines, before {@code limit}, or
     * null: "Hà Nội, 15/1 (TTXVN) - Thủ tướng ...".
     */
    static PartialDate datelineDay(String text, int limit, TimeAnchor anchor) {
        int lines = 0;
        for (int at = 0; at < limit && lines < DATELINE_LINES; ) {
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end;
            String line = text.substring(at, end);
            at = end + 1;
            if (line.isBlank()) {
                continue;
            }
            lines++;
            if (line.indexOf('/') < 0 || line.indexOf(',') < 0) {
                continue;
            }
            Matcher m = DATELINE_DAY.matcher(line);
            if (m.find() && DatelinePlace.isDateline(m.group(1))) {
                int day = Integer.parseInt(m.group(2));
                int month = Integer.parseInt(m.group(3));
                Integer year = m.group(4) != null ? Integer.valueOf(m.group(4)) : anchor.yearOfMonth(month);
                if (year != null && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                    try {
                        return new PartialDate(year, month, day);
                    } catch (RuntimeException e) {
                        return null; // 31/2
                    }
                }
            }
        }
        return null;
    }

    /** The anchor for dates of this article: its date line, else the years its story names. */
    public static TimeAnchor anchorOf(Article article) {
        List<Integer> years = new ArrayList<>(DateExpressions.namedYears(article.text()));
        Matcher review = REVIEWED_YEAR_AT.first(article.text());
        if (review != null) {
            // A year-end review ("tổng kết công tác năm 2023") is held in its December or the next January:
            // the next year is in view even when the story does not name it.
            years.add(Integer.parseInt(review.group(1)) + 1);
        }
        return new TimeAnchor(article.published(), years);
    }

    /**
     * Whether a date ends a date line ("Ngày đăng: 19/08/2020", "Cập nhật: 20/10/2022 - 16:40"): the day the page
     * was published, not the event the story opens with.
     */
    static boolean isDateLine(String text, int end) {
        int lineEnd = text.indexOf('\n', end);
        String rest = text.substring(end, lineEnd < 0 ? text.length() : lineEnd);
        return DateLine.standard().isTail(rest); // a time, a time zone: "18:30", "10:05 (GMT+7)"
    }

    /**
     * Whether a date follows the place of a dateline at the start of its line and runs into the sentence: "Hà Nội,
     * ngày 15/01/2016, Thủ tướng ...". A date line above the story ("Hà Nội, 15/01/2016" alone, the page's) was
     * read and blanked by the cleaner; one the story goes on from is the event's.
     */
    static boolean followsDateline(String text, int start, int end) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || text.charAt(i) != ',') {
            return false;
        }
        int j = end;
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        if (j < text.length() && text.charAt(j) == '(') {
            // "Hà Nội, ngày 15/1 (TTXVN) - ...": the source between the dateline and the story
            int close = text.indexOf(')', j);
            j = close < 0 || close - j > 32 ? j : close + 1;
            while (j < text.length() && text.charAt(j) == ' ') {
                j++;
            }
        }
        if (j >= text.length() || ",-–—:".indexOf(text.charAt(j)) < 0) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', i) + 1;
        return DatelinePlace.isDateline(text.substring(lineStart, i));
    }

    /**
     * "tổng kết công tác năm 2023": a year-end review and its year, within the sentence. The review's words and the
     * year's are data: kinds year-review and year of {@code lexicon/calendar-words.tsv}.
     */
    static final Pattern REVIEWED_YEAR = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:" + CAL.alternation("year-review") + ")(?![\\p{L}])[^.\\n]{0,80}?(?<![\\p{L}])(?:"
                    + CAL.alternation("year") + ")\\s+((?:19|20)\\d\\d)(?![\\d/])");
    static final WordStartMatcher REVIEWED_YEAR_AT = new WordStartMatcher(REVIEWED_YEAR, false,
            CAL.firstWords("year-review").toArray(String[]::new));

    private static final Pattern SOURCE_IN_PARENTHESES = Pattern.compile("\\([\\p{L}\\p{M}.+/ ]{2,30}\\)");
    /** A paper's web address written bare before its story's first day: "baophutho.vn Chiều 16/5, ...". */
    static final String SITE_ADDRESS = "(?i:[a-z0-9][a-z0-9-]*+(?:\\.[a-z0-9-]++)*?\\.(?:vn|com|net|org))";
    private static final Pattern BARE_SITE_ADDRESS = Pattern.compile(SITE_ADDRESS);

    /**
     * Whether only a dateline prefix ("TTXVN - ", "(Chinhphu.vn) - ", "(BDO) ", "baophutho.vn ") or nothing stands between the
     * start of the line or sentence and the date.
     */
    static boolean opensSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '.') {
            return true;
        }
        char c = text.charAt(i);
        int lineStart = text.lastIndexOf('\n', i) + 1;
        if (BARE_SITE_ADDRESS.matcher(text.substring(lineStart, i + 1).strip()).matches()) {
            return true;
        }
        if (c == ')') {
            // "(BDO) Chiều 3/8/2021, ...": the source in parentheses, with no dash after it
            return SOURCE_IN_PARENTHESES.matcher(text.substring(lineStart, i + 1).strip()).matches();
        }
        if (c != '-' && c != '–' && c != '—' && c != ':') {
            return false;
        }
        String prefix = text.substring(lineStart, i).strip();
        return prefix.length() <= 40 && prefix.indexOf('.') < 0 || prefix.matches("\\(?[\\p{L}.]{2,30}\\)?");
    }
}
