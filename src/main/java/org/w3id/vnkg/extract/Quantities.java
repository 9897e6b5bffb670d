package org.w3id.vnkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.vnkg.lexicon.Tsv;
import org.w3id.vnkg.normalize.CalendarWords;
import org.w3id.vnkg.normalize.VietnameseNumbers;

/**
 * Finds quantities (a number with its unit) in a sentence and brings them to base units, with the
 * units of {@code lexicon/units.tsv} and the scale words of {@code lexicon/scales.tsv}.
 * <pre>
 *   "13,45%"               -> 13.45 percent
 *   "181,9 nghìn tỷ đồng"  -> 181900000000000 VND
 *   "148,5 triệu USD"      -> 148500000 USD
 *   "1.418.000 lượt người" -> 1418000 count
 *   "154/182 xã"           -> 154 count and 182 count
 *   "7,7 - 14,2%"          -> 7.7 percent (a range gives its lower bound)
 *   "từ 10% đến 11%"       -> 10 and 11 percent ({@link #closesRange} tells the range)
 *   "84.455 đồng chí"      -> 84455 count (not đồng)
 *   "đạt 19.500 tỷ"        -> 19500000000000 VND (billions with no unit are đồng)
 *   "đạt 69,64 điểm"       -> 69.64 point (a score; "12 điểm du lịch" is none)
 *   "312 \"Mái ấm tình thương\"" -> 312 count (a quote may open a counted noun)
 *   "năng suất 66,5 tạ/ha" -> 6.65 tonne per hectare (a unit's factor: a quintal is a tenth of a tonne)
 * </pre>
 * A number with no unit ("đứng thứ 12", "lần thứ 15", "15 chỉ tiêu") is not a quantity.
 * <p>
 * A page that writes its numbers the English way ("1,245.6 tỷ đồng", "đón 1,050,000 lượt khách", "tăng 11.2%") and
 * never the Vietnamese way is read with {@link #forStory}: there "1,350 tỷ đồng" is 1350 billion, not 1.35.
 */
public final class Quantities {

    /**
     * A quantity in a text.
     *
     * @param start   offset of its first character (the number)
     * @param end     offset just past its unit
     * @param value   in base units
     * @param unit    percent, VND, USD, count, tonne, hectare ...
     * @param kind    percent, money, measure or count
     * @param surface the text from number to unit
     */
    public record Quantity(int start, int end, BigDecimal value, String unit, String kind, String surface) {
    }

