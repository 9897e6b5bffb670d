package org.w3id.vnkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.vnkg.lexicon.Tsv;
import org.w3id.vnkg.nlp.PlaceSpans;
import org.w3id.vnkg.nlp.VnLexicon;

/**
 * Finds the district (or, from {@link #communes()}, the commune) an article is about, when it is about one: the district named most often after its
 * level word or its party committee ({@code localities.tsv}: "huyện Mộc Châu", "Huyện ủy Mộc Châu",
 * "Quận ủy Ba Đình", "thị xã Sa Pa"), provided the headline or lead names it too. A district named only
 * in passing deeper in a provincial story is not the article's.
 * <pre>
 *   "Huyện ủy Mộc Châu tổng kết 6 tháng đầu năm\n\nChiều ngày 9-7, Huyện ủy Mộc Châu, tỉnh Sơn La ..."
 *   -> District[levelWord=huyện, committee=Huyện ủy, name=Mộc Châu]
 * </pre>
 * A post of "Bí thư Huyện ủy" or "Chủ tịch UBND huyện" with no place then belongs to that district, as a
 * provincial body left implicit belongs to the article's province. Communes work alike: "Đại hội Đảng bộ xã
 * Ia Hrung ... Chủ tịch UBND xã" is the chairman of xã Ia Hrung's committee. Numbered units ("Quận 1",
 * "phường 5", "Q.1") are named by their number.
 */
public final class DistrictFinder {
    /** The lead: a district named in the headline or the first lines is what the article is about. */
    private static final int LEAD = 400;

    /**
     * A district-level unit: its level word (huyện), its party committee (Huyện ủy) and its name; {@code level} is
     * localities.tsv's (district, city: a province's city, commune).
     */
    public record District(String levelWord, String committee, String name, String level) {
        /** A province's city ("thành phố Vinh"), whose bodies read as of either level. */
        public boolean city() {
            return "city".equals(level);
        }
    }

    /**
     * What follows a district's name when it is another country's: its province ("huyện Mimot, tỉnh Kampong Cham")
     * or its country in brackets ("huyện Mường Khoa (Lào)").
     */
    private static final Pattern ABROAD = Pattern.compile("(?:,?[ \\u00a0]+(?iu:tỉnh)[ \\u00a0]+"
            + "(\\p{Lu}[\\p{L}\\p{M}'-]*+(?:[ \\u00a0]\\p{Lu}[\\p{L}\\p{M}'-]*+){0,3}+))?+[ \\u00a0]*+(?:\\(([^()]{2,30})\\))?+");

    /** The level word of a province (provinces.tsv unit_type), as VnLexicon.Province writes it. */
    private static final String PROVINCE_UNIT = "tỉnh";

    /** A level word and the word after it that make a common noun ("xã hội"): level-compounds.tsv. */
    private static final Set<String> COMPOUNDS = Set.copyOf(Tsv.load("level-compounds.tsv").column("compound"));

    private final VnLexicon lex = VnLexicon.standard();
    private final WordStartMatcher mention;
    private final Map<String, String[]> byWord = new HashMap<>(); // lower-case word -> {levelWord, committee}
    private final String level;

    /** The districts: the level words of localities.tsv that have a party committee (huyện, quận, thị xã). */
    public DistrictFinder() {
        this("district");
    }

    /** The communes (xã, phường, thị trấn), whose party committee is an Đảng ủy named with the level word. */
    public static DistrictFinder communes() {
        return new DistrictFinder("commune");
    }

    /**
     * The cities of a province ("thành phố Vinh", "Thành ủy Cà Mau", "TP Tuy Hòa"), units of a district's level: a
     * city named as a province ("thành phố Hà Nội", "TP.HCM") is none.
     */
    public static DistrictFinder provincialCities() {
        return new DistrictFinder("city");
    }

