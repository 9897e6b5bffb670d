package org.w3id.vnkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.w3id.vnkg.facts.PartialDate;
import org.w3id.vnkg.normalize.CalendarWords;
import org.w3id.vnkg.normalize.DateLine;
import org.w3id.vnkg.normalize.TextNormalizer;
import org.w3id.vnkg.normalize.VietnameseNumbers;

/**
 * Finds the dates and periods a Vietnamese text names and resolves them against a {@link TimeAnchor}.
 * <pre>
 *   "Ngày 6/1", "Sáng 8/4", "ngày 9-4", "28/7/2023"   -> DAY      2024-01-06 ...
 *   "Sáng 20.3.2024", "Sáng mùng 2/9"                -> DAY
 *   "Trong 2 ngày (11 - 12/7)", "Ngày 11 và 12/1"    -> DAY      the first day of the run (a meeting's start)
 *   "ngày 5 tháng 8 năm 2023", "ngày mười lăm tháng Giêng" -> DAY 2023-08-05, 2024-01-15
 *   "Chiều thứ Hai (15/1)", "Thứ Sáu, ngày 15/3"     -> DAY
 *   "tháng 10/2025", "tháng 12", "tháng 5.2024"      -> MONTH    2025-10
 *   "tháng Mười Hai năm 2025", "đầu tháng Giêng"     -> MONTH    2025-12, 2024-01 (a month, not its first day)
 *   "năm 2023", "cùng kỳ 2022", "cuối năm 2023"      -> YEAR     2023
 *   "6 tháng đầu năm 2023", "6 tháng cuối năm"       -> MONTHS   2023-H1, 2023-H2
 *   "sáu tháng đầu năm", "Chín tháng năm 2023"       -> MONTHS   2024-H1, 2023-01/2023-09
 *   "9 tháng", "10 tháng đầu năm 2025"               -> MONTHS   2025-01/2025-09 (a run of months)
 *   "Tính đến hết tháng 10/2025", "từ đầu năm đến nay" -> MONTHS  2025-01/2025-10
 *   "từ tháng 4 đến tháng 6/2024", "từ tháng 7 đến tháng 12" -> MONTHS 2024-Q2, 2024-H2 (as "quý II" names it)
 *   "quý I/2024", "quý II năm 2024", "quý hai"       -> QUARTER  2024-Q1
 *   "giai đoạn 2021 - 2025", "nhiệm kỳ 2020-2025"    -> YEARS    2021-2025
 *   "(17/10/1963-17/10/2023)"                        -> DAYS     1963-10-17/2023-10-17
 *   "hôm qua", "chiều nay", "sáng hôm nay"           -> DAY      counted from the day of publication
 *   "nửa đầu năm 2025", "nửa cuối năm"               -> MONTHS   2025-H1, 2025-H2
 *   "cả năm", "năm nay", "đến nay", "hiện có"        -> YEAR     the anchor's year (a stock "hiện có" is counted now)
 *   "so với năm ngoái"                               -> YEAR     the year before the anchor's
 * </pre>
 * A date without its year takes the anchor's; a period stays as precise as written (a year is not
 * 1 January). A day-month pair counts as a date only after a time word (ngày, sáng, chiều, tối ...) or
 * with its year, so "154/182 xã" is not 15 April. Numbers and months in words ("mười lăm", "Mười Hai", "Giêng")
 * are read where the text leaves no doubt: a day in words after its time word, a month in lower-case words with
 * its year ("mỗi tháng hai lần" is no month), a count of months in words before "năm" ("sáu tháng đầu năm").
 * The cue words (tháng, năm, quý, nửa, đầu, cuối, giai đoạn ...) are data in {@code lexicon/calendar-words.tsv},
 * the words before a day in {@code lexicon/time-words.tsv}. Expressions do not overlap: the earliest, then the
 * longest, wins. The patterns are linear (no nested quantifiers), so scanning is fast on long texts.
 */
public final class DateExpressions {

    /** What an expression names. */
    public enum Kind { DAY, DAYS, MONTH, MONTHS, QUARTER, YEAR, YEARS }

    /**
     * One expression found in a text.
     *
     * @param start  offset of its first character
     * @param end    offset just past it
     * @param kind   what it names
     * @param date   the day, month or year it names (the first of a span), or null when no year is known
     * @param period the period in output notation (2023, 2023-H1, 2024-Q1, 2023-12, 2021-2025,
     *               2025-01/2025-10, 2024-01-06), or null when no year is known
     * @param cue    the time word before a day ("sáng"), lower case, or null
     * @param last   the last day of a run of days ("từ 12-14/12": the 14th), which a meeting that opened on its first
     *               day still holds ("Chiều 14/12, kỳ họp bế mạc" is no second meeting), or null
     */
    public record Found(int start, int end, Kind kind, PartialDate date, String period, String cue, PartialDate last) {
        public Found(int start, int end, Kind kind, PartialDate date, String period, String cue) {
            this(start, end, kind, date, period, cue, null);
        }
    }

