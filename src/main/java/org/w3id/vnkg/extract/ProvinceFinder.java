package org.w3id.vnkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
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
import org.w3id.vnkg.nlp.TokenWords;
import org.w3id.vnkg.nlp.VnLexicon;
import org.w3id.vnkg.normalize.TextNormalizer;

/**
 * Finds the province an article is about: the province named most often in the main story, counting
 * names of provinces from {@code lexicon/provinces.tsv} (both eras). A name after a level word or a
 * committee ("tỉnh Bắc Giang", "Tỉnh ủy Bắc Giang", "TP. Hồ Chí Minh", "Tỉnh Đoàn Sơn La", whose Đoàn is no family
 * name) counts double; a bare name that
 * reads as a person's full name ("phong cách Hồ Chí Minh") does not count, nor does the end of a route or an origin
 * ("cao tốc Hà Nội – Lào Cai", "đường Hồ Chí Minh", "khách đến từ Hà Nội").
 * <pre>
 *   "Tỉnh ủy Bắc Giang tổ chức ... tỉnh Bắc Giang ..." -> "Bắc Giang"
 *   "Ban Chấp hành Đảng bộ tỉnh ... tư tưởng Hồ Chí Minh"  -> null
 * </pre>
 * Names are found by looking up runs of up to four words that start with a capital letter in a map of
 * keys (one pass over the text), not by a regular expression of all names.
 */
