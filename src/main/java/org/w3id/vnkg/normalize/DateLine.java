package org.w3id.vnkg.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.w3id.vnkg.facts.PartialDate;
import org.w3id.vnkg.lexicon.Tsv;

/**
 * The grammar of a page's date line, the line under a headline that says when the page was published.
 * <pre>
 *   "Thứ Tư, 14-10-2020, 18:20"                 -> 2020-10-14
 *   "Cập nhật lúc 10:15, Thứ Sáu, 15/01/2016"   -> 2016-01-15
 *   "Ngày đăng: 19/08/2020", "04/04/2023 | 16:20", "Thứ năm, 18/4/2019, 15:42 (GMT+7)"
 *   "Đăng lúc 9 giờ 30, ngày 5.3.2021"          -> 2021-03-05
 *   "Hà Nội, 15/01/2016", "TP Hồ Chí Minh, ngày 5 tháng 8 năm 2023"   -> a place, a comma, then the date line
 *   "Hương Dịu • 15/01/2016 10:15", "Quang Minh - 18/04/2019 15:42"   -> a reporter, then the date line
 *   "Tác giả: Hoàng Linh | 08/03/2018 09:15"    -> a labelled reporter, then the date line
 *   "Chính trị 05/01/2023 16:48"                -> a site's section, then the date line
 *   "Thứ năm, ngày 18 tháng 4 năm 2019", "6 Tháng Mười Hai, 2021"     -> dates in words (calendar-words.tsv)
 *   "date 2024-06 Ngày 26/6, ..."               -> 2024-06, and the story goes on after it
 *   "Ngày 28/7/2023, Tỉnh ủy tổ chức ..."      -> no date line: the story's first sentence
 *   "Sáng 12/3/2024, ..."                       -> no date line: "sáng" is no word of date lines
 * </pre>
 * A date line is read from the start of a line: words of {@code date-lines.tsv} (cues such as "Cập nhật",
 * days of the week, "ngày"), separators, dates (d/m/yyyy, d-m-yyyy, d.m.yyyy, yyyy-mm-dd, yyyy-mm), times
 * (hh:mm, 10h15, "9 giờ 30 phút", with AM/PM/SA/CH) and time zones ("GMT+7"), with at least one date; a date
 * may be written "d tháng m năm yyyy", its day and month also in words ("mười lăm tháng Giêng"). A dateline's
 * place or a byline's reporter may open the line ("Hà Nội, ", "Thành phố Hồ Chí Minh, ", "Hương Dịu • "): up to
 * six words, the first capitalised, then a comma, a bar, a bullet or a dash. Either nothing follows on the line, or a cue or a time shows that what follows is the story, not the
 * rest of a sentence that opens with its date. Immutable; one shared instance.
 */
public final class DateLine {
    /**
     * What the grammar read at the start of a line.
     *
     * @param date   the first date of the line
     * @param end    offset just past the date line (and the separators after it) in the line
     * @param placed whether a place or a name opens the line ("Hà Nội, 15/01/2016", "Hương Dịu • 15/01/2016"),
     *               as the dateline of a page does and also the dateline of a document the story quotes
     * @param timed  whether a time of day follows the date ("Thanh Hương - 04/10/2023 10:15"): a page's, not a document's
     */
    public record Reading(PartialDate date, int end, boolean placed, boolean timed) {
    }