    /** Between the two ends of a range each written with its unit: "từ 10% |đến| 11%", "3,5 tỷ USD |-| 4 tỷ USD". */
    /** A word before a day and month ("ngày", "sáng", "hôm": time-words.tsv), at the end of the text before a number. */
    private static final Pattern DAY_WORD_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:"
            + TimeWords.standard().alternation("day", "day-part", "day-ago") + ")\\s+$");
    private static final Pattern RANGE_BETWEEN = Pattern.compile("\\s*(?:[-–]|đến)\\s*");
    private static final String NUM = "(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:[,.]\\d+)?)";
    /** A number written the English way: commas between thousands, a dot for the decimal point. */
    private static final String NUM_ENGLISH = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    /** Only the English way writes these: two comma groups ("1,050,000") or a comma group before a dot ("1,245.6"). */
    private static final Pattern ENGLISH_ONLY = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:,\\d{3}(?:,\\d{3})+|,\\d{3}\\.\\d+)(?![\\d,])");
    /**
     * Only the Vietnamese way writes these: two dot groups ("1.418.000"), a dot group before a comma ("1.156,6"), a comma
     * before one, two or four and more digits ("13,45", "7,5").
     */
    private static final Pattern VIETNAMESE_ONLY = Pattern.compile(
            "(?<![\\d.,])\\d{1,3}(?:\\.\\d{3}(?:\\.\\d{3})+|\\.\\d{3},\\d+)(?![\\d.])|(?<![\\d.,])\\d+,(?:\\d{1,2}|\\d{4,})(?![\\d.,])");
    /** A scale of a billion or more with no unit after it is a sum of đồng: "đạt 19.500 tỷ", "5,73 triệu tỉ". */
    private static final BigDecimal BILLION = BigDecimal.TEN.pow(9);
    private static final Quantities DEFAULT = new Quantities(Tsv.load("units.tsv"), Tsv.load("scales.tsv"), false);
    private static final Quantities ENGLISH = new Quantities(Tsv.load("units.tsv"), Tsv.load("scales.tsv"), true);

    private final WordStartMatcher pattern; // a quantity begins with a digit: the regex is tried only there
    /**
     * A digit in words before a scale and a unit: "dân số khoảng một triệu người", "hai tỷ USD" (calendar-words.tsv
     * kind digit; "năm", five but also a year, is left out, and so is a scale with no unit).
     */
    private final Pattern inWords;
    private final Map<String, String[]> units = new HashMap<>();
    private final Map<String, BigDecimal> unitFactors = new HashMap<>(); // "tạ/ha" is a tenth of "tấn/ha"
    private final Map<String, BigDecimal> scales = new HashMap<>();
    private final boolean english; // numbers are written "1,245.6"

    Quantities(Tsv unitTable, Tsv scaleTable) {
        this(unitTable, scaleTable, false);
    }

    Quantities(Tsv unitTable, Tsv scaleTable, boolean english) {
        this.english = english;
        List<String> unitWords = new ArrayList<>();
        for (Map<String, String> row : unitTable.rows()) {
            String s = row.get("surface");
            units.put(s, new String[] {row.get("unit"), row.get("kind")});
            String factor = row.getOrDefault("factor", "");
            if (!factor.isEmpty()) {
                unitFactors.put(s, new BigDecimal(factor));
            }
            unitWords.add(s);
        }
        List<String> scaleWords = new ArrayList<>();
        for (Map<String, String> row : scaleTable.rows()) {
            scales.put(row.get("word"), new BigDecimal(row.get("factor")));
            scaleWords.add(row.get("word"));
        }
        // A number after a slash is the whole of a part ("154/182 xã") or a date's ("16/12/2021"), but after a unit word it
        // is a count of its own: "khởi tố 1.906 vụ/3.402 bị can"
        this.pattern = new WordStartMatcher(Pattern.compile("(?<![\\p{L}\\d.,])(?<![\\d.,]/)" + (english ? NUM_ENGLISH : NUM)
                + "(?:\\s*(/|[-–]|đến)\\s*" + (english ? NUM_ENGLISH : NUM) + ")?"
                + "(?:\\s*(" + alternation(scaleWords) + "))?"
                + "(?:\\s*[\"“]?(" + alternation(unitWords) + "))?(?![\\p{L}\\d])"), true);
        this.inWords = inWords(scaleWords, unitWords);
    }

    private static Pattern inWords(List<String> scaleWords, List<String> unitWords) {
        return Pattern.compile("(?iu)(?<![\\p{L}\\d.,])(" + CalendarWords.standard().alternation("digit") + ")\\s+("
                + alternation(scaleWords) + ")\\s+(" + alternation(unitWords) + ")(?![\\p{L}\\d])");
    }

    public static Quantities standard() {
        return DEFAULT;
    }

    /**
     * The reader of a story's numbers: the English way's when the story writes some number only that way ("1,050,000
     * lượt khách", "1,245.6 tỷ đồng") more often than any only the Vietnamese way, else the standard one.
     */
    public static Quantities forStory(String story) {
        return writesEnglishNumbers(story) ? ENGLISH : DEFAULT;
    }

    static boolean writesEnglishNumbers(String story) {
        int english = count(ENGLISH_ONLY, story);
        return english > 0 && english > count(VIETNAMESE_ONLY, story);
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private BigDecimal number(String written) {
        return english ? new BigDecimal(written.replace(",", "")) : VietnameseNumbers.parse(written);
    }

    /** The quantities of a text, in order. */
    public List<Quantity> find(String text) {
        List<Quantity> out = new ArrayList<>();
        WordStartMatcher.Scan scan = pattern.scan(text);
        Matcher m = scan.matcher();
        while (scan.find()) {
            String[] unit;
            if (m.group(5) != null) {
                unit = units.get(m.group(5).replaceAll("\\s+", " "));
            } else if (m.group(4) != null && scales.get(m.group(4).replaceAll("\\s+", " ")).compareTo(BILLION) >= 0) {
                unit = new String[] {"VND", "money"}; // "đạt 19.500 tỷ": a sum in billions with no unit is in đồng
            } else {
                continue;
            }
            if ("none".equals(unit[1])) {
                continue; // "2 con số": no unit, though it opens with one
            }
            if (m.group(5) != null && !"count".equals(unit[1]) && isQuote(text.charAt(m.start(5) - 1))) {
                continue; // a quote opens only a counted scheme's name: 312 "Mái ấm tình thương"
            }
            if ("score".equals(unit[1])) {
                if (!isScore(text, m)) {
                    continue; // "12 điểm du lịch" counts places, "69,64 điểm" scores an index
                }
                unit = new String[] {unit[0], "measure"};
            }
            BigDecimal factor = m.group(4) == null ? BigDecimal.ONE : scales.get(m.group(4).replaceAll("\\s+", " "));
            if (m.group(5) != null) {
                factor = factor.multiply(unitFactors.getOrDefault(m.group(5).replaceAll("\\s+", " "), BigDecimal.ONE));
            }
            if (m.group(4) != null && !unit[1].equals("money") && !unit[1].equals("count")
                    && !unit[1].equals("measure")) {
                continue; // "3 tỷ %" is not a thing
            }
            BigDecimal first = number(m.group(1)).multiply(factor);
            if ("/".equals(m.group(2)) && DAY_WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
                continue; // "Đến ngày 15/8 tỉnh thu ngân sách ...": a day and its month, no part of a whole
            }
            if ("/".equals(m.group(2))) {
                // "154/182 xã": the part and the whole are two figures
                int mid = m.start(3);
                out.add(new Quantity(m.start(), m.end(), strip(first), unit[0], unit[1], m.group()));
                BigDecimal second = number(m.group(3)).multiply(factor);
                out.add(new Quantity(mid, m.end(), strip(second), unit[0], unit[1], m.group()));
            } else {
                out.add(new Quantity(m.start(), m.end(), strip(first), unit[0], unit[1], m.group()));
            }
        }
        if (text.indexOf(' ') >= 0) {
            addInWords(text, out);
        }
        return out;
    }

    /** "khoảng một triệu người": a digit in words, a scale and a unit, in text order among the others. */
    private void addInWords(String text, List<Quantity> out) {
        Matcher m = inWords.matcher(text);
        boolean added = false;
        while (m.find()) {
            String[] unit = units.get(m.group(3).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "));
            Integer digit = CalendarWords.standard().numberOf(m.group(1));
            BigDecimal scale = scales.get(m.group(2).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "));
            if (unit == null || digit == null || scale == null || "none".equals(unit[1]) || "percent".equals(unit[1])
                    || "score".equals(unit[1])) {
                continue;
            }
            BigDecimal value = BigDecimal.valueOf(digit).multiply(scale)
                    .multiply(unitFactors.getOrDefault(m.group(3).replaceAll("\\s+", " "), BigDecimal.ONE));
            out.add(new Quantity(m.start(), m.end(), strip(value), unit[0], unit[1], m.group()));
            added = true;
        }
        if (added) {
            out.sort(Comparator.comparingInt(Quantity::start));
        }
    }

    /**
     * Whether {@code upper} closes a range {@code lower} opens, each written with its unit: "từ 10% đến 11%", "3,5 tỷ USD
     * - 4 tỷ USD". Whether that makes one figure is the reader's call: a target's range is its lower bound, as "10 - 11%"
     * is, but "10 tỉnh có mức tăng trưởng từ 7,7% đến 14,2%" reports the lowest and the highest of a group.
     */
    public static boolean closesRange(String text, Quantity lower, Quantity upper) {
        return lower.unit().equals(upper.unit()) && lower.end() <= upper.start() && lower.value().compareTo(upper.value()) < 0
                && RANGE_BETWEEN.matcher(text.substring(lower.end(), upper.start())).matches();
    }

    /**
     * Whether a number before a score's unit is a score: one with a fraction ("69,64 điểm", older pages' "43.12 điểm"),
     * or a whole one that ends its clause ("đạt 70 điểm."). A whole number before more words names places or items
     * ("12 điểm du lịch", "3 điểm cầu"), which the score's unit word also names.
     */
    private static boolean isScore(String text, Matcher m) {
        String number = m.group(2) != null ? m.group(3) : m.group(1);
        if (number.contains(",") || number.matches("\\d+\\.(?:\\d{1,2}|\\d{4,})")) {
            return true;
        }
        int i = m.end();
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i == text.length() || text.charAt(i) == '.' || text.charAt(i) == ';' || text.charAt(i) == '\n';
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“';
    }

    /** The quantity pattern with its scan, for the test. */
    WordStartMatcher pattern() {
        return pattern;
    }

    private static BigDecimal strip(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static String alternation(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder b = new StringBuilder();
        for (String w : sorted) {
            b.append(b.length() == 0 ? "" : "|").append(Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
        }
        return b.toString();
    }

    /** The quantities found with those a rule added, in text order; the same list when none was added. */
    static List<Quantity> withAdded(List<Quantity> found, List<Quantity> added) {
        if (added.isEmpty()) {
            return found;
        }
        List<Quantity> out = new ArrayList<>(found);
        out.addAll(added);
        out.sort(Comparator.comparingInt(Quantity::start));
        return out;
    }
}