public final class ProvinceFinder {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Pattern LEVEL_BEFORE = Pattern.compile(
            "(?iu)(?:tỉnh|thành phố|tp\\.|tỉnh ủy|thành ủy|tỉnh uỷ|thành uỷ|tỉnh đoàn|thành đoàn)\\s+$");
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final int MAX_SEPARATOR = 3;
    private static final GroupWords GROUP_WORDS = GroupWords.load();
    private static final MergedProvinces MERGED = new MergedProvinces();
    /** "(cũ)", "(mới)" right after a name: the era it names the province in (group-words.tsv use era). */
    private static final Pattern ERA_AFTER = Pattern.compile("(?iu)\\s*\\(\\s*(" + GROUP_WORDS.alternation("era")
            + ")\\s*\\)");
    /**
     * The words before a province that make it no place of the story ({@code lexicon/place-cues.tsv}): a route noun,
     * then up to two places, each followed by a dash ("cao tốc Nội Bài – |Lào Cai", "đường |Hồ Chí Minh"), or an
     * origin right before it ("đến từ |Hà Nội").
     */
    private static final Pattern NOT_THE_PLACE_BEFORE = Pattern.compile("(?<![\\p{L}])(?:(?iu:" + placeCues("route")
            + ")\\s+(?:\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*){0,3}\\s*[-–—]\\s*){0,2}|(?iu:"
            + placeCues("origin") + ")\\s+)$");
    private static final int PLACE_CUE_REACH = 60;
    /**
     * A newspaper, station or portal named by its province right before the name ({@code lexicon/press-words.tsv}:
     * "BÁO THỪA THIÊN HUẾ", "Báo Hải Phòng"): the outlet keeps its name past a reorganisation, so it tells no era.
     */
    private static final Pattern PRESS_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + String.join("|",
            Tsv.load("press-words.tsv").column("word").stream().sorted(Comparator.comparingInt(String::length)
                    .reversed()).map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).toList()) + ")\\s+$");

    private final Map<String, String> canonicalByKey = new HashMap<>();
    /** A province's present name -> its older name of another level (province-aliases.tsv, column unit): Huế <- Thừa Thiên Huế. */
    private final Map<String, String> earlierName = new HashMap<>();
    // Every run of leading words of a key ("bà", "bà rịa" of "bà rịa vũng tàu"): a run that is none stops the
    // look-up, so most capitalised words cost one key, not four.
    private final Set<String> keyPrefixes = new HashSet<>();
    private final int maxWords;

    private record Hit(String name, int start, int end) {
    }

    public ProvinceFinder() {
        int longest = 1;
        List<Map<String, String>> aliases = Tsv.load("province-aliases.tsv").rows();
        for (Map<String, String> row : aliases) {
            if (!row.get("unit").isEmpty()) {
                // the first spelling of an older name is the one output ("Thừa Thiên Huế", not "Thừa Thiên - Huế")
                earlierName.putIfAbsent(TextNormalizer.newStyleTones(row.get("province")),
                        TextNormalizer.newStyleTones(row.get("alias")));
            }
        }
        for (String name : Tsv.load("provinces.tsv").column("name")) {
            String canonical = TextNormalizer.newStyleTones(name);
            List<String> words = new ArrayList<>();
            Matcher w = WORD.matcher(canonical);
            while (w.find()) {
                words.add(wordKey(w.group()));
            }
            canonicalByKey.putIfAbsent(String.join(" ", words), canonical);
            longest = Math.max(longest, words.size());
        }
        for (Map<String, String> row : aliases) {
            List<String> words = new ArrayList<>();
            Matcher w = WORD.matcher(row.get("alias"));
            while (w.find()) {
                words.add(wordKey(w.group()));
            }
            // an older name of another level is the province's name in its day, and found as such: "tỉnh Thừa
            // Thiên Huế" in 2015, not the city of Huế it became (province-aliases.tsv, column unit)
            String name = row.get("unit").isEmpty() ? row.get("province")
                    : earlierName.get(TextNormalizer.newStyleTones(row.get("province")));
            canonicalByKey.putIfAbsent(String.join(" ", words), TextNormalizer.newStyleTones(name));
            longest = Math.max(longest, words.size());
        }
        this.maxWords = longest;
        for (String key : canonicalByKey.keySet()) {
            for (int sp = key.indexOf(' '); sp >= 0; sp = key.indexOf(' ', sp + 1)) {
                keyPrefixes.add(key.substring(0, sp));
            }
            keyPrefixes.add(key);
        }
    }

    private static String wordKey(String word) {
        return TextNormalizer.newStyleTones(word.toLowerCase(VI));
    }

    private List<Hit> find(String text) {
        List<int[]> spans = words(text);
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < spans.size()) {
            int[] first = spans.get(i);
            if (!Character.isUpperCase(text.codePointAt(first[0]))) {
                i++;
                continue;
            }
            int matched = 0;
            String name = null;
            StringBuilder key = new StringBuilder();
            for (int n = 0; n < maxWords && i + n < spans.size(); n++) {
                int[] span = spans.get(i + n);
                if (n > 0 && span[0] - spans.get(i + n - 1)[1] > MAX_SEPARATOR) {
                    break;
                }
                key.append(n == 0 ? "" : " ").append(wordKey(text.substring(span[0], span[1])));
                String k = key.toString();
                if (!keyPrefixes.contains(k)) {
                    break;
                }
                String c = canonicalByKey.get(k);
                if (c != null) {
                    matched = n + 1;
                    name = c;
                }
            }
            if (name != null && !notThePlace(text, first[0])) {
                hits.add(new Hit(name, first[0], spans.get(i + matched - 1)[1]));
                i += matched;
            } else {
                i++;
            }
        }
        return hits;
    }

    /** "cao tốc Hà Nội – Lào Cai", "đường Hồ Chí Minh", "đến từ Hà Nội": a province that is an end of a route or an origin. */
    static boolean notThePlace(String text, int start) {
        return NOT_THE_PLACE_BEFORE.matcher(text.substring(Math.max(0, start - PLACE_CUE_REACH), start)).find();
    }

    private static String placeCues(String kind) {
        return String.join("|", Tsv.load("place-cues.tsv").rows().stream().filter(r -> r.get("kind").equals(kind))
                .map(r -> r.get("word")).sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).toList());
    }

    /** The spans of {@link #WORD} in the text, by a scan of code points (the regex was most of the time here). */
    static List<int[]> words(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                spans.add(new int[] {start, i});
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            spans.add(new int[] {start, text.length()});
        }
        return spans;
    }

    /** [\p{L}\p{M}]: a letter or a mark. */
    private static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z';
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                 Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    /** The spans of the WORD regex, for the test. */
    static List<int[]> wordsByRegex(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            spans.add(new int[] {w.start(), w.end()});
        }
        return spans;
    }

    /** The provinces the text names after a level word ("tỉnh Bình Dương", "TP.HCM"), in order, each once. */
    public List<String> placedProvinces(String text) {
        return find(text).stream().filter(h -> afterLevelWord(text, h.start())).map(Hit::name).distinct().toList();
    }

    /** The most named province of the text, or null when it names none. */
    public String mainProvince(String text) {
        return weights(text).entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The lead of a story: a province first named past it, and only once, is named in passing. */
    private static final int LEAD = 400;

    /**
     * True when the story names {@code province} only once (weight 2 at most: "thành phố Đà Nẵng") and past its lead:
     * a place it compares with or recalls ("học tập kinh nghiệm của thành phố Đà Nẵng, nơi ..." in a story of Báo
     * Bình Định that leaves its own province to its masthead; gen24b 004), which its web address or masthead outweighs.
     */
    public boolean namedInPassing(String text, String province) {
        if (province == null || weight(text, province) > 2) {
            return false;
        }
        return find(text).stream().filter(h -> h.name().equals(province)).allMatch(h -> h.start() >= LEAD);
    }

    /**
     * How strongly the text names a province: 2 for each name after a level word or a committee ("tỉnh Bắc Giang"),
     * 1 for each bare name. 1 is a province named once in passing: "họp báo ... tại Hà Nội" in a story about the
     * whole country.
     */
    public int weight(String text, String province) {
        return weights(text).getOrDefault(province, 0);
    }

    private Map<String, Integer> weights(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Set<String> dated = new HashSet<>(); // the names written as places, not only as an outlet's name
        for (Hit h : find(text)) {
            // "xã Giao Thủy, tỉnh Nam Định (cũ)" in a story of the merged era speaks of the province it became
            String name = ERA_AFTER.matcher(text).region(h.end(), text.length()).lookingAt()
                    ? MERGED.becameOf(h.name()) : h.name();
            if (!PRESS_BEFORE.matcher(text.substring(Math.max(0, h.start() - PLACE_CUE_REACH), h.start())).find()) {
                dated.add(name);
            }
            if (afterLevelWord(text, h.start())) {
                counts.merge(name, 2, Integer::sum);
            } else if (!readsAsPersonName(text.substring(h.start(), h.end())) && !endsPersonName(text, h.start())) {
                counts.merge(name, 1, Integer::sum);
            }
        }
        // "tỉnh Thừa Thiên Huế ... thành phố Huế": a story that writes a unit's earlier name is of that time, when
        // the later name was the city inside it; not a masthead's "BÁO THỪA THIÊN HUẾ" over a story of the city of 2025
        earlierName.forEach((later, earlier) -> {
            if (dated.contains(earlier) && counts.containsKey(earlier) && counts.containsKey(later)) {
                counts.merge(earlier, counts.remove(later), Integer::sum);
            }
        });
        return counts;
    }

    private static boolean afterLevelWord(String text, int start) {
        return LEVEL_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find();
    }

    /**
     * "Hồ Chí Minh": a family name and two or more given names, so bare it is more likely the person. Read on the
     * name as written: "TP.HCM" is the city.
     */
    private static boolean readsAsPersonName(String written) {
        String[] parts = written.split("\\s+");
        return parts.length >= 3
                && VnLexicon.standard().surnames().longestMatch(List.of(TokenWords.ofToken(parts[0])), 0, 1) != null;
    }

    /** "Phó Thủ tướng Trương Hòa Bình": a province name right after a capitalised family name is a person's given names. */
    private static boolean endsPersonName(String text, int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        if (begin == end || end == start || !Character.isUpperCase(text.charAt(begin))) {
            return false;
        }
        String word = text.substring(begin, end);
        return VnLexicon.standard().surnames().longestMatch(List.of(TokenWords.ofToken(word)), 0, 1) != null;
    }

    /**
     * The province a phrase opens with, after a level word or not ("Hải Phòng (10,34%)", "tỉnh Khánh Hòa với 10,16%"
     * give the province; "cao tốc Hà Nội - Lào Cai" gives null), or null.
     */
    public String provinceOpening(String phrase) {
        List<Hit> hits = find(phrase);
        if (hits.isEmpty()) {
            return null;
        }
        String before = phrase.substring(0, hits.get(0).start()).strip();
        return before.isEmpty() || LEVEL_BEFORE.matcher(before + " ").matches() ? hits.get(0).name() : null;
    }

    /** The province a phrase ends with ("Ủy ban nhân dân tỉnh Bắc Giang" gives Bắc Giang), or null. */
    public String provinceIn(String phrase) {
        List<Hit> hits = find(phrase);
        return hits.isEmpty() ? null : hits.get(hits.size() - 1).name();
    }
}
