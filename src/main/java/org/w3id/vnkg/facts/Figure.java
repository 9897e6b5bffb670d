package org.w3id.vnkg.facts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A number the main story reports about the economy, society or the party.
 * <pre>
 *   "Quy mô ... đạt 181,9 nghìn tỷ đồng" -> value=181900000000000, unit=VND, status=ACTUAL
 * </pre>
 *
 * @param indicator   the indicator as the text names it (tốc độ tăng trưởng GRDP)
 * @param value       in base units (đồng, USD, percent, count, tonne, hectare)
 * @param unit        VND, USD, percent, count, tonne, hectare ...
 * @param area        the province, or Việt Nam for national figures
 * @param period      2023, 2023-H1, 2024-Q1, 2023-12, 2021-2025 ...
 * @param status      actual, estimate, target or plan
 * @param surface     the words that state the figure
 * @param comparisons rankings and comparisons attached to it (đứng đầu cả nước)
 * @param evidence    the sentence
 * @param concept     the indicator's concept in the indicator scheme (lexicon/indicators.tsv: grdp-growth,
 *                    budget-revenue ...), or null when the text names an indicator the scheme lacks
 */
public record Figure(String indicator, BigDecimal value, String unit, String area, String period, Status status,
                     String surface, List<String> comparisons, Evidence evidence, String concept) {

    /** Whether a figure is a result, an estimate, a target or a plan. */
    public enum Status {
        ACTUAL, ESTIMATE, TARGET, PLAN;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Figure {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
        comparisons = List.copyOf(comparisons);
    }

    /** A figure whose indicator has no concept in the scheme. */
    public Figure(String indicator, BigDecimal value, String unit, String area, String period, Status status,
                  String surface, List<String> comparisons, Evidence evidence) {
        this(indicator, value, unit, area, period, status, surface, comparisons, evidence, null);
    }
}
