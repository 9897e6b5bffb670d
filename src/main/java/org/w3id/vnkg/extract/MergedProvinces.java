package org.w3id.vnkg.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.vnkg.facts.PartialDate;
import org.w3id.vnkg.lexicon.Tsv;
import org.w3id.vnkg.normalize.TextNormalizer;

/**
 * The provinces that the reorganisation of 1 July 2025 merged into others (column {@code became} of
 * {@code lexicon/provinces.tsv}). A story of the merged era that reports a figure of a time after the merger
 * under an old name ("phát triển công nghiệp dệt may ở Nam Định (cũ)", "Đặc khu Phú Quốc, trước đây thuộc tỉnh
 * Kiên Giang (cũ), đón hơn 8,2 triệu lượt khách") reports it of the province that exists then.
 * <pre>
 *   current("Nam Định", 2025-10-12, "2021-2025") -> "Ninh Bình"
 *   current("Nam Định", 2025-10-12, "2024")      -> "Nam Định"   (a year the old province lived through)
 *   current("Nam Định", 2024-05-02, "2025")      -> "Nam Định"   (a story written before the merger: its target)
 * </pre>
 */
final class MergedProvinces {
    private static final PartialDate MERGER = new PartialDate(2025, 7, 1);
    /** The end of a period: "2025", "2025-H1", "2024-Q3", "2025-10", the last part of "2021-2025" or "2026-01/2026-10". */
    private static final Pattern PERIOD_END = Pattern.compile("(\\d{4})(?:-(H[12]|Q[1-4]|\\d{2}))?$");

    private final Map<String, String> became = new HashMap<>();

    MergedProvinces() {
        Set<String> current = new HashSet<>();
        Map<String, String> old = new HashMap<>();
        for (Map<String, String> r : Tsv.load("provinces.tsv").rows()) {
            String name = TextNormalizer.newStyleTones(r.get("name"));
            if (r.get("era").equals("post2025")) {
                current.add(name);
            } else if (!r.get("became").isEmpty()) {
                old.put(name, TextNormalizer.newStyleTones(r.get("became")));
            }
        }
        old.keySet().removeAll(current); // "Ninh Bình" names the new province too
        became.putAll(old);
    }

    /** The post2025 province an old one became ("Nam Định" -> "Ninh Bình"); a current name as it is. */
    String becameOf(String province) {
        return became.getOrDefault(province, province);
    }

    /**
     * The province that holds an old one's area on a day: from 1 July 2025 the one it became ("Phú Yên" on 2026-03-12 ->
     * "Đắk Lắk"), before it, or on no known day, the province itself.
     */
    String on(String province, PartialDate day) {
        return province == null || day == null || day.compareTo(MERGER) < 0 ? province : becameOf(province);
    }

    /** The province that holds the area at the period's end, for a story dated {@code storyDate}; else the area. */
    String current(String area, PartialDate storyDate, String period) {
        String next = area == null ? null : became.get(area);
        if (next == null || storyDate == null || storyDate.compareTo(MERGER) < 0 || !endsAfterMerger(period)) {
            return area;
        }
        return next;
    }

    private static boolean endsAfterMerger(String period) {
        Matcher m = period == null ? null : PERIOD_END.matcher(period.strip());
        if (m == null || !m.find()) {
            return false;
        }
        int year = Integer.parseInt(m.group(1));
        String part = m.group(2);
        int month = part == null ? 12 : part.equals("H1") ? 6 : part.equals("H2") ? 12
                : part.startsWith("Q") ? 3 * (part.charAt(1) - '0') : Integer.parseInt(part);
        return year > MERGER.year() || year == MERGER.year() && month >= MERGER.month();
    }
}
