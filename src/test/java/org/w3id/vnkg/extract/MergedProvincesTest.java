package org.w3id.vnkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.w3id.vnkg.facts.PartialDate;

class MergedProvincesTest {
    private static final MergedProvinces MERGED = new MergedProvinces();

    /** m04 (vnexpress, Oct 2025: "GRDP của ba tỉnh (cũ)", "Nam Định (cũ)") and m10 (Kiên Giang (cũ), 2026) of merge8. */
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Nam Định    | 2025-10-12 | 2021-2025       | Ninh Bình
            Nam Định    | 2025-10-12 | 2025            | Ninh Bình
            Kiên Giang  | 2026-11-24 | 2026-01/2026-10 | An Giang
            Quảng Bình  | 2025-09-01 | 2025-Q3         | Quảng Trị
            Nam Định    | 2025-10-12 | 2024            | Nam Định
            Tiền Giang  | 2025-09-15 | 2025-H1         | Tiền Giang
            Nam Định    | 2024-05-02 | 2025            | Nam Định
            Ninh Bình   | 2025-10-12 | 2025            | Ninh Bình
            Bắc Ninh    | 2025-10-12 | 2025            | Bắc Ninh
            Hà Nội      | 2025-10-12 | 2025            | Hà Nội
            """)
    void givesAFigureAfterTheMergerTheProvinceThatHoldsItsArea(String area, String date, String period, String expected) {
        assertThat(MERGED.current(area, PartialDate.parse(date), period)).isEqualTo(expected);
    }
}