    /** A day: d/m/yyyy, d-m-yyyy, d.m.yyyy (one separator throughout), or yyyy-mm-dd and yyyy-mm. */
    private static final Pattern DATE = Pattern.compile(
            "(?:(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})|(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?)(?![\\d\\p{L}])");
    /** A time in digits: "18:20", "18:20:05", "10h15". */
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}(?::\\d{2}(?::\\d{2})?|[hH]\\d{2})(?![\\d\\p{L}])");
    /** The offset after a time zone's name: "+7", "+07:00". */
    private static final Pattern OFFSET = Pattern.compile("\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?(?![\\d\\p{L}])");
    private static final Pattern SEPARATOR = Pattern.compile("[,;|:()\\[\\]/·•–—-]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\d'’]+");
    /**
     * The place of a dateline or the reporter of a byline before the date: "Hà Nội, ", "TP. Hồ Chí Minh, ",
     * "Bà Rịa - Vũng Tàu, ", "Hương Dịu • ", "Quang Minh - "; no digits. A byline's reporter may come after a label of
     * up to three words and a colon: "Tác giả: Hoàng Linh | ", "Phóng viên: Thu Hà - ".
     */
    private static final Pattern PLACE = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}\\p{M}]*(?:[ \\t]+[\\p{L}\\p{M}]+){0,2}[ \\t]*:[ \\t]*)?"
            + "\\p{Lu}[\\p{L}\\p{M}.'’]*(?:[ \\t]+(?:[-–][ \\t]+)?[\\p{L}\\p{M}.'’]+){0,5}[ \\t]*[,|•·–—-]");

    // After the patterns, which the constructor uses.
    private static final DateLine STANDARD = new DateLine(Tsv.load("date-lines.tsv"));

    private final Map<List<String>, String> phrases = new HashMap<>();
    private final int longestPhrase;
    /** "9 giờ", "9 giờ 30", "9 giờ 30 phút", built from the hour and minute words of the lexicon. */
    private final Pattern spokenTime;
    private final CalendarWords calendar;
    /** "5 tháng 8 năm 2023", "06 tháng 12, 2021", "mười lăm tháng Giêng năm 2025": groups day, month, year. */
    private final Pattern wordDate;

    DateLine(Tsv words) {
        this(words, CalendarWords.standard());
    }

    DateLine(Tsv words, CalendarWords calendar) {
        this.calendar = calendar;
        this.wordDate = Pattern.compile("(\\d{1,2}|" + calendar.number() + ")\\s+(?:" + calendar.alternation("month")
                + ")\\s+(\\d{1,2}|" + calendar.monthInWords() + ")(?:\\s*,\\s*|\\s+(?:(?:" + calendar.alternation("year")
                + ")\\s+)?)(\\d{4})(?![\\d\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<String> hours = new ArrayList<>();
        List<String> minutes = new ArrayList<>();
        int longest = 1;
        for (Map<String, String> row : words.rows()) {
            String kind = row.get("kind");
            switch (kind) {
                case "cue", "day-word", "weekday", "weekday-short", "meridiem", "zone", "section" -> {
                    List<String> key = keys(row.get("phrase"));
                    phrases.put(key, kind);
                    longest = Math.max(longest, key.size());
                }
                case "hour" -> hours.add(row.get("phrase"));
                case "minute" -> minutes.add(row.get("phrase"));
                default -> throw new IllegalArgumentException("date-lines.tsv: unknown kind " + kind);
            }
        }
        if (hours.isEmpty() || minutes.isEmpty()) {
            throw new IllegalArgumentException("date-lines.tsv: needs the words of hours and minutes");
        }
        this.longestPhrase = longest;
        this.spokenTime = Pattern.compile("\\d{1,2}\\s*(?:" + alternation(hours) + ")(?:\\s*\\d{1,2}(?:\\s*(?:"
                + alternation(minutes) + "))?)?(?![\\d\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The date lines of {@code lexicon/date-lines.tsv}. */
    public static DateLine standard() {
        return STANDARD;
    }

    /** The days of the week written out ("thứ hai", "chủ nhật"), lower case, as the lexicon lists them. */
    /** The weekdays written out and their numbers, Monday 1 ... Sunday 7 ("thứ tư" -> 3). */
    public static Map<String, Integer> weekdayNumbers() {
        Map<String, Integer> out = new HashMap<>();
        for (Map<String, String> r : Tsv.load("date-lines.tsv").rows()) {
            if (r.get("kind").equals("weekday")) {
                out.put(TextNormalizer.key(r.get("phrase")), Integer.valueOf(r.get("weekday")));
            }
        }
        return Map.copyOf(out);
    }

    public static List<String> weekdays() {
        return Tsv.load("date-lines.tsv").rows().stream().filter(r -> r.get("kind").equals("weekday"))
                .map(r -> r.get("phrase")).toList();
    }

    /** The date line that opens this line, or null when the line is no date line. */
    public Reading read(String line) {
        Scan s = scan(line, 0, false);
        boolean placed = false;
        if (s.date == null) {
            Matcher place = at(PLACE, line, 0);
            if (place == null) {
                return null;
            }
            s = scan(line, place.end(), false);
            placed = true;
        }
        if (s.date == null) {
            return null;
        }
        return s.end == line.length() || s.cue || s.time ? new Reading(s.date, s.end, placed, s.time) : null;
    }

    /**
     * Whether the text after a date, up to its line's end, is only what follows the date of a date line: a
     * time, a time zone, separators ("18:30", ", 10:05 (GMT+7)", " | 16:20").
     */
    public boolean isTail(String rest) {
        return scan(rest, 0, true).end == rest.length();
    }

    /** What the grammar reads from {@code from}; only times, zones and separators when {@code tailOnly}. */
    private Scan scan(String line, int from, boolean tailOnly) {
        Scan s = new Scan();
        int p = from;
        int n = line.length();
        boolean afterTime = false;
        while (true) {
            while (p < n && Character.isWhitespace(line.charAt(p))) {
                p++;
            }
            if (p >= n) {
                return s.endAt(line, n);
            }
            Matcher m;
            boolean inWords = false;
            if (!tailOnly && ((m = at(DATE, line, p)) != null || (inWords = (m = at(wordDate, line, p)) != null))) {
                if (s.date == null) {
                    s.date = inWords ? wordDateOf(m) : dateOf(m);
                    if (s.date == null) {
                        return s.endAt(line, p); // "31/02/2020" is no date
                    }
                }
                p = m.end();
                s.value = p;
                afterTime = false;
                continue;
            }
            if ((m = at(CLOCK, line, p)) != null || (m = at(spokenTime, line, p)) != null) {
                s.time = true;
                afterTime = true;
                p = m.end();
                s.value = p;
                continue;
            }
            if ((m = at(SEPARATOR, line, p)) != null) {
                p = m.end();
                continue;
            }
            Phrase phrase = phraseAt(line, p);
            if (phrase == null) {
                return s.endAt(line, p);
            }
            String kind = phrase.kind();
            if (kind.equals("zone")) {
                Matcher offset = at(OFFSET, line, phrase.end());
                p = offset != null ? offset.end() : phrase.end();
                s.value = p;
                continue;
            }
            if (kind.equals("meridiem")) {
                if (!afterTime) {
                    return s.endAt(line, p);
                }
                p = phrase.end();
                s.value = p;
                continue;
            }
            if (tailOnly || kind.equals("section") && !line.substring(from, p).isBlank()) {
                return s.endAt(line, p); // "Chính trị 05/01/2023 16:48": a section's name opens the line, or is none
            }
            s.cue |= kind.equals("cue");
            afterTime = false;
            p = phrase.end();
        }
    }

    /** A phrase of the lexicon read at some offset: where it ends, and its kind. */
    private record Phrase(int end, String kind) {
    }

    /** The longest phrase of the lexicon at p, or null. */
    private Phrase phraseAt(String line, int p) {
        List<String> key = new ArrayList<>(longestPhrase);
        int q = p;
        Phrase best = null;
        for (int w = 0; w < longestPhrase; w++) {
            while (q < line.length() && line.charAt(q) == ' ') {
                q++;
            }
            Matcher m = at(WORD, line, q);
            if (m == null) {
                break;
            }
            key.add(TextNormalizer.key(m.group()));
            q = m.end();
            String kind = phrases.get(key);
            if (kind != null) {
                best = new Phrase(q, kind);
            }
        }
        return best;
    }

    private static Matcher at(Pattern pattern, String line, int p) {
        if (p >= line.length()) {
            return null;
        }
        Matcher m = pattern.matcher(line).region(p, line.length());
        m.useTransparentBounds(true);
        return m.lookingAt() ? m : null;
    }

    private static PartialDate dateOf(Matcher m) {
        try {
            if (m.group(1) != null) {
                return new PartialDate(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(1)));
            }
            int year = Integer.parseInt(m.group(5));
            int month = Integer.parseInt(m.group(6));
            return m.group(7) == null ? PartialDate.ofMonth(year, month)
                    : new PartialDate(year, month, Integer.parseInt(m.group(7)));
        } catch (RuntimeException e) { // 31/02: java.time's DateTimeException
            return null;
        }
    }

    /** "5 tháng 8 năm 2023", "mười lăm tháng Giêng năm 2025", or null when it is no day. */
    private PartialDate wordDateOf(Matcher m) {
        Integer day = calendar.numberOf(m.group(1));
        Integer month = calendar.month(m.group(2));
        if (day == null || month == null) {
            return null;
        }
        try {
            return new PartialDate(Integer.parseInt(m.group(3)), month, day);
        } catch (RuntimeException e) { // 31 tháng 2
            return null;
        }
    }

    private static List<String> keys(String phrase) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(phrase);
        while (m.find()) {
            out.add(TextNormalizer.key(m.group()));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("date-lines.tsv: a phrase without words: " + phrase);
        }
        return List.copyOf(out);
    }

    /** "giờ|phút", each word quoted, the words of a phrase apart by any spaces. */
    private static String alternation(List<String> phrases) {
        return phrases.stream()
                .map(ph -> Pattern.compile(" ").splitAsStream(ph).map(Pattern::quote).collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|"));
    }

    /** What one scan has read. */
    private static final class Scan {
        PartialDate date;
        boolean cue;
        boolean time;
        /** Just past the last date, time or zone read. */
        int value;
        /** Just past the date line: its last value and the separators after it, or the whole line. */
        int end;

        /**
         * Ends the scan where the grammar stopped: a line read to its end is all date line; else the date line
         * ends after its last value, so that "Ngày" of "date 2024-06 Ngày 26/6, ..." stays with the story.
         */
        Scan endAt(String line, int stop) {
            if (line.substring(stop).isBlank()) {
                end = line.length();
                return this;
            }
            int q = value;
            while (q < stop && (Character.isWhitespace(line.charAt(q)) || SEPARATOR.matcher(line.substring(q, q + 1)).matches())) {
                q++;
            }
            end = q;
            return this;
        }
    }
}
