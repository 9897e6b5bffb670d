package org.w3id.vnkg.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.w3id.vnkg.lexicon.Tsv;

/**
 * The words of dates and periods, from {@code lexicon/calendar-words.tsv}, as the date grammars
 * ({@code extract/DateExpressions}, {@link DateLine}) build their patterns from them, and the numbers and month
 * names a date may be written with in words.
 * <pre>
 *   alternation("span")         -&gt; "\Qgiai\E\s+\Qđoạn\E|..."  (each word quoted, spaces as \s+, longest first)
 *   numberValue("mười lăm")     -&gt; 15
 *   numberValue("hai mươi mốt") -&gt; 21
 *   month("Mười Hai"), month("12"), month("Giêng") -&gt; 12, 12, 1
 *   isMonthName("Giêng"), isLunarMonth("Chạp")      -&gt; true, true
 * </pre>
 * The grammar of a number in words (1 to 99) is here, its words in the lexicon: a digit, "mười" and a digit
 * after ten ("mười lăm"), or a digit, "mươi" and a digit after ten ("hai mươi mốt"). Immutable; one shared
 * instance.
 */
public final class CalendarWords {
    private static final Set<String> KINDS = Set.of("month", "year", "quarter", "half", "first-part", "last-part",
            "mid-part", "from", "to", "through", "reckon", "now", "span", "school-year", "same-period", "this-year", "whole-year", "stock", "last-year",
            "other-year", "year-review", "life-event", "lunar", "lunar-day", "lunar-month", "month-name", "digit", "digit-alone",
            "digit-after-ten", "ten", "tens", "verb-head", "now-compound", "now-word", "years-past", "year-stem", "year-branch", "duration",
            "duration-after", "since-event", "name-ordinal", "term-body", "term-level", "season", "term");
    /** Where a word of a number in words ends: no letter or combining mark follows ("ba" is not "ban"). */
    private static final String WORD_END = "(?![\\p{L}\\p{M}])";

    private static final CalendarWords STANDARD = new CalendarWords(Tsv.load("calendar-words.tsv"));

    private final Map<String, List<String>> byKind = new LinkedHashMap<>();
    /** The values of number words and month names by key: standing alone, after ten, as a month's name. */
    private final Map<String, Integer> alone = new HashMap<>();
    private final Map<String, Integer> afterTen = new HashMap<>();
    private final Map<String, Integer> monthNames = new HashMap<>();
    private final Set<String> lunarMonthKeys = new HashSet<>();
    private final Set<String> tenKeys = new HashSet<>();
    private final Set<String> tensKeys = new HashSet<>();
    /** The years of a term of office by key ("nhiệm kỳ" = 5). */
    private final Map<String, Integer> termYears = new HashMap<>();
    private final String number;

    CalendarWords(Tsv tsv) {
        for (Map<String, String> row : tsv.rows()) {
            String phrase = row.get("phrase").strip();
            String kind = row.get("kind");
            if (!KINDS.contains(kind)) {
                throw new IllegalArgumentException("calendar-words.tsv: unknown kind " + kind + " of " + phrase);
            }
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(phrase);
            String key = TextNormalizer.key(phrase);
            switch (kind) {
                case "digit" -> {
                    alone.put(key, value(row));
                    afterTen.put(key, value(row));
                }
                case "digit-alone" -> alone.put(key, value(row));
                case "digit-after-ten" -> afterTen.put(key, value(row));
                case "month-name" -> monthNames.put(key, value(row));
                case "lunar-month" -> lunarMonthKeys.add(key);
                case "ten" -> tenKeys.add(key);
                case "tens" -> tensKeys.add(key);
                case "term" -> termYears.put(key, value(row));
                default -> {
                    // a cue word: no value
                }
            }
        }
        for (String kind : KINDS) {
            if (!byKind.containsKey(kind)) {
                throw new IllegalArgumentException("calendar-words.tsv: no word of kind " + kind);
            }
        }
        String digit = group(alternation("digit"));
        String digitAlone = group(alternation("digit", "digit-alone"));
        String digitAfterTen = group(alternation("digit", "digit-after-ten"));
        String ten = group(alternation("ten"));
        String tens = group(alternation("tens"));
        // "hai mươi mốt" before "hai", "mười lăm" before "mười": the first alternative that matches wins.
        this.number = "(?:" + digit + "\\s+" + tens + "(?:\\s+" + digitAfterTen + ")?|" + ten + "(?:\\s+"
                + digitAfterTen + ")?|" + digitAlone + ")";
    }

