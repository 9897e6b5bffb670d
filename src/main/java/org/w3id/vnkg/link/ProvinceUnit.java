package org.w3id.vnkg.link;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One provincial-level unit of one era, as {@code linkdata/provinces.csv} gives it.
 * <pre>
 *   ProvinceUnit[era=pre2025, gsoCode=24, officialName=Tỉnh Bắc Giang, shortName=Bắc Giang,
 *                qid=Q36367, successorCode=24 (the post-2025 Bắc Ninh: the code follows the capital)]
 * </pre>
 * Units are identified by era plus code, never by code alone.
 *
 * @param era           {@code pre2025} or {@code post2025}
 * @param gsoCode       two-digit GSO code (mã tỉnh)
 * @param officialName  "Tỉnh X" / "Thành phố X"
 * @param shortName     the name without the unit type
 * @param city          a centrally-run city (thành phố trực thuộc trung ương)
 * @param validFrom     first day in force, or null for long-standing units
 * @param validUntil    last day in force, or null for units in force today
 * @param qid           the Wikidata item, or null
 * @param successorCode for pre2025 units: the post2025 code of the unit it became (part of); else null
 * @param formedFrom    for post2025 units: the pre2025 codes merged into it
 * @param mergeRole     unchanged / survivor / absorbed / merged unit, as the source words it
 * @param sources       the sources of the QID
 */
public record ProvinceUnit(String era, String gsoCode, String officialName, String shortName, boolean city,
                           LocalDate validFrom, LocalDate validUntil, String qid, String successorCode,
                           List<String> formedFrom, String mergeRole, String sources) {
    public static final String PRE = "pre2025";
    public static final String POST = "post2025";
    /** The first day of the 34-unit system (Resolution 202/2025/QH15). */
    public static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

    public ProvinceUnit {
        Objects.requireNonNull(era, "era");
        Objects.requireNonNull(gsoCode, "gsoCode");
        Objects.requireNonNull(officialName, "officialName");
        Objects.requireNonNull(shortName, "shortName");
        formedFrom = List.copyOf(formedFrom);
    }

    /** The era in force on a day: pre2025 before 1 July 2025, post2025 from it. */
    public static String eraOn(LocalDate day) {
        return day.isBefore(MERGER) ? PRE : POST;
    }

    /** Whether the unit was in force on a day. A pre-2025 unit's valid_from is a change of status (Huế
     * became a city on 2025-01-01, the former Thừa Thiên Huế), not its creation: it does not bound it. */
    public boolean inForceOn(LocalDate day) {
        return (validFrom == null || era.equals(PRE) || !day.isBefore(validFrom)) && (validUntil == null || !day.isAfter(validUntil));
    }
}
