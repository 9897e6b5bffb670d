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
import org.w3id.vnkg.normalize.TextNormalizer;

/**
 * Finds the province an article is about: the province named most often in the main story, counting
 * names of provinces from {@code lexicon/provinces.tsv} (both eras).
 * <pre>
 *   "Tỉnh ủy Bắc Giang tổ chức ... tỉnh Bắc Giang ..." -> "Bắc Giang"
 * </pre>
 */
public final class ProvinceFinder {
    private static final Pattern ADMIN_BEFORE = Pattern.compile("(?iu)(?:thành phố|tp\\.?|thành ủy|tỉnh)\\s*$");
    private static final java.util.Set<String> SURNAMES = java.util.Set.copyOf(Tsv.load("surnames.tsv").column("surname"));

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

    /**
     * The most named province of the text, or null when it names none. A name that reads like a person's
     * (three syllables, the first a family name: Hồ Chí Minh) counts only after an administrative word
     * ("Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh"): "tư tưởng Hồ Chí Minh" names no province.
     */
    public String mainProvince(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        String t = TextNormalizer.newStyleTones(text);
        Matcher m = names.matcher(t);
        while (m.find()) {
            if (personLike(m.group(1)) && !ADMIN_BEFORE.matcher(t.substring(Math.max(0, m.start() - 12), m.start())).find()) {
                continue;
            }
            counts.merge(m.group(1), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static boolean personLike(String name) {
        String[] syllables = name.split("\\s+");
        return syllables.length == 3 && SURNAMES.contains(syllables[0]);
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
