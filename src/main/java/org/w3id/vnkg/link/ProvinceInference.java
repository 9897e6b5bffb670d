package org.w3id.vnkg.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.w3id.vnkg.normalize.TextNormalizer;

/**
 * Settles the province of an article's generic bodies ("Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh" in an
 * article that never names its province) from dated linked-data tenures.
 * <pre>
 *   004: "Hoàng Duy Chinh - ..., Bí thư Tỉnh ủy" on 2024-04-08
 *   linkdata: Hoàng Duy Chinh, Bí thư Tỉnh ủy Bắc Kạn (pre2025/06), from 2020-10-28, end open
 *             (bounded by the province's last day, 2025-06-30)
 *   -> Bắc Kạn, confidence 0.85, derived from provincial_party_secretaries.csv record N
 * </pre>
 * The rule: every holding of the article with a generic body (the body's name without a province, see
 * {@code lexicon/provincial-bodies.tsv}) whose holder has a link-data tenure of the same role in the same
 * kind of body, covering the article's date, votes for that tenure's province. The article's province is
 * settled only if all votes agree; namesakes in two provinces on the same date settle nothing.
 * Confidence: 0.9 for a tenure dated at both ends, 0.85 with an open end, 0.6 for a snapshot list (as_of)
 * within two years; agreeing votes of several holders add 0.05 each, up to 0.95.
 */
final class ProvinceInference {
    static final int SNAPSHOT_YEARS = 2;

    /** A settled province with the tenures that settle it. */
    record Settled(ProvinceUnit unit, double confidence, List<LinkedTenure> sources) {
    }

    private final LinkData data;
    private final List<ReferenceGraph.BodyKind> kinds = ReferenceGraph.bodyKinds();
    private final Map<String, String> kindOfName = new ConcurrentHashMap<>();   // "" for a name of no kind

    ProvinceInference(LinkData data) {
        this.data = data;
    }

    /** The kind key of a generic body name ("Tỉnh ủy" gives tinh-uy), or null if the name is not generic. */
    String genericKind(String bodyName) {
        // asked several times for each holding of the corpus, of a few thousand distinct names: remembered
        String kind = kindOfName.computeIfAbsent(bodyName, this::kindOf);
        return kind.isEmpty() ? null : kind;
    }

    private String kindOf(String bodyName) {
        String k = TextNormalizer.key(bodyName);
        for (ReferenceGraph.BodyKind kind : kinds) {
            if (TextNormalizer.key(kind.provinceName()).equals(k) || TextNormalizer.key(kind.cityName()).equals(k)) {
                return kind.key();
            }
        }
        return "";
    }

    /** The province an article's generic bodies belong to, from the holdings of that one article. */
    Optional<Settled> settle(List<ArticleHolding> articleHoldings) {
        Map<ProvinceUnit, List<LinkedTenure>> votes = new LinkedHashMap<>();
        Map<ProvinceUnit, Double> best = new LinkedHashMap<>();
        for (ArticleHolding h : articleHoldings) {
            String kind = h.areaLabel() == null ? genericKind(h.orgLabel()) : null;
            if (kind == null || h.date() == null || h.isFormer()) {
                continue;
            }
            LocalDate day = LinkedTenure.earliest(h.date());
            for (LinkedTenure t : data.tenuresOf(h.name())) {
                if (t.province() == null || !TextNormalizer.key(t.role()).equals(TextNormalizer.key(h.role()))
                        || !kind.equals(genericKind(t.body()))
                        || !ReferenceGraph.mayCover(t, day, SNAPSHOT_YEARS)) {
                    continue;
                }
                votes.computeIfAbsent(t.province(), u -> new ArrayList<>()).add(t);
                best.merge(t.province(), confidence(t), Math::max);
            }
        }
        if (votes.size() != 1) {
            return Optional.empty();
        }
        ProvinceUnit unit = votes.keySet().iterator().next();
        List<LinkedTenure> sources = votes.get(unit);
        long holders = sources.stream().map(t -> TextNormalizer.key(t.person())).distinct().count();
        double c = Math.min(0.95, best.get(unit) + 0.05 * (holders - 1));
        return Optional.of(new Settled(unit, Math.round(c * 100) / 100.0, List.copyOf(sources)));
    }

    private static double confidence(LinkedTenure t) {
        if (t.start() == null) {
            return 0.6;
        }
        return t.end() != null ? 0.9 : 0.85;
    }
}
