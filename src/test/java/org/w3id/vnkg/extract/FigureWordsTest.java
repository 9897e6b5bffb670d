package org.w3id.vnkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureWordsTest {
    private static final FigureWords WORDS = FigureWords.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Thu ngân sách nhà nước ước đạt khoảng   | Thu ngân sách nhà nước
            Tổng vốn đầu tư toàn xã hội đạt được     | Tổng vốn đầu tư toàn xã hội
            Kim ngạch xuất khẩu ở mức                | Kim ngạch xuất khẩu
            """)
    void dropsTheVerbsBetweenAnIndicatorAndItsNumber(String segment, String indicator) {
        assertThat(WORDS.trailingFunctionWords.matcher(segment).replaceAll("")).isEqualTo(indicator);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Theo đó, toàn tỉnh có 1.200 doanh nghiệp    | 1.200 doanh nghiệp
            Trong đó, tỉnh kết nạp 2.614 đảng viên       | kết nạp 2.614 đảng viên
            """)
    void dropsTheWordsThatOpenAClause(String segment, String rest) {
        assertThat(WORDS.leadingFunctionWords.matcher(segment).replaceAll("")).isEqualTo(rest);
    }

    @Test
    void readsAChangeAndTheLevelItReaches() {
        Matcher m = WORDS.trailingChange.matcher("Tỷ lệ hộ nghèo giảm xuống còn");
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("giảm");
        assertThat(m.group(2).strip()).isEqualTo("xuống còn");
    }

    @Test
    void readsTheYearsAndDocumentAReviewLooksBackOn() {
        Matcher m = WORDS.review.first("Hội nghị sơ kết 3 năm thực hiện Nghị quyết số 23-NQ/TU");
        assertThat(m).isNotNull();
        assertThat(m.group(1)).isEqualTo("3");
        assertThat(m.group(2)).isEqualTo("Nghị quyết");
    }

    @Test
    void tellsARankingFromAnArea() {
        assertThat(WORDS.rankingBefore.matcher("đứng thứ 12 ").find()).isTrue();
        assertThat(WORDS.rankingBefore.matcher("mức bình quân ").find()).isFalse();
        assertThat(WORDS.verbsOnly).contains("đạt", "tăng").doesNotContain("thu ngân sách");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tăng 12% so với năm 2023            | true
            vượt 6,6% so sánh với kế hoạch      | true
            đạt 94,8% kế hoạch năm               | false
            """)
    void findsTheWordsOfAComparison(String text, boolean comparison) {
        assertThat(WORDS.hasComparison(text)).isEqualTo(comparison);
    }

    @Test
    void readsTheBaseOfAComparisonAndWhereANounAfterANumberEnds() {
        String text = "vượt 6,6% so với kế hoạch";
        assertThat(WORDS.comparisonBefore(text, text.indexOf("kế hoạch"))).isTrue();
        assertThat(WORDS.comparisonBefore("đạt 52% kế hoạch", 8)).isFalse();
        assertThat(WORDS.opensWithComparison("so với cùng kỳ")).isTrue();
        assertThat(WORDS.comparisonWord).isEqualTo("so với");
        assertThat(WORDS.followStop.split("khách quốc tế tăng 12%", 2)[0]).isEqualTo("khách quốc tế");
        assertThat(WORDS.review.first("Tổng kết 10 năm thực hiện Chỉ thị 36")).isNotNull();
    }
}
