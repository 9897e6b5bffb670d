package org.w3id.vnkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.w3id.vnkg.lexicon.Tsv;
import org.w3id.vnkg.normalize.TextNormalizer;

/**
 * The indicators of {@code lexicon/indicators.tsv} (a SKOS scheme): gives an indicator as the text
 * names it its concept, by the longest cue it contains.
 * <pre>
 *   conceptOf("Tốc độ tăng trưởng tổng sản phẩm (GRDP)") = "grdp-growth"
 *   conceptOf("giá trị giải ngân vốn đầu tư công")        = "public-investment-disbursement"
 *   conceptOf("số tỉnh có mức tăng trưởng cao")           = "grdp-growth" ... or null when no cue fits
 * </pre>
 */
public final class IndicatorScheme {
    private static final IndicatorScheme DEFAULT = new IndicatorScheme(Tsv.load("indicators.tsv"));

    private final List<String[]> cues; // {key of cue, concept}, longest first

    IndicatorScheme(Tsv table) {
        List<String[]> list = new ArrayList<>();
        for (Map<String, String> row : table.rows()) {
            list.add(new String[] {TextNormalizer.key(row.get("cue")), row.get("concept")});
        }
        list.sort(Comparator.comparingInt((String[] c) -> c[0].length()).reversed());
        this.cues = List.copyOf(list);
    }

    public static IndicatorScheme standard() {
        return DEFAULT;
    }

    /** The concept (local name) of an indicator text, or null. */
    public String conceptOf(String indicator) {
        String key = TextNormalizer.key(indicator);
        for (String[] cue : cues) {
            if (key.contains(cue[0])) {
                return cue[1];
            }
        }
        return null;
    }
}
