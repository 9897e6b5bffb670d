package org.w3id.vnkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.w3id.vnkg.facts.Figure;
import org.w3id.vnkg.facts.Meeting;

/**
 * What the extractors make of a run of months ({@link DateExpressions#monthSpan}): a figure takes the period the
 * run makes, in the evaluation's notation (2024-Q2, not 2024-04/2024-06, as "quý II" gives), and a meeting keeps
 * its day, the run being what it reviews.
 */
class MonthRunsInFactsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Từ tháng 4 đến tháng 6 năm 2024, kim ngạch xuất khẩu của tỉnh đạt 1,2 tỷ USD.           | 2024-Q2
            Từ tháng Tư đến tháng Sáu năm 2024, kim ngạch xuất khẩu của tỉnh đạt 1,2 tỷ USD.        | 2024-Q2
            Kim ngạch xuất khẩu từ tháng 7 đến tháng 9/2024 ước đạt 850 triệu USD.                  | 2024-Q3
            Từ tháng 7 đến tháng 12 năm 2023, thu ngân sách nhà nước trên địa bàn đạt 9.500 tỷ đồng. | 2023-H2
            Từ tháng 5 đến tháng 7 năm 2024, kim ngạch xuất khẩu của tỉnh đạt 1,2 tỷ USD.           | 2024-05/2024-07
            """)
    void aFigureTakesThePeriodTheRunMakes(String text, String period) {
        List<Figure> found = new FigureExtractor().extract(Articles.context(text, "2024-10-20", "Nghệ An"));
        assertThat(found).singleElement().extracting(Figure::period).isEqualTo(period);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ngày 5/7, UBND tỉnh Quảng Ninh tổ chức hội nghị sơ kết công tác từ tháng 1 đến tháng 6 năm 2024.    | 2024-07-05
            Sáng 8/10, UBND tỉnh Quảng Ninh tổ chức hội nghị đánh giá kết quả từ tháng 7 đến tháng 9 năm 2024. | 2024-10-08
            """)
    void aMeetingKeepsItsDayAndReviewsTheRun(String text, String date) {
        List<Meeting> found = new MeetingExtractor().extract(Articles.context(text, "2024-10-20", null));
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.date()).hasToString(date);
            assertThat(m.topic()).contains("từ tháng");
        });
    }
}
