package org.w3id.vnkg.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodEndTest {
    @ParameterizedTest
    @CsvSource({
            "2023, 2023-12-31",
            "2023-H1, 2023-06-30",
            "2023-H2, 2023-12-31",
            "2024-Q1, 2024-03-31",
            "2024-Q3, 2024-09-30",
            "2024-02, 2024-02-29",
            "2023-12-05, 2023-12-05",
            "2021-2025, 2025-12-31",
            "2025-01/2025-10, 2025-10-31",
            "2024-Q1/2024-Q3, 2024-09-30",
    })
    void endsOnTheLastDayOfItsLastPart(String period, String end) {
        assertThat(PeriodEnd.of(period)).isEqualTo(LocalDate.parse(end));
    }

    @ParameterizedTest
    @CsvSource({"năm 2023", "2023-13", "2023-H3", "23", "2023-02-30", "''"})
    void isNullForWhatIsNoPeriodOfTheExtraction(String period) {
        assertThat(PeriodEnd.of(period)).isNull();
    }
}
