package org.w3id.vnkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.vnkg.lexicon.Tsv;
import org.w3id.vnkg.nlp.TokenWords;
import org.w3id.vnkg.nlp.VnLexicon;
import org.w3id.vnkg.normalize.TextNormalizer;

/**
 * Finds the province an article is about: the province named most often in the main story, counting
 * names of provinces from {@code lexicon/provinces.tsv} (both eras). A name after a level word or a
 * committee ("tỉnh Bắc Giang", "Tỉnh ủy Bắc Giang", "TP. Hồ Chí Minh") counts double; a bare name that
 * reads as a person's full name ("phong cách Hồ Chí Minh") does not count.
 * <pre>
 *   "Tỉnh ủy Bắc Giang tổ chức ... tỉnh Bắc Giang ..." -> "Bắc Giang"
 *   "Ban Chấp hành Đảng bộ tỉnh ... tư tưởng Hồ Chí Minh"  -> null
 * </pre>
 */
public final class ProvinceFinder {
    private final Pattern names;
    private final Map<String, String> canonicalByKey = new HashMap<>();

    public ProvinceFinder() {
        List<String> all = new ArrayList<>();
        for (String name : Tsv.load("provinces.tsv").column("name")) {
            String canonical = TextNormalizer.newStyleTones(name);
            if (canonicalByKey.putIfAbsent(TextNormalizer.key(name), canonical) == null) {
                all.add(canonical);
            }
        }
        all.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder();
        for (String n : all) {
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(n));
        }
        this.names = Pattern.compile("(?<![\\p{L}])(" + alt + ")(?![\\p{L}])");
    }

    /** The most named province of the text, or null when it names none. */
    public String mainProvince(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        String t = TextNormalizer.newStyleTones(text);
        Matcher m = names.matcher(t);
        while (m.find()) {
            if (afterLevelWord(t, m.start())) {
                counts.merge(m.group(1), 2, Integer::sum);
            } else if (!readsAsPersonName(m.group(1))) {
                counts.merge(m.group(1), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static final Pattern LEVEL_BEFORE = Pattern.compile(
            "(?i)(?:tỉnh|thành phố|tp\\.|tỉnh ủy|thành ủy|tỉnh uỷ|thành uỷ)\\s+$");

    private static boolean afterLevelWord(String text, int start) {
        return LEVEL_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find();
    }

    /** "Hồ Chí Minh": a family name and two or more given names, so bare it is more likely the person. */
    private static boolean readsAsPersonName(String province) {
        String[] parts = province.split(" ");
        return parts.length >= 3
                && VnLexicon.standard().surnames().longestMatch(List.of(TokenWords.ofToken(parts[0])), 0, 1) != null;
    }

    /** The province a phrase ends with ("Ủy ban nhân dân tỉnh Bắc Giang" gives Bắc Giang), or null. */
    public String provinceIn(String phrase) {
        Matcher m = names.matcher(TextNormalizer.newStyleTones(phrase));
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }
}