    /**
     * "thứ Hai" ... "Chủ nhật", written before a day: "Chiều thứ Hai (15/1)", "Thứ Sáu, ngày 15/3". The names are
     * the weekdays of {@code lexicon/date-lines.tsv}, which the date lines of pages read too.
     */
    private static final String WEEKDAY = DateLine.weekdays().stream()
            .map(w -> Pattern.compile(" ").splitAsStream(w).map(Pattern::quote).collect(Collectors.joining("\\s+")))
            .collect(Collectors.joining("|"));
    /** The words before a day ("ngày", "sáng", "hôm", "từ") and after it ("nay", "qua"): lexicon/time-words.tsv. */
    private static final TimeWords WORDS = TimeWords.standard();
    /** The words of months, years, quarters and their parts, and the numbers in words: lexicon/calendar-words.tsv. */
    private static final CalendarWords CAL = CalendarWords.standard();
    private static final String MONTH_WORD = words("month");
    private static final String YEAR_WORD = words("year");
    private static final String FIRST_OR_LAST = "(" + CAL.alternation("first-part", "last-part") + ")";
    private static final String TO = words("to");
    private static final String TIME_WORD = "(" + WORDS.alternation("day", "day-part", "day-ago", "bound") + "|" + WEEKDAY + ")";
    /**
     * A time word and what may stand between it and its day: "Sáng 8/4", "Chiều thứ Hai (15/1)", "Thứ Sáu, ngày 15/3",
     * "Sáng thứ Năm, 7/12".
     */
    private static final String TIME_WORDS = "(?<![\\p{L}])" + TIME_WORD + "(?:\\s+(?:" + WORDS.alternation("day", "relative")
            + "|" + WEEKDAY + "))?(?:\\s+(?:" + WORDS.alternation("just-past") + "))?(?:\\s*,\\s*(?:"
            + WORDS.alternation("day") + ")?)?";
    /**
     * "âm lịch" after a day or a month ("ngày 10/3 âm lịch", "tháng 7 (âm lịch)"): the named group lunar marks a date of
     * the lunar calendar, which is read (so no part of it is read as another date) and left undated.
     */
    private static final String LUNAR = "(?:\\s*\\(?\\s*(?<lunar>" + CAL.alternation("lunar") + ")(?![\\p{L}]))?";
    private static final Pattern DAY_SPAN = Pattern.compile(
            "(?<![\\d/.,])(\\d{1,2})/(\\d{1,2})/(\\d{4})\\s*[-–]\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
    /** Groups: 1 the time word, 2 the day, 3 the separator ("/", "-", "."), 4 the month, 5 the year. */
    private static final Pattern DAY = Pattern.compile(
            "(?iu)(?:" + TIME_WORDS + "\\s*\\(?\\s*)?"
                    + "(?<![\\d/.,])(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})(?:\\s*\\3\\s*(\\d{4}))?(?![\\d/]|[,.]\\d)" + LUNAR);
    /**
     * "Trong 2 ngày (11 - 12/7)", "Ngày 11 và 12/1", "Từ ngày 8 đến 10/1", "Trong ba ngày, từ 12-14/12": a run of
     * days. Groups: 1 the time word,
     * 2 the first day, 3 the last day, 4 the separator, 5 the month, 6 the year.
     */
    private static final Pattern DAY_RUN = Pattern.compile(
            "(?iu)(?:(?<![\\p{L}])(?:" + WORDS.alternation("within") + ")\\s+(?:\\d{1,2}|" + CAL.number() + ")\\s+"
                    + "(?:(?:" + WORDS.alternation("day") + ")\\s*,\\s*(?=" + WORDS.alternation("bound") + "))?)?"
                    // "Trong 3 ngày (từ 15 - 17/7)": the bound may open the brackets
                    + TIME_WORDS + "\\s*(?:\\(\\s*(?:" + WORDS.alternation("bound") + ")\\s+|\\(?\\s*)"
                    + "(?<![\\d/.,])(\\d{1,2})\\s*(?:[-–,]|(?:" + WORDS.alternation("and") + "|"
                    + CAL.alternation("to") + ")(?![\\p{L}]))\\s*(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})(?:\\s*\\4\\s*(\\d{4}))?"
                    + "(?![\\d/]|[,.]\\d)" + LUNAR);
    /**
     * "ngày 5 tháng 8 năm 2023", "Sáng ngày 05 tháng 02", "ngày mười lăm tháng Ba", "rằm tháng Giêng": groups 1 the
     * time word, 2 the day (digits, words, or a lunar day), 3 the month (digits or words), 4 the year.
     */
    private static final Pattern DAY_IN_WORDS = Pattern.compile(
            "(?iu)(?:" + TIME_WORDS + "\\s+)?(?<![\\d/.,\\p{L}\\p{M}])(\\d{1,2}|" + CAL.number() + "|" + CAL.alternation("lunar-day")
                    + ")\\s+" + MONTH_WORD + "\\s+(\\d{1,2}|" + CAL.monthInWords() + ")(?:(?:\\s*,\\s*|\\s+)(?:" + YEAR_WORD
                    + "\\s+)?((?:19|20)\\d\\d))?(?![\\d\\p{L}])" + LUNAR);
    /** "tháng 10/2025", "tháng 5.2024", "tháng Mười Hai năm 2025": groups 1 the month, 2 and 3 the year. */
    private static final Pattern MONTH = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])" + MONTH_WORD + "\\s+(\\d{1,2}|" + CAL.monthInWords() + ")(?:\\s*[/.-]\\s*(\\d{4})|\\s+"
                    + YEAR_WORD + "\\s+(\\d{4}))?(?![\\d/])" + LUNAR);
    /** "6 tháng đầu năm 2023", "sáu tháng đầu năm": groups 1 the count, 2 first or last, 3 "năm", 4 the year. */
    private static final Pattern MONTHS = Pattern.compile(
            "(?iu)(?<![\\d,.])(\\d{1,2}|(?<![\\p{L}\\p{M}])" + CAL.number() + ")\\s+" + MONTH_WORD + "(?:\\s+"
                    + FIRST_OR_LAST + ")?(\\s+" + YEAR_WORD + ")?(?:\\s*[/ ]\\s*(\\d{4}))?(?![\\d/])");
    /**
     * "Tính đến hết tháng 10/2025", "từ tháng 3 đến tháng 5 năm 2024", "từ tháng Giêng đến tháng Ba năm 2024", "từ đầu
     * năm 2024 đến hết tháng 6", "từ năm 2012 đến hết tháng 9/2014" (January of the first year on): groups 1 the year
     * after "từ đầu năm", 2 the first month, 3 the first year after "từ năm", 4 the last month, 5 and 6 the year.
     */
    private static final Pattern UP_TO_MONTH = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:" + words("reckon") + "\\s+)?(?:(?:" + words("from") + "\\s+" + words("first-part") + "\\s+"
                    + YEAR_WORD + "(?:\\s+((?:19|20)\\d\\d))?|" + words("from") + "\\s+" + MONTH_WORD + "\\s+(\\d{1,2}|"
                    + CAL.monthInWords() + ")|" + words("from") + "\\s+" + YEAR_WORD + "\\s+((?:19|20)\\d\\d))\\s+)?" + TO + "\\s+(?:" + words("through") + "\\s+)?" + MONTH_WORD + "\\s+(\\d{1,2}|"
                    + CAL.monthInWords() + ")(?:\\s*[/-]\\s*(\\d{4})|\\s+" + YEAR_WORD + "\\s+(\\d{4}))?(?![\\d/])");
    /**
     * "tính đến ngày 31/10/2024", "Tính từ đầu năm đến ngày 20/8", "từ đầu năm đến ngày 30/11/2021": the months of the
     * year so far, up to the day's month. A day after "đến" alone ("Đại hội diễn ra đến ngày 14/10") is no run. Groups:
     * 1 and 2 the year after "từ đầu năm", 3 the day, 4 the month, 5 the year.
     */
    private static final Pattern UP_TO_DAY = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:" + words("reckon") + "\\s+(?:" + words("from") + "\\s+" + words("first-part") + "\\s+"
                    + YEAR_WORD + "(?:\\s+((?:19|20)\\d\\d))?\\s+)?|" + words("from") + "\\s+" + words("first-part") + "\\s+"
                    + YEAR_WORD + "(?:\\s+((?:19|20)\\d\\d))?\\s+)" + TO + "\\s+(?:" + words("through") + "\\s+)?(?:"
                    + WORDS.alternation("day") + "\\s+)?(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})(?:\\s*\\4\\s*((?:19|20)\\d\\d))?(?![\\d/])");
    /**
     * "Ông A cho biết, đến ngày 15/8, tỉnh mới giải ngân được 1.486 tỷ đồng": a cut-off day set off by commas at the head
     * of a clause is the months of the year so far, as "tính đến ngày" is (gen24b 002); after a verb ("diễn ra đến ngày
     * 14/10") or with no comma after it, it is no run. Groups: 1 the day, 2 the separator, 3 the month, 4 the year.
     */
    private static final Pattern FRONTED_UP_TO_DAY = Pattern.compile(
            "(?iu)(?:^|(?<=[,;:]\\s{0,2}))" + TO + "\\s+(?:" + words("through") + "\\s+)?(?:" + WORDS.alternation("day")
                    + "\\s+)?(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})(?:\\s*\\2\\s*((?:19|20)\\d\\d))?(?=\\s*,)");
    private static final Pattern SINCE_NEW_YEAR = Pattern.compile(
            "(?iu)(?<![\\p{L}])" + words("from") + "\\s+" + words("first-part") + "\\s+" + YEAR_WORD + "\\s+(?:(\\d{4})\\s+)?"
                    + TO + "\\s+" + words("now") + "(?![\\p{L}])");
    /**
     * "từ đầu nhiệm kỳ đến nay", "Từ đầu nhiệm kỳ 2010 - 2015 đến nay": the years from the first of the term in course
     * (as written, else the story's term that holds the anchor's year: {@link #withTerms}) to the anchor's. Groups: 1
     * and 2 the term's years.
     */
    private static final Pattern SINCE_TERM = Pattern.compile(
            "(?iu)(?<![\\p{L}])" + words("from") + "\\s+" + words("first-part") + "\\s+" + words("term")
                    + "(?:\\s+((?:19|20)\\d\\d)\\s*[-–]\\s*((?:19|20)\\d\\d))?\\s*,?\\s+" + TO + "\\s+" + words("now")
                    + "(?![\\p{L}])");
    /**
     * The event a run to now starts with, before its day: "sau", "khi" and up to six words before a bracket ("từ khi
     * hợp nhất tỉnh (1/7/2025) đến nay", "từ sau ngày 1/7/2025 đến nay": calendar-words kind since-event).
     */
    private static final String SINCE_EVENT = words("since-event") + "\\s+(?:\\p{L}+\\s+){0,6}?\\(?\\s*";
    /**
     * "từ ngày 1/7 đến nay", "từ tháng 7/2025 đến nay", "từ khi hợp nhất tỉnh (1/7/2025) đến nay": the months from that month to the article's, as "từ đầu năm
     * đến nay" runs from January. Groups: 1 the day, 2 its month, 3 the month of "tháng", 4 the year.
     */
    private static final Pattern SINCE_MONTH = Pattern.compile(
            "(?iu)(?<![\\p{L}])" + words("from") + "\\s+(?:" + SINCE_EVENT + ")?(?:(?:(?:" + WORDS.alternation("day")
                    + ")\\s+)?(\\d{1,2})\\s*[/.-]\\s*"
                    + "(\\d{1,2})|" + MONTH_WORD + "\\s+(\\d{1,2}|" + CAL.monthInWords() + "))(?:\\s*[/.-]\\s*((?:19|20)\\d\\d)"
                    + "|\\s+" + YEAR_WORD + "\\s+((?:19|20)\\d\\d))?\\)?\\s+" + TO + "\\s+" + words("now") + "(?![\\p{L}])");
    /**
     * "Từ ngày 1/7 đến 30/9", "từ 1/1 đến ngày 31/3/2025": a run of days from a first of the month to the last day of a
     * later month. Groups: 1 the first day, 2 the separator, 3 its month, 4 its year, 5 the last day, 6 its month, 7
     * its year.
     */
    private static final Pattern WHOLE_MONTHS = Pattern.compile(
            "(?iu)(?<![\\p{L}])" + words("from") + "\\s+(?:(?:" + WORDS.alternation("day") + ")\\s+)?(\\d{1,2})\\s*([/.-])\\s*"
                    + "(\\d{1,2})(?:\\s*\\2\\s*((?:19|20)\\d\\d))?\\s+" + TO + "\\s+(?:(?:" + WORDS.alternation("day")
                    + ")\\s+)?(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?:\\s*\\2\\s*((?:19|20)\\d\\d))?(?![\\d/])");
    private static final Pattern QUARTER = Pattern.compile(
            "(?iu)(?<![\\p{L}])" + words("quarter") + "\\s+(IV|I{1,3}|[1-4]|" + CAL.number() + ")(?![\\p{L}\\d])"
                    + "(?:\\s*[/-]\\s*(\\d{4})|\\s+(?:" + YEAR_WORD + "\\s+)?(\\d{4}))?");
    private static final String QUARTER_NUMBER = "(IV|I{1,3}|[1-4])(?![\\p{L}\\d])";
    /**
     * "quý I và quý II/2025", "quý II và III năm 2024", "từ quý I đến quý III/2025", "quý III - IV": a run of
     * quarters. Groups: 1 the first quarter, 2 the word between ("và", "đến", a dash), 3 the last, 4 and 5 the year.
     */
    private static final Pattern QUARTERS = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:" + words("from") + "\\s+)?" + words("quarter") + "\\s+" + QUARTER_NUMBER + "\\s*([-–]|(?:"
                    + WORDS.alternation("and") + "|" + CAL.alternation("to") + ")(?![\\p{L}]))\\s*(?:" + words("quarter") + "\\s+)?"
                    + QUARTER_NUMBER + "(?:\\s*[/-]\\s*(\\d{4})|\\s+(?:" + YEAR_WORD + "\\s+)?(\\d{4}))?");
    /**
     * "cuối năm", "đầu năm 2024", "giữa năm nay", "cuối năm ngoái": a part of a year is the year. Not after "từ" (the
     * start of a run: "từ đầu năm đến nay"), "tháng" or "quý" ("những tháng đầu năm", "quý cuối năm"), nor before a
     * word that makes it another year ("cuối năm trước", "đầu năm học"). Groups: 1 the part, 2 last year, 3 this year,
     * 4 the year.
     */
    private static final Pattern PART_OF_YEAR = Pattern.compile(
            "(?iu)(?<![\\p{L}])" + notAfter("from", "month", "quarter", "half") + "("
                    + CAL.alternation("first-part", "last-part", "mid-part") + ")\\s+(?:(" + CAL.alternation("last-year") + ")|("
                    + CAL.alternation("this-year") + ")|" + YEAR_WORD + "(?:\\s+((?:19|20)\\d\\d))?)(?![\\p{L}\\d/])(?!\\s+(?:"
                    + CAL.alternation("other-year") + ")(?![\\p{L}]))");
    /**
     * "giai đoạn 2021 - 2025", "từ năm 2016 đến năm 2020", and two years in a row joined by "và" ("năm 2020 và 2021": what
     * both years did together). Groups: 1 the first year, 2 "và", 3 the last year.
     */
    private static final Pattern YEARS = Pattern.compile(
            "(?iu)(?:(?<![\\p{L}])" + words("span") + "\\s+)?(?<![\\d/.,])((?:19|20)\\d\\d)\\s*"
                    + "(?:[-–—]|" + TO + "(?:\\s+" + YEAR_WORD + ")?|(" + WORDS.alternation("and") + ")\\s+(?:" + YEAR_WORD
                    + "\\s+)?)\\s*((?:19|20)\\d\\d)(?![\\d/])");
    /** "sáng nay", "chiều hôm qua", "hôm nay": groups 1 and 4 the part of the day, 2 "hôm", 3 and 5 how many days back. */
    private static final Pattern RELATIVE_DAY = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:(?:(" + WORDS.alternation("day-part") + ")\\s+)?(?:(?:" + WORDS.alternation("day")
                    + ")\\s+)?(" + WORDS.alternation("day-ago") + ")\\s+("
                    + WORDS.pastAlternation() + ")|(" + WORDS.alternation("day-part") + ")\\s+(" + WORDS.pastAlternation() + "))"
                    + "(?![\\p{L}])");
    /**
     * A day of the week with no date, counted back from the day of publication: "Chiều thứ Tư vừa qua", "Sáng thứ Hai,
     * Ban Thường vụ ...", "hôm thứ Sáu tuần trước". A weekday alone is an ordinal too ("Kỳ họp thứ Hai", "lần thứ năm"),
     * so a time word before it or a word of the past after it is needed; a date after it is read by {@link #DAY}.
     * Groups: 1 the time word, 2 the weekday, 3 the word of the past.
     */
    private static final Pattern PAST_WEEKDAY = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:(" + WORDS.alternation("day-part", "day-ago") + ")\\s+)?(" + WEEKDAY + ")(?:\\s+("
                    + WORDS.alternation("just-past", "last-week") + "))?(?![\\p{L}])(?!\\s*\\(?\\s*\\d)(?!\\s*,\\s*(?:"
                    + WORDS.alternation("day") + ")?\\s*\\d)");
    private static final Map<String, Integer> WEEKDAY_NUMBERS = DateLine.weekdayNumbers();
    private static final Pattern HALF_YEAR = Pattern.compile(
            "(?iu)(?<![\\p{L}])" + words("half") + "\\s+" + FIRST_OR_LAST + "\\s+" + YEAR_WORD
                    + "(?:\\s*[/ ]\\s*(\\d{4}))?(?![\\d/])");
    /**
     * "cả năm", "hiện có", "hiện đạt": not before a year ("cả năm 2023" is that year, and so is "Cả năm 2021," with its
     * comma), but before a figure ("hiện có 1.892 cơ sở", "cả năm 2.021 tấn"); not as the end of a verb ("ước thực hiện đạt 95%") nor the start of another word ("hiện đại"), unless the
     * syllable after it opens a word of its own ("Hiện diện tích cà phê toàn huyện có 19.650 ha" is "hiện" + "diện tích").
     */
    private static final Pattern THIS_YEAR = Pattern.compile(
            "(?iu)(?<![\\p{L}])" + notAfter("verb-head") + words("this-year")
                    + "(?![\\p{L}]|\\s*(?:19|20)\\d\\d(?!\\d|[.,]\\d)|\\s+(?!" + words("now-word") + "(?![\\p{L}]))"
                    + words("now-compound") + "(?![\\p{L}]))");
    private static final Pattern LAST_YEAR = Pattern.compile(
            "(?iu)(?<![\\p{L}])" + words("last-year") + "(?![\\p{L}])");
    private static final Pattern YEAR = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:" + CAL.alternation("year", "same-period") + "|(?:" + CAL.alternation("season")
                    + ")(?!\\s+(?:19|20)\\d\\d\\s*[-–]\\s*(?:19|20)\\d\\d))\\s+((?:19|20)\\d\\d)(?![\\d/])");

    private final TimeAnchor anchor;
    /** The terms of office the story names ("nhiệm kỳ 2010 - 2015"), first and last year each. */
    private final List<int[]> terms;

    public DateExpressions(TimeAnchor anchor) {
        this(anchor, List.of());
    }

    private DateExpressions(TimeAnchor anchor, List<int[]> terms) {
        this.anchor = anchor;
        this.terms = terms;
    }

    /**
     * These expressions, reading "từ đầu nhiệm kỳ đến nay" as the years since the start of the term the story names
     * that holds the anchor's year ("... từ đầu nhiệm kỳ 2010 - 2015 đến nay" in the lead, then "từ đầu nhiệm kỳ đến
     * nay, cấp ủy các cấp đã kiểm tra 1.215 tổ chức đảng" in a story of 2013: 2010-2013).
     */
    public DateExpressions withTerms(String story) {
        List<int[]> named = new ArrayList<>();
        Matcher m = TERM.matcher(story);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (b > a) {
                named.add(new int[] {a, b});
            }
        }
        return new DateExpressions(anchor, List.copyOf(named));
    }

    private static final Pattern TERM = Pattern.compile(
            "(?iu)(?<![\\p{L}])" + words("term") + "\\s+((?:19|20)\\d\\d)\\s*[-–]\\s*((?:19|20)\\d\\d)(?![\\d])");

    /** Every expression of the text, in order, none overlapping. */
    public List<Found> find(String text) {
        List<Found> all = new ArrayList<>();
        for (Scan scan : scans(text)) {
            for (Found f = scan.next(); f != null; f = scan.next()) {
                all.add(f);
            }
        }
        // Stable: at the same start and length, the earlier pattern of scans() wins.
        all.sort(Comparator.comparingInt(Found::start).thenComparing(f -> -(f.end() - f.start())));
        List<Found> out = new ArrayList<>();
        int last = -1;
        for (Found f : all) {
            if (f.start() >= last) {
                out.add(f);
                last = f.end();
            }
        }
        return out;
    }

    /**
     * The first expression of {@link #find} that passes the test, or null. The patterns are read side by
     * side only as far as that expression, so finding the date that opens a story does not scan the
     * whole article (the result is the same as filtering {@code find(text)}).
     */
    public Found first(String text, Predicate<Found> test) {
        List<Scan> scans = scans(text);
        Found[] heads = new Found[scans.size()];
        int last = -1;
        // A window of the text at a time: a pattern with no match in the article is then not scanned to its end
        // before the story's first lines are read. Matches are taken in the same order as without windows.
        for (int window = FIRST_WINDOW; ; window *= 2) {
            for (int i = 0; i < heads.length; i++) {
                if (heads[i] == null) {
                    heads[i] = scans.get(i).next(window);
                }
            }
            while (true) {
                int best = -1;
                for (int i = 0; i < heads.length; i++) {
                    Found h = heads[i];
                    if (h != null && (best < 0 || h.start() < heads[best].start()
                            || h.start() == heads[best].start()
                            && h.end() - h.start() > heads[best].end() - heads[best].start())) {
                        best = i;
                    }
                }
                if (best < 0) {
                    break;
                }
                Found f = heads[best];
                heads[best] = scans.get(best).next(window);
                if (f.start() >= last) {
                    last = f.end();
                    if (test.test(f)) {
                        return f;
                    }
                }
            }
            if (window > text.length()) {
                return null;
            }
        }
    }

    /** The first window of {@link #first}, in characters: a headline, a date line and a lead. */
    private static final int FIRST_WINDOW = 1024;

    /**
     * One scan per pattern, in the order that settles ties. Each pattern needs a word or a character many
     * sentences lack ("tháng", "quý", a digit, a slash): a pattern that cannot match is not run at all.
     * Words are looked for in the text case-folded the way the (?iu) patterns compare characters.
     */
    private List<Scan> scans(String text) {
        boolean digit = hasAsciiDigit(text);
        String folded = fold(text);
        // A month in words needs no digit: "tháng Giêng", "sáu tháng đầu năm", "ngày mười lăm tháng Giêng".
        boolean month = contains(folded, MONTH_WORDS);
        List<Scan> out = new ArrayList<>(13);
        if (digit && text.indexOf('/') >= 0) {
            out.add(new Scan(DAY_SPAN_AT, text, this::daySpan));
        }
        if (digit && (text.indexOf('/') >= 0 || text.indexOf('-') >= 0 || text.indexOf('.') >= 0)) {
            // before DAY_AT: "Đến ngày 31/8," is read by both at the same length, and the cut-off is what it says
            out.add(new Scan(FRONTED_UP_TO_DAY_AT, text, this::frontedUpToDay));
            out.add(new Scan(DAY_AT, text, this::day));
            out.add(new Scan(DAY_RUN_AT, text, this::dayRun));
            out.add(new Scan(UP_TO_DAY_AT, text, this::upToDay));
            out.add(new Scan(WHOLE_MONTHS_AT, text, this::wholeMonths));
        }
        if (month) {
            out.add(new Scan(DAY_IN_WORDS_AT, text, this::dayInWords));
            out.add(new Scan(MONTH_AT, text, this::month));
            out.add(new Scan(MONTHS_AT, text, m -> monthCount(m, text)));
            // "từ tháng Giêng đến tháng Ba" needs no digit either
            out.add(new Scan(UP_TO_MONTH_AT, text, this::upToMonth));
        }
        if (contains(folded, PART_OF_YEAR_WORDS)) {
            out.add(new Scan(PART_OF_YEAR_AT, text, this::partOfYear));
        }
        if (contains(folded, FIRST_PART_WORDS)) {
            out.add(new Scan(SINCE_NEW_YEAR_AT, text, this::sinceNewYear));
        }
        if (contains(folded, NOW_WORDS)) {
            out.add(new Scan(SINCE_MONTH_AT, text, this::sinceMonth));
            out.add(new Scan(SINCE_TERM_AT, text, this::sinceTerm));
        }
        if (WORDS.past().stream().anyMatch(folded::contains)) {
            out.add(new Scan(RELATIVE_DAY_AT, text, this::relativeDay));
        }
        if (contains(folded, WEEKDAY_WORDS)) {
            out.add(new Scan(PAST_WEEKDAY_AT, text, this::pastWeekday));
        }
        if (contains(folded, HALF_WORDS)) {
            out.add(new Scan(HALF_YEAR_AT, text, this::halfYear));
        }
        if (contains(folded, THIS_YEAR_WORDS)) {
            out.add(new Scan(THIS_YEAR_AT, text, this::thisYear));
        }
        if (contains(folded, LAST_YEAR_WORDS)) {
            out.add(new Scan(LAST_YEAR_AT, text, this::lastYear));
        }
        if (contains(folded, QUARTER_WORDS)) {
            out.add(new Scan(QUARTERS_AT, text, this::quarters));
            out.add(new Scan(QUARTER_AT, text, this::quarter));
        }
        if (digit) {
            out.add(new Scan(YEARS_AT, text, this::yearSpan));
            if (contains(folded, YEAR_WORDS)) {
                out.add(new Scan(YEAR_AT, text, this::year));
            }
        }
        return out;
    }

    /**
     * The pattern's scan, and where its matches can begin (a digit, or a word it opens with): see
     * {@link WordStartMatcher}. A pattern given a new opening word needs it here too; {@code DateExpressionsTest}
     * checks each against find() on real text.
     */
    private static final WordStartMatcher DAY_SPAN_AT = new WordStartMatcher(DAY_SPAN, true);
    // The first word of a weekday ("thứ" of "thứ Hai"): the matcher compares whole opening words, and the regex lets
    // any spaces stand between a weekday's words.
    private static final WordStartMatcher DAY_AT = new WordStartMatcher(DAY, true, Stream.concat(
            WORDS.words("day", "day-part", "day-ago", "bound").stream(),
            DateLine.weekdays().stream().map(w -> w.split(" ")[0])).toArray(String[]::new));
    private static final WordStartMatcher DAY_RUN_AT = new WordStartMatcher(DAY_RUN, false, Stream.of(
            WORDS.words("within", "day", "day-part", "day-ago", "bound").stream(),
            DateLine.weekdays().stream().map(w -> w.split(" ")[0])).flatMap(x -> x).toArray(String[]::new));
    private static final String[] NUMBER_OPENS = CAL.firstWords("digit", "digit-alone", "ten").toArray(String[]::new);
    private static final WordStartMatcher DAY_IN_WORDS_AT = new WordStartMatcher(DAY_IN_WORDS, true, Stream.of(
            WORDS.words("day", "day-part", "day-ago", "bound").stream(),
            DateLine.weekdays().stream().map(w -> w.split(" ")[0]), Stream.of(NUMBER_OPENS),
            CAL.firstWords("lunar-day").stream())
            .flatMap(x -> x).toArray(String[]::new));
    private static final WordStartMatcher MONTH_AT = new WordStartMatcher(MONTH, false, opens("month"));
    private static final WordStartMatcher MONTHS_AT = new WordStartMatcher(MONTHS, true, NUMBER_OPENS);
    private static final WordStartMatcher UP_TO_MONTH_AT = new WordStartMatcher(UP_TO_MONTH, false,
            opens("reckon", "from", "to"));
    private static final WordStartMatcher SINCE_NEW_YEAR_AT = new WordStartMatcher(SINCE_NEW_YEAR, false, opens("from"));
    private static final WordStartMatcher SINCE_MONTH_AT = new WordStartMatcher(SINCE_MONTH, false, opens("from"));
    private static final WordStartMatcher SINCE_TERM_AT = new WordStartMatcher(SINCE_TERM, false, opens("from"));
    private static final WordStartMatcher WHOLE_MONTHS_AT = new WordStartMatcher(WHOLE_MONTHS, false, opens("from"));
    private static final WordStartMatcher UP_TO_DAY_AT = new WordStartMatcher(UP_TO_DAY, false, opens("reckon", "from"));
    private static final WordStartMatcher FRONTED_UP_TO_DAY_AT = new WordStartMatcher(FRONTED_UP_TO_DAY, false, opens("to"));
    private static final WordStartMatcher RELATIVE_DAY_AT = new WordStartMatcher(RELATIVE_DAY, false,
            WORDS.words("day-part", "day-ago", "day").toArray(String[]::new));
    private static final WordStartMatcher PAST_WEEKDAY_AT = new WordStartMatcher(PAST_WEEKDAY, false, Stream.concat(
            WORDS.words("day-part", "day-ago").stream(), DateLine.weekdays().stream().map(w -> w.split(" ")[0]))
            .toArray(String[]::new));
    private static final WordStartMatcher HALF_YEAR_AT = new WordStartMatcher(HALF_YEAR, false, opens("half"));
    private static final WordStartMatcher THIS_YEAR_AT = new WordStartMatcher(THIS_YEAR, false, opens("this-year"));
    private static final WordStartMatcher LAST_YEAR_AT = new WordStartMatcher(LAST_YEAR, false, opens("last-year"));
    private static final WordStartMatcher QUARTER_AT = new WordStartMatcher(QUARTER, false, opens("quarter"));
    private static final WordStartMatcher QUARTERS_AT = new WordStartMatcher(QUARTERS, false, opens("from", "quarter"));
    private static final WordStartMatcher PART_OF_YEAR_AT = new WordStartMatcher(PART_OF_YEAR, false,
            opens("first-part", "last-part", "mid-part"));
    private static final WordStartMatcher YEARS_AT = new WordStartMatcher(YEARS, true, opens("span"));
    private static final WordStartMatcher YEAR_AT = new WordStartMatcher(YEAR, false, opens("year", "same-period", "season"));

    /** The words whose presence in a text lets a pattern run at all (see scans()). */
    private static final List<String> MONTH_WORDS = CAL.words("month");
    private static final List<String> FIRST_PART_WORDS = CAL.words("first-part");
    private static final List<String> NOW_WORDS = CAL.words("now");
    private static final List<String> HALF_WORDS = CAL.words("half");
    private static final List<String> WEEKDAY_WORDS = DateLine.weekdays().stream().map(w -> fold(w.split(" ")[0]))
            .distinct().toList();
    private static final List<String> THIS_YEAR_WORDS = CAL.words("this-year");
    private static final List<String> WHOLE_YEAR = CAL.words("whole-year");
    private static final List<String> QUARTER_WORDS = CAL.words("quarter");
    private static final List<String> LAST_YEAR_WORDS = CAL.words("last-year");
    private static final List<String> YEAR_WORDS = CAL.words("year", "same-period", "season");
    private static final List<String> LAST_PART_WORDS = CAL.words("last-part");
    private static final List<String> DURATION_WORDS = CAL.words("duration");
    private static final List<String> DURATION_AFTER_WORDS = CAL.words("duration-after");
    /** "đầu năm", "cuối năm", "giữa năm": a part of a year and the year's word, as the text must hold them. */
    private static final List<String> PART_OF_YEAR_WORDS = CAL.words("first-part", "last-part", "mid-part").stream()
            .flatMap(p -> CAL.words("year").stream().map(y -> p + " " + y)).toList();
    private static final List<String> AND_WORDS = WORDS.words("and");
    private static final List<String> LUNAR_DAY_WORDS = CAL.words("lunar-day");
    private static final List<String> TO_WORDS = CAL.words("to");
    private static final List<String> LIFE_WORDS = CAL.words("life-event").stream().map(w -> w.toLowerCase()).toList();
    private static final List<String> BOUND_WORDS = WORDS.words("bound");

    /** "(?:giai\\s+đoạn|nhiệm\\s+kỳ|...)": the words of a kind of calendar-words.tsv as a group. */
    private static String words(String... kinds) {
        return "(?:" + CAL.alternation(kinds) + ")";
    }

    /** "(?<!(?:từ|tháng|quý)\\s)": not right after a word of these kinds (one word each, as a look-behind needs). */
    private static String notAfter(String... kinds) {
        return "(?<!(?:" + CAL.words(kinds).stream().filter(w -> w.indexOf(' ') < 0).map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")\\s)";
    }

    private static String[] opens(String... kinds) {
        return CAL.firstWords(kinds).toArray(String[]::new);
    }

    /** Whether the text, spaces and an opening bracket aside, ends with one of the words: "ông A (sinh ". */
    private static boolean endsWithWord(String lower, List<String> words) {
        int end = lower.length();
        while (end > 0 && (Character.isWhitespace(lower.charAt(end - 1)) || lower.charAt(end - 1) == '(')) {
            end--;
        }
        for (String w : words) {
            int at = end - w.length();
            if (at >= 0 && lower.startsWith(w, at) && (at == 0 || !Character.isLetter(lower.charAt(at - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String folded, List<String> words) {
        for (String w : words) {
            if (folded.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The expressions of one pattern, in text order: each match read into a {@link Found}, or skipped (null). */
    private static final class Scan {
        private final WordStartMatcher.Scan scan;
        private final Function<Matcher, Found> reader;

        Scan(WordStartMatcher at, String text, Function<Matcher, Found> reader) {
            this.scan = at.scan(text);
            this.reader = reader;
        }

        Found next() {
            return next(Integer.MAX_VALUE);
        }

        /** The next expression that starts before {@code before}, or null (the scan goes on from there later). */
        Found next(int before) {
            while (scan.find(before)) {
                Found f = reader.apply(scan.matcher());
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
    }

    /** Each pattern with its scan, for the test. */
    static Map<Pattern, WordStartMatcher> patternStarts() {
        Map<Pattern, WordStartMatcher> out = new LinkedHashMap<>();
        out.put(DAY_SPAN, DAY_SPAN_AT);
        out.put(DAY, DAY_AT);
        out.put(DAY_RUN, DAY_RUN_AT);
        out.put(DAY_IN_WORDS, DAY_IN_WORDS_AT);
        out.put(MONTH, MONTH_AT);
        out.put(MONTHS, MONTHS_AT);
        out.put(UP_TO_MONTH, UP_TO_MONTH_AT);
        out.put(SINCE_NEW_YEAR, SINCE_NEW_YEAR_AT);
        out.put(SINCE_MONTH, SINCE_MONTH_AT);
        out.put(SINCE_TERM, SINCE_TERM_AT);
        out.put(UP_TO_DAY, UP_TO_DAY_AT);
        out.put(WHOLE_MONTHS, WHOLE_MONTHS_AT);
        out.put(RELATIVE_DAY, RELATIVE_DAY_AT);
        out.put(PAST_WEEKDAY, PAST_WEEKDAY_AT);
        out.put(HALF_YEAR, HALF_YEAR_AT);
        out.put(THIS_YEAR, THIS_YEAR_AT);
        out.put(LAST_YEAR, LAST_YEAR_AT);
        out.put(QUARTERS, QUARTERS_AT);
        out.put(QUARTER, QUARTER_AT);
        out.put(PART_OF_YEAR, PART_OF_YEAR_AT);
        out.put(YEARS, YEARS_AT);
        out.put(YEAR, YEAR_AT);
        return out;
    }

    /**
     * The years a text names as "năm 2023", for a {@link TimeAnchor}; not horizons ("đến năm 2030") nor the years of a
     * person's life ("sinh năm 1978", "vào Đảng năm 2001").
     */
    public static List<Integer> namedYears(String text) {
        List<Integer> out = new ArrayList<>();
        WordStartMatcher.Scan scan = YEAR_AT.scan(text);
        Matcher m = scan.matcher();
        while (scan.find()) {
            String before = text.substring(Math.max(0, m.start() - 12), m.start()).toLowerCase();
            if (!contains(before, TO_WORDS) && !endsWithWord(before, LIFE_WORDS)) {
                out.add(Integer.parseInt(m.group(1)));
            }
        }
        return out;
    }

    private Found daySpan(Matcher m) {
        PartialDate a = date(m.group(3), m.group(2), m.group(1));
        PartialDate b = date(m.group(6), m.group(5), m.group(4));
        if (a != null && b != null) {
            return new Found(m.start(), m.end(), Kind.DAYS, a, a + "/" + b, null);
        }
        return null;
    }

    private Found day(Matcher m) {
        String cue = m.group(1) == null ? null : m.group(1).toLowerCase();
        String year = m.group(5);
        if (cue == null && year == null) {
            return null; // "154/182 xã": no time word and no year
        }
        if (m.group(3).equals(".") && (m.start(3) != m.end(2) || m.end(3) != m.start(4)
                || year == null && BOUND_WORDS.contains(cue))) {
            // "Sáng 5.3" is a day, as some papers write it; "từ 2.5 triệu" (an English decimal point) and
            // "ngày 5. 3 đơn vị" are not
            return null;
        }
        if (m.group("lunar") != null) {
            return lunar(m, Kind.DAY, cue);
        }
        return dayOf(m, cue, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(4)), year);
    }

    /**
     * "Trong 2 ngày (11 - 12/7)", "Ngày 11 và 12/1": a run of days is dated by its first day, as a meeting that
     * lasts two days starts on the first.
     */
    private Found dayRun(Matcher m) {
        String cue = m.group(1).toLowerCase();
        String year = m.group(6);
        if (m.group(4).equals(".") && (year == null || m.start(4) != m.end(3) || m.end(4) != m.start(5))) {
            return null; // "ngày 11 - 12.7" without its year: a decimal point as well as a day
        }
        int first = Integer.parseInt(m.group(2));
        int last = Integer.parseInt(m.group(3));
        if (first >= last || last > 31) {
            return null;
        }
        if (m.group("lunar") != null) {
            return lunar(m, Kind.DAY, cue);
        }
        Found f = dayOf(m, cue, first, Integer.parseInt(m.group(5)), year);
        if (f == null || f.date() == null) {
            return f;
        }
        PartialDate end;
        try {
            end = new PartialDate(f.date().year(), f.date().month(), last);
        } catch (RuntimeException e) {
            return f; // "30 - 31/11"
        }
        return new Found(f.start(), f.end(), f.kind(), f.date(), f.period(), f.cue(), end);
    }

    /**
     * "ngày 5 tháng 8 năm 2023", "ngày mười lăm tháng Giêng": a day in words needs its time word ("ngày", "mùng"),
     * a month in lower-case words its time word too ("9 tháng năm 2023" is nine months, "9 tháng Năm năm 2023" a day).
     */
    private Found dayInWords(Matcher m) {
        String cue = m.group(1) == null ? null : m.group(1).toLowerCase();
        String year = m.group(4);
        if (LUNAR_DAY_WORDS.contains(m.group(2).toLowerCase()) || CAL.isMonthName(m.group(3))) {
            // "rằm tháng Giêng", "ngày 23 tháng Chạp": a day of a month called by its name is a day of the lunar calendar
            return lunar(m, Kind.DAY, cue);
        }
        boolean dayInDigits = Character.isDigit(m.group(2).charAt(0));
        boolean monthInDigits = Character.isDigit(m.group(3).charAt(0));
        if (cue == null && (year == null || !dayInDigits
                || !monthInDigits && !Character.isUpperCase(m.group(3).charAt(0)))) {
            return null;
        }
        Integer day = CAL.numberOf(m.group(2));
        Integer month = CAL.month(m.group(3));
        if (day == null || month == null) {
            return null;
        }
        return m.group("lunar") != null ? lunar(m, Kind.DAY, cue) : dayOf(m, cue, day, month, year);
    }

    private Found dayOf(Matcher m, String cue, int day, int month, String writtenYear) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        Integer year = writtenYear != null ? Integer.valueOf(writtenYear) : anchor.yearOfMonth(month);
        PartialDate d = year == null ? null : date(String.valueOf(year), String.valueOf(month), String.valueOf(day));
        if (year != null && d == null) {
            return null; // 31/2
        }
        return new Found(m.start(), m.end(), Kind.DAY, d, d == null ? null : d.toString(), cue);
    }

    /** "Chiều hôm qua", "sáng nay": a day counted back from publication; unknown without a publication day. */
    private Found relativeDay(Matcher m) {
        String when = m.group(3) != null ? m.group(3) : m.group(5);
        PartialDate d = anchor.daysBeforeToday(WORDS.daysBack(when));
        if (d == null) {
            return null;
        }
        String cue = m.group(1) != null ? m.group(1) : m.group(4) != null ? m.group(4) : m.group(2);
        return new Found(m.start(), m.end(), Kind.DAY, d, d.toString(), cue.toLowerCase());
    }

    /**
     * "Chiều thứ Tư vừa qua" in a page of Thursday 5/3/2020 is 4/3; "Sáng thứ Năm" in it is that day; "thứ Sáu tuần
     * trước" the Friday of the week before. Unknown without a publication day, and a weekday with neither a time word
     * before nor a word of the past after it is none ("Kỳ họp thứ Hai").
     */
    private Found pastWeekday(Matcher m) {
        String past = m.group(3) == null ? null : m.group(3).toLowerCase(Locale.ROOT);
        if (m.group(1) == null && past == null) {
            return null;
        }
        PartialDate today = anchor.daysBeforeToday(0);
        Integer day = WEEKDAY_NUMBERS.get(TextNormalizer.key(m.group(2)));
        if (today == null || day == null) {
            return null;
        }
        int todayNumber = today.toLocalDate().getDayOfWeek().getValue();
        int back;
        if (past != null && WORDS.words("last-week").contains(past)) {
            back = todayNumber - day + 7; // the same weekday of the week before this one
        } else {
            back = Math.floorMod(todayNumber - day, 7);
            if (back == 0 && past != null) {
                back = 7; // "thứ Năm vừa qua" on a Thursday: last week's
            }
        }
        PartialDate d = anchor.daysBeforeToday(back);
        String cue = m.group(1) != null ? m.group(1).toLowerCase(Locale.ROOT) : null;
        return new Found(m.start(), m.end(), Kind.DAY, d, d.toString(), cue);
    }

    private Found halfYear(Matcher m) {
        Integer year = m.group(2) != null ? Integer.valueOf(m.group(2)) : anchor.year();
        boolean last = isLastPart(m.group(1));
        return new Found(m.start(), m.end(), Kind.MONTHS, year == null ? null : PartialDate.ofYear(year),
                year == null ? null : year + (last ? "-H2" : "-H1"), null);
    }

    private Found thisYear(Matcher m) {
        // "tổng sản lượng thủy sản cả năm" in January's review of the year before: the whole year under review
        boolean whole = WHOLE_YEAR.contains(m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        Integer year = whole ? anchor.reportingYear() : anchor.year();
        return year == null ? null
                : new Found(m.start(), m.end(), Kind.YEAR, PartialDate.ofYear(year), String.valueOf(year), null);
    }

    /** "so với năm ngoái": the year before the anchor's. */
    private Found lastYear(Matcher m) {
        Integer year = anchor.year();
        return year == null ? null
                : new Found(m.start(), m.end(), Kind.YEAR, PartialDate.ofYear(year - 1), String.valueOf(year - 1), null);
    }

    /** "tháng 10/2025", "tháng Giêng"; a month in lower-case words needs its year ("mỗi tháng hai lần"). */
    private Found month(Matcher m) {
        Integer written = CAL.month(m.group(1));
        if (written == null) {
            return null;
        }
        int month = written;
        String y = m.group(2) != null ? m.group(2) : m.group(3);
        char first = m.group(1).charAt(0);
        if (y == null && !Character.isDigit(first) && !Character.isUpperCase(first)) {
            return null;
        }
        if (m.group("lunar") != null || CAL.isLunarMonth(m.group(1))) {
            return lunar(m, Kind.MONTH, null); // "tháng Chạp" runs from December or January to Tết
        }
        Integer year = y != null ? Integer.valueOf(y) : anchor.yearOfMonth(month);
        PartialDate d = year == null ? null : PartialDate.ofMonth(year, month);
        return new Found(m.start(), m.end(), Kind.MONTH, d, d == null ? null : d.toString(), null);
    }

    /**
     * "9 tháng", "sáu tháng đầu năm": a count in words needs "năm" after it ("hai tháng qua" is no period), and one in
     * digits without it is a length of time after a word of duration ("sau hơn 2 tháng vận hành": calendar-words kind
     * duration).
     */
    private Found monthCount(Matcher m, String text) {
        Integer count = CAL.numberOf(m.group(1));
        if (count == null || count < 1 || count > 12
                || m.group(3) == null && (!Character.isDigit(m.group(1).charAt(0)) || durationBefore(text, m.start())
                        || m.group(2) == null && durationAfter(text, m.end()))) {
            return null;
        }
        int n = count;
        boolean last = isLastPart(m.group(2));
        Integer year = m.group(4) != null ? Integer.valueOf(m.group(4)) : anchor.year();
        String period = year == null ? null : monthRun(year, n, last);
        return new Found(m.start(), m.end(), Kind.MONTHS, year == null ? null : PartialDate.ofYear(year),
                period, null);
    }

    /**
     * "Tính đến hết tháng 10/2025", "từ tháng 1 đến tháng 5", "từ tháng Giêng đến tháng Ba": January (or the first
     * month) on. A month in lower-case words needs the year, as in {@link #month}.
     */
    private Found upToDay(Matcher m) {
        String y = m.group(6) != null ? m.group(6) : m.group(1) != null ? m.group(1) : m.group(2);
        return monthsUpTo(m, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(5)), y);
    }

    private Found frontedUpToDay(Matcher m) {
        return monthsUpTo(m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), m.group(4));
    }

    /** The months of the year from January to the month of a cut-off day, or null for no day of a month. */
    private Found monthsUpTo(Matcher m, int day, int last, String y) {
        if (day < 1 || day > 31 || last < 1 || last > 12) {
            return null;
        }
        Integer year = y != null ? Integer.valueOf(y) : anchor.yearOfMonth(last);
        return new Found(m.start(), m.end(), Kind.MONTHS, year == null ? null : PartialDate.ofYear(year),
                year == null ? null : monthSpan(year, 1, last), null);
    }

    private Found upToMonth(Matcher m) {
        Integer first = m.group(2) == null ? Integer.valueOf(1) : CAL.month(m.group(2));
        Integer last = CAL.month(m.group(4));
        String y = m.group(5) != null ? m.group(5) : m.group(6) != null ? m.group(6) : m.group(1);
        if (first == null || last == null || first > last
                || y == null && (inLowerCaseWords(m.group(2)) || inLowerCaseWords(m.group(4)))) {
            return null;
        }
        Integer year = y != null ? Integer.valueOf(y) : anchor.yearOfMonth(last);
        Integer since = m.group(3) == null ? year : Integer.valueOf(m.group(3));
        if (year != null && since > year) {
            return null;
        }
        // "từ năm 2012 đến hết tháng 9/2014": a run of months across years, from the first year's January
        String period = year == null ? null : since < year ? String.format("%04d-01/%04d-%02d", since, year, last)
                : monthSpan(year, first, last);
        return new Found(m.start(), m.end(), Kind.MONTHS, year == null ? null : PartialDate.ofYear(year),
                period, null);
    }

    /** "quý I và quý II/2025" is the first half, "từ quý I đến quý III" January to September. */
    private Found quarters(Matcher m) {
        int first = VietnameseNumbers.roman(m.group(1));
        int last = VietnameseNumbers.roman(m.group(3));
        if (first < 1 || last > 4 || first >= last
                || AND_WORDS.contains(m.group(2).toLowerCase()) && last != first + 1) {
            return null; // "quý I và quý III" are two quarters, not a run
        }
        String y = m.group(4) != null ? m.group(4) : m.group(5);
        Integer year = y != null ? Integer.valueOf(y) : anchor.year();
        if (year == null) {
            return null;
        }
        String period = monthSpan(year, (first - 1) * 3 + 1, last * 3);
        return new Found(m.start(), m.end(), Kind.MONTHS, PartialDate.ofYear(year), period, null);
    }

    /** "cuối năm", "đầu năm 2024", "cuối năm ngoái": the year; unwritten, the one the story reports on. */
    private Found partOfYear(Matcher m) {
        Integer year = m.group(2) != null ? minusOne(anchor.year()) : m.group(3) != null ? anchor.year()
                : m.group(4) != null ? Integer.valueOf(m.group(4)) : anchor.reportingYear();
        return year == null ? null
                : new Found(m.start(), m.end(), Kind.YEAR, PartialDate.ofYear(year), String.valueOf(year), null);
    }

    /** A date of the lunar calendar: read, so that no part of it is read as a Gregorian date, and left undated. */
    private static Found lunar(Matcher m, Kind kind, String cue) {
        return new Found(m.start(), m.end(), kind, null, null, cue);
    }

    private static Integer minusOne(Integer year) {
        return year == null ? null : year - 1;
    }

    /** Whether a day or month is written in lower-case words ("ba", not "Ba" or "3"); false for null. */
    private static boolean inLowerCaseWords(String s) {
        return s != null && !Character.isDigit(s.charAt(0)) && !Character.isUpperCase(s.charAt(0));
    }

    /** "từ đầu năm đến nay": January to the month of the reference date. */
    private Found sinceNewYear(Matcher n) {
        PartialDate ref = anchor.reference();
        Integer year = n.group(1) != null ? Integer.valueOf(n.group(1)) : anchor.year();
        if (year == null || ref == null || ref.month() == null) {
            return null;
        }
        return new Found(n.start(), n.end(), Kind.MONTHS, PartialDate.ofYear(year),
                monthRun(year, ref.month(), false), null);
    }

    /**
     * "từ đầu nhiệm kỳ đến nay" in a story of 2013 whose term is 2010 - 2015: 2010-2013, a span of years; the term's
     * first year alone when the story is of that year; nothing when no term of the story holds its year.
     */
    private Found sinceTerm(Matcher m) {
        Integer year = anchor.year();
        if (year == null) {
            return null;
        }
        Integer first = null;
        if (m.group(1) != null) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (b > a && a <= year && year <= b) {
                first = a;
            }
        } else {
            // a term that began before the story's year, else one that begins in it (a congress of 2015 that names
            // both its terms speaks of the one in course, whose review it holds)
            for (int[] t : terms) {
                if (t[0] < year && year <= t[1] && (first == null || t[0] > first)) {
                    first = t[0];
                }
            }
            for (int[] t : terms) {
                if (first == null && t[0] == year) {
                    first = year;
                }
            }
        }
        if (first == null) {
            return null;
        }
        String period = first.equals(year) ? String.valueOf(year) : first + "-" + year;
        return new Found(m.start(), m.end(), first.equals(year) ? Kind.YEAR : Kind.YEARS, PartialDate.ofYear(first),
                period, null);
    }

    /** "từ ngày 1/7 đến nay" in a story of November 2025: 2025-07/2025-11. */
    private Found sinceMonth(Matcher m) {
        PartialDate ref = anchor.reference();
        Integer first = m.group(2) != null ? Integer.valueOf(m.group(2)) : CAL.month(m.group(3));
        String y = m.group(4) != null ? m.group(4) : m.group(5);
        if (ref == null || ref.month() == null || first == null || first < 1
                || y == null && m.group(3) != null && inLowerCaseWords(m.group(3))) {
            return null;
        }
        int year = y != null ? Integer.parseInt(y) : ref.year();
        if (year != ref.year() || first > ref.month()) {
            return null; // a run into another year is no run of one year's months
        }
        return new Found(m.start(), m.end(), Kind.MONTHS, PartialDate.ofYear(year), monthSpan(year, first, ref.month()),
                null);
    }

    /**
     * "Từ ngày 1/7 đến 30/9" in a report of October 2025: 2025-Q3, the whole months a report of them writes by their
     * first and last days. Any other run of days (a meeting "từ ngày 28/6 đến 2/7", "từ 21/12 đến 23/12") is left to
     * the day patterns, which date it by its first day.
     */
    private Found wholeMonths(Matcher m) {
        int firstDay = Integer.parseInt(m.group(1));
        int first = Integer.parseInt(m.group(3));
        int lastDay = Integer.parseInt(m.group(5));
        int last = Integer.parseInt(m.group(6));
        if (firstDay != 1 || first < 1 || last <= first || last > 12
                || m.group(4) != null && m.group(7) != null && !m.group(4).equals(m.group(7))) {
            return null;
        }
        String y = m.group(7) != null ? m.group(7) : m.group(4);
        Integer year = y != null ? Integer.valueOf(y) : anchor.yearOfMonth(last);
        if (year == null || lastDay != java.time.YearMonth.of(year, last).lengthOfMonth()) {
            return null;
        }
        return new Found(m.start(), m.end(), Kind.MONTHS, PartialDate.ofYear(year), monthSpan(year, first, last), null);
    }

    /** "6 tháng đầu năm" is the first half, "3 tháng" the first quarter, "9 tháng" January to September. */
    static String monthRun(int year, int months, boolean fromEnd) {
        return fromEnd ? monthSpan(year, 13 - months, 12) : monthSpan(year, 1, months);
    }

    /**
     * The months {@code first} to {@code last} of a year, named as the period they make, however they were written:
     * "từ tháng 4 đến tháng 6", "từ tháng Tư đến tháng Sáu" and "quý II" are 2024-Q2; "từ tháng 7 đến tháng 12" and
     * "quý III và quý IV" 2024-H2; January to December the year; any other run 2024-05/2024-07.
     */
    static String monthSpan(int year, int first, int last) {
        if (first == 1 && last == 12) {
            return String.valueOf(year);
        }
        if (last - first == 5 && (first == 1 || first == 7)) {
            return year + (first == 1 ? "-H1" : "-H2");
        }
        if (last - first == 2 && first % 3 == 1) {
            return year + "-Q" + (first + 2) / 3;
        }
        return String.format("%04d-%02d/%04d-%02d", year, first, year, last);
    }

    private Found quarter(Matcher m) {
        int q = VietnameseNumbers.roman(m.group(1));
        if (q < 1) {
            // "quý hai": a quarter in words; "quý năm 2024" is no fifth quarter
            Integer inWords = CAL.numberValue(m.group(1));
            if (inWords == null || inWords > 4) {
                return null;
            }
            q = inWords;
        }
        String y = m.group(2) != null ? m.group(2) : m.group(3);
        Integer year = y != null ? Integer.valueOf(y) : anchor.year();
        return new Found(m.start(), m.end(), Kind.QUARTER, year == null ? null : PartialDate.ofYear(year),
                year == null ? null : year + "-Q" + q, null);
    }

    private Found yearSpan(Matcher m) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        if (m.group(2) != null ? b == a + 1 : b > a) {
            return new Found(m.start(), m.end(), Kind.YEARS, PartialDate.ofYear(a), a + "-" + b, null);
        }
        return null;
    }

    private Found year(Matcher m) {
        int y = Integer.parseInt(m.group(1));
        return new Found(m.start(), m.end(), Kind.YEAR, PartialDate.ofYear(y), String.valueOf(y), null);
    }

    /** Whether the word right before {@code at} makes a count of months a length of time ("hơn", "sau", "gần"). */
    private static boolean durationBefore(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < end && DURATION_WORDS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /** Whether the words right after a count of months make it a length of time ("sơ kết 3 tháng vận hành"). */
    private static boolean durationAfter(String text, int at) {
        String rest = text.substring(at, Math.min(text.length(), at + 24)).stripLeading().toLowerCase(Locale.ROOT);
        for (String w : DURATION_AFTER_WORDS) {
            if (rest.startsWith(w) && (rest.length() == w.length() || !Character.isLetter(rest.charAt(w.length())))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word says the last months of a year ("cuối"), not the first ("đầu"); false for null. */
    private static boolean isLastPart(String word) {
        return word != null && LAST_PART_WORDS.contains(word.toLowerCase());
    }

    private static boolean hasAsciiDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The text with each character folded as a (?iu) pattern folds it before comparing (lower of upper). */
    private static String fold(String text) {
        return WordStartMatcher.fold(text);
    }

    private static PartialDate date(String year, String month, String day) {
        try {
            return new PartialDate(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
