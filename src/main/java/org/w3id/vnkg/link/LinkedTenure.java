package org.w3id.vnkg.link;

import java.time.LocalDate;
import java.util.Objects;

import org.w3id.vnkg.facts.PartialDate;

/**
 * A dated holding of a post that the link set gives (officials.csv, provincial_party_secretaries.csv),
 * split into one tenure per title of a chain.
 * <pre>
 *   "Hoàng Duy Chinh, Bí thư Tỉnh ủy Bắc Kạn, 2020-10-28 .. (open)"
 *   -> LinkedTenure[person=Hoàng Duy Chinh, role=Bí thư, body=Tỉnh ủy, province=pre2025/06, start=2020-10-28]
 * </pre>
 *
 * @param person        the name as the source writes it
 * @param qid           the person's Wikidata item, or null
 * @param qidConfidence the source's word on the QID (matched, probable, unresolved ...), or ""
 * @param role          the title (Bí thư, Phó Bí thư Thường trực, Chủ tịch ...)
 * @param body          the body without its province (Tỉnh ủy, Ủy ban nhân dân tỉnh, Bộ Chính trị)
 * @param province      the province the body belongs to, or null for national bodies
 * @param start         first day known, at the precision the source gives, or null
 * @param end           last day known, or null
 * @param asOf          for snapshot rows without tenure dates: the date of the list, or null
 * @param file          the link-data file
 * @param row           the record number in that file (header = 1)
 * @param source        the source URLs or repository paths, as the file gives them
 */
public record LinkedTenure(String person, String qid, String qidConfidence, String role, String body,
                           ProvinceUnit province, PartialDate start, PartialDate end, PartialDate asOf,
                           String file, int row, String source) {
    public LinkedTenure {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(file, "file");
    }

    /** The earliest day a partial date can mean: 2024-06 gives 1 June 2024. */
    public static LocalDate earliest(PartialDate d) {
        return LocalDate.of(d.year(), d.month() == null ? 1 : d.month(), d.day() == null ? 1 : d.day());
    }

    /** The latest day a partial date can mean: 2024-06 gives 30 June 2024. */
    public static LocalDate latest(PartialDate d) {
        if (d.day() != null) {
            return d.toLocalDate();
        }
        if (d.month() != null) {
            return java.time.YearMonth.of(d.year(), d.month()).atEndOfMonth();
        }
        return LocalDate.of(d.year(), 12, 31);
    }
}