    public static CalendarWords standard() {
        return STANDARD;
    }

    /** The phrases of these kinds, as the lexicon writes them (lower case). */
    public List<String> words(String... kinds) {
        List<String> out = new ArrayList<>();
        for (String kind : kinds) {
            List<String> words = byKind.get(kind);
            if (words == null) {
                throw new IllegalArgumentException("calendar-words.tsv has no kind " + kind);
            }
            out.addAll(words);
        }
        return out;
    }

    /** The first word of each phrase of these kinds: what a pattern opening with them can begin with. */
    public List<String> firstWords(String... kinds) {
        return words(kinds).stream().map(w -> w.split(" ")[0]).distinct().toList();
    }

    /** The phrases of these kinds as a regex alternation without groups, longest first so none hides a longer one. */
    public String alternation(String... kinds) {
        return words(kinds).stream().distinct().sorted((a, b) -> b.length() - a.length())
                .map(w -> Pattern.compile(" ").splitAsStream(w).map(Pattern::quote).collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|"));
    }

    /** How many years a term of office runs ("nhiệm kỳ" = 5), or null for a phrase of no term. */
    public Integer termYears(String phrase) {
        return termYears.get(TextNormalizer.key(phrase.strip()));
    }

    /** A regex without groups for a number from 1 to 99 in words: "năm", "mười lăm", "hai mươi mốt". */
    public String number() {
        return number;
    }

    /** A regex without groups for a month in words: a month's name or a number in words ("Giêng", "Mười Hai"). */
    public String monthInWords() {
        return "(?:" + group(alternation("month-name")) + "|" + number + ")";
    }

    /** The value of a number in words ("mười lăm" = 15, "hai mươi mốt" = 21), or null when it is none. */
    public Integer numberValue(String words) {
        String[] w = TextNormalizer.key(words.strip()).split("\\s+");
        Integer ten = tenKeys.contains(w[0]) ? Integer.valueOf(10) : null;
        if (w.length == 1) {
            return ten != null ? ten : alone.get(w[0]);
        }
        if (ten != null && w.length == 2) {
            Integer unit = afterTen.get(w[1]);
            return unit == null ? null : 10 + unit;
        }
        Integer tensDigit = alone.get(w[0]);
        if (tensDigit == null || !tensKeys.contains(w[1]) || w.length > 3) {
            return null;
        }
        Integer unit = w.length == 3 ? afterTen.get(w[2]) : Integer.valueOf(0);
        return unit == null ? null : tensDigit * 10 + unit;
    }

    /** A day or month written in digits or words ("05", "mười lăm"), or null. */
    public Integer numberOf(String s) {
        String t = s.strip();
        if (!t.isEmpty() && t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return t.length() > 2 ? null : Integer.valueOf(t);
        }
        return numberValue(t);
    }

    /** The month (1-12) written in digits, a number in words or a month's name ("3", "Ba", "Giêng"), or null. */
    public Integer month(String s) {
        Integer named = monthNames.get(TextNormalizer.key(s.strip()));
        Integer m = named != null ? named : numberOf(s);
        return m != null && m >= 1 && m <= 12 ? m : null;
    }

    /** Whether a month is written by its name, not its number ("Giêng", "Chạp"; not "Ba", "3"). */
    public boolean isMonthName(String s) {
        return monthNames.containsKey(TextNormalizer.key(s.strip()));
    }

    /** Whether a month's name is used of the lunar calendar only ("Chạp"). */
    public boolean isLunarMonth(String s) {
        return lunarMonthKeys.contains(TextNormalizer.key(s.strip()));
    }

    private static String group(String alternation) {
        return "(?:" + alternation + ")" + WORD_END;
    }

    private static int value(Map<String, String> row) {
        try {
            return Integer.parseInt(row.get("value").strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("calendar-words.tsv: no number value for " + row.get("phrase"), e);
        }
    }
}