    private DistrictFinder(String level) {
        this.level = level;
        List<String> words = new ArrayList<>();
        List<String> plainWords = new ArrayList<>();
        List<String> longerHeads = new ArrayList<>(); // "thị " of "thị xã": its "xã" is no commune's
        List<String> allWords = Tsv.load("localities.tsv").column("word");
        for (Map<String, String> r : Tsv.load("localities.tsv").rows()) {
            String committee = r.get("committee");
            if (!level.equals(r.get("level")) || level.equals("district") && committee.isEmpty()) {
                continue;
            }
            String written = r.get("written").isEmpty() ? r.get("word") : r.get("written");
            String[] unit = {written, committee.isEmpty() ? null : committee};
            List<String> forms = committee.isEmpty() ? List.of(r.get("word"))
                    : List.of(r.get("word"), committee, committee.replace("ủy", "uỷ"));
            for (String w : forms) {
                byWord.put(w.toLowerCase(Locale.ROOT), unit);
                words.add(Pattern.quote(w));
                plainWords.add(w);
            }
            for (String longer : allWords) {
                if (longer.endsWith(" " + r.get("word"))) {
                    longerHeads.add(Pattern.quote(longer.substring(0, longer.length() - r.get("word").length())));
                }
            }
        }
        String notTail = longerHeads.isEmpty() ? "" : "(?<!(?iu:" + String.join("|", longerHeads) + "))";
        words.sort((a, b) -> b.length() - a.length());
        // The level word in any case, then one to three capitalised words or a number ("Quận 1", "Q.1", with no
        // space after a dotted abbreviation): possessive, so no backtracking. Tried only where a level word or a
        // committee begins (WordStartMatcher): a third of the time of find().
        this.mention = new WordStartMatcher(Pattern.compile("(?<![\\p{L}])" + notTail + "((?iu:"
                + String.join("|", words) + "))(?:[ \\u00a0]++|(?<=\\.))"
                + "(\\p{Lu}[\\p{L}\\p{M}]*+(?:[ \\u00a0]\\p{Lu}[\\p{L}\\p{M}]*+){0,2}+"
                // "phường Xuân Hương - Đà Lạt": a 2025 commune named with its former town
                + "(?: - \\p{Lu}[\\p{L}\\p{M}]*+ \\p{Lu}[\\p{L}\\p{M}]*+(?![ \\u00a0]\\p{Lu}))?+"
                // "phường Hà Giang 1", "phường Bảo Lộc 2": a 2025 ward numbered after its name; not a count ("xã Tân
                // Tiến 5 năm qua", "huyện Lục Nam 3 xã"): no unit of units.tsv nor word of time after the digit
                + "(?:[ \\u00a0]\\d(?![\\d/.,%\\p{L}])(?![ \\u00a0]++(?iu:" + countedWords() + ")(?![\\p{L}\\p{M}])))?+"
                + "|\\d{1,2}+(?!\\d))"),
                false, plainWords.toArray(String[]::new));
    }

    /** The words a number before them counts (units.tsv, and the calendar's years, months and days), as an alternation. */
    private static String countedWords() {
        List<String> words = new ArrayList<>(Tsv.load("units.tsv").column("surface"));
        words.addAll(org.w3id.vnkg.normalize.CalendarWords.standard().words("year", "month", "quarter"));
        words.addAll(TimeWords.standard().words("day"));
        words.sort((a, b) -> b.length() - a.length());
        return String.join("|", words.stream().map(Pattern::quote).toList());
    }

    /**
     * True when the district named just before {@code end} is another country's: the province named with it is
     * none of Vietnam's, or the country in brackets after it is a foreign one.
     */
    private boolean abroad(String text, int end) {
        Matcher after = ABROAD.matcher(text).region(end, text.length());
        if (!after.lookingAt()) {
            return false;
        }
        if (after.group(2) != null && lex.isForeignCountry(after.group(2).strip())) {
            return true;
        }
        if (after.group(1) == null) {
            return false;
        }
        String[] words = after.group(1).split("[ \\u00a0]");
        for (int k = words.length; k >= 1; k--) {
            if (lex.province(String.join(" ", Arrays.copyOf(words, k))) != null) {
                return false;
            }
        }
        return true;
    }

