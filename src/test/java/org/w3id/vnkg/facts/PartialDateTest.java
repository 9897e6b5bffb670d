package org.w3id.vnkg.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartialDateTest {

    @ParameterizedTest(name = "{0}-{1}-{2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2024 | 1  | 6  | 2024-01-06
            2023 | 12 | 29 | 2023-12-29
            2025 | 10 | -  | 2025-10
            2023 | -  | -  | 2023
            987  | 3  | -  | 0987-03
            5    | -  | -  | 0005
            """)
    void printsAsOutputNotationWithZeroPadding(int year, Integer month, Integer day, String printed) {
        PartialDate d = new PartialDate(year, month, day);
        assertThat(d.toString()).isEqualTo(printed);
        String byFormat = day != null ? String.format("%04d-%02d-%02d", year, month, day)
                : month != null ? String.format("%04d-%02d", year, month) : String.format("%04d", year);
        assertThat(d.toString()).isEqualTo(byFormat);
        assertThat(PartialDate.parse(printed)).isEqualTo(d);
    }
}