    /** True when the name opens with a level word of this finder ("TP" of "Thành ủy TP.HCM"). */
    private boolean startsWithLevelWord(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return byWord.keySet().stream().anyMatch(w -> lower.equals(w) || lower.startsWith(w + " "));
    }

    /**
     * True when the name, or its first words, names a city run by the centre ("Hà Nội", "HCM"), not a province's city,
     * which may share its province's name ("thành phố Cà Mau" of tỉnh Cà Mau).
     */
    private boolean isCentralCity(String name) {
        String[] words = name.split("[ \\u00a0]");
        for (int k = words.length; k >= 1; k--) {
            VnLexicon.Province p = lex.province(String.join(" ", Arrays.copyOf(words, k)));
            if (p != null) {
                return !p.unitWord().equals(PROVINCE_UNIT); // a province's level word: its cities are of the unit below
            }
        }
        return false;
    }

    /** The mention pattern with its scan, for the test. */
    WordStartMatcher mention() {
        return mention;
    }

    /**
     * The province's city the text is about ({@link #provincialCities}), or null; none in a story of a city run by the
     * centre, whose own "Thành ủy" a bare one is ("Phó Bí thư Thành ủy" in a Hà Nội story names no Sơn Tây).
     */
    public District mainCity(String text, String province) {
        return province != null && isCentralCity(province) ? null : mainDistrict(text);
    }

    /**
     * The district-level unit a story of {@code province} is about: its district ({@code districts}), else the
     * province's city ({@code cities}): "Thành ủy Vinh tổng kết ..." leaves "Phó Bí thư Thành ủy, Chủ tịch UBND thành
     * phố" without their place, which is Vinh's.
     */
    public static District districtOrCity(DistrictFinder districts, DistrictFinder cities, String text, String province) {
        District d = districts.mainDistrict(text);
        return d != null ? d : cities.mainCity(text, province);
    }

    /** The district the text is about, or null. */
    public District mainDistrict(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String[]> units = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        Set<String> abroad = new HashSet<>();
        WordStartMatcher.Scan scan = mention.scan(text);
        Matcher m = scan.matcher();
        while (scan.find()) {
            String name = m.group(2);
            if (level.equals("city") && (isCentralCity(name) || startsWithLevelWord(name))) {
                continue; // "Thành ủy Hà Nội", "Thành ủy TP.HCM": a city run by the centre, no city of a province
            }
            String head = name.split(" - ", 2)[0];
            if (COMPOUNDS.contains((m.group(1) + " " + head).toLowerCase(Locale.ROOT))) {
                continue; // "VĂN HÓA - XÃ HỘI" in a page's menu: society, no commune "Hội" (but "xã Giao Thủy", "xã Viên An")
            }
            if (PlaceSpans.holdsNameOnlyWord(name)) {
                continue; // "HĐND thành phố Phùng Thị Hồng Hà": the person after a bare level word, no city
            }
            if (abroad(text, m.end())) {
                abroad.add(name); // "giao lưu với huyện Mimot, tỉnh Kampong Cham": the guests' district, never the story's
                continue;
            }
            counts.merge(name, 1, Integer::sum);
            units.putIfAbsent(name, byWord.get(m.group(1).toLowerCase(Locale.ROOT)));
            first.putIfAbsent(name, m.start());
        }
        // "UBND huyện Lục Nam Vi Văn Tùng": a name run into the person after it counts for the shorter name
        for (String longer : List.copyOf(counts.keySet())) {
            for (String shorter : List.copyOf(counts.keySet())) {
                if (longer.startsWith(shorter + " ") && counts.containsKey(longer)
                        && !Character.isDigit(longer.charAt(shorter.length() + 1))) { // "Hà Giang 1" is its own ward
                    counts.merge(shorter, counts.remove(longer), Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .filter(e -> first.get(e.getKey()) < LEAD && !abroad.contains(e.getKey()))
                .max(Map.Entry.comparingByValue())
                .map(e -> new District(units.get(e.getKey())[0], units.get(e.getKey())[1], e.getKey(), level))
                .orElse(null);
    }
}
