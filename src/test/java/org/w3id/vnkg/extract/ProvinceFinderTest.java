package org.w3id.vnkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProvinceFinderTest {
    private static final ProvinceFinder FINDER = new ProvinceFinder();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Ngày 26/6, Tỉnh ủy Bắc Giang tổ chức hội nghị; tỉnh Bắc Giang đạt 13,45%. | Bắc Giang",
        "Đoàn công tác làm việc tại tỉnh Bà Rịa - Vũng Tàu và tỉnh Bà Rịa - Vũng Tàu. | Bà Rịa - Vũng Tàu",
        "UBND Thành phố Hồ Chí Minh; Hà Nội; thành phố Hồ Chí Minh | Hồ Chí Minh",
        "Tỉnh ủy Thừa Thiên Huế, tỉnh Khánh Hoà, Khánh Hòa | Khánh Hòa",
        // names10 probe, n07 (2015): the province in its day's name and level, not the city of Huế it became in 2025
        "UBND tỉnh Thừa Thiên Huế họp; tỉnh Thừa Thiên - Huế đạt 7% | Thừa Thiên Huế",
        "Thành ủy Huế họp; thành phố Huế đạt 8% | Huế",
        // figs11 probe, a09 (2011): the province was Thừa Thiên Huế until 2025, Huế was the city inside it
        "HĐND tỉnh Thừa Thiên Huế khóa VI bế mạc; thành phố Huế, TP. Huế đón khách. | Thừa Thiên Huế",
        "Kỳ họp HĐND tỉnh Thừa Thiên - Huế. | Thừa Thiên Huế",
        // gen23c 008 (2025): the paper keeps its name, Báo Thừa Thiên Huế, over a story of the city of Huế; it dates nothing
        "BÁO THỪA THIÊN HUẾ. Sáng 11/1, Thành ủy, HĐND, UBND thành phố Huế tổ chức lễ; thành phố Huế đạt 8%. | Huế",
        // merge8 probe, m04 (vnexpress 2025): an old province named as such counts for the one it became
        "Ninh Bình: xã Giao Thủy, tỉnh Nam Định (cũ); xã Hải Hậu, tỉnh Nam Định (Cũ) | Ninh Bình",
        // names10 probe, n10: the youth union of a province is named with it
        "Tỉnh Đoàn Sơn La phát động Tháng Thanh niên; Ban Thường vụ Tỉnh Đoàn Sơn La. | Sơn La",
        // old12 probe, 000 (Báo Hà Tây, 2007): a province abolished in 2008 is the province of a story of its time
        "Ngày 12-7-2007, BCH Đảng bộ tỉnh Hà Tây khóa XIV họp; TX Hà Đông, TX Sơn Tây. | Hà Tây"})
    void takesTheMostNamedProvince(String text, String province) {
        assertThat(FINDER.mainProvince(text)).isEqualTo(province);
    }

    @Test
    void tellsAProvinceNamedOncePastTheLeadAsNamedInPassing() {
        // gen24b 004 (Báo Bình Định 2021): the story leaves its own province to its masthead and names another once
        String lead = "(BĐ) - Sáng 16.7, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tuyến sơ kết công tác 6 tháng đầu năm, "
                + "kết nối đến điểm cầu các huyện, thị xã, thành phố. Đồng chí Hồ Quốc Dũng, Ủy viên Trung ương Đảng, Bí thư "
                + "Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì hội nghị. Tham dự tại điểm cầu Tỉnh ủy có các đồng chí Lê Kim Toàn, Phó "
                + "Bí thư Thường trực Tỉnh ủy; Hồ Văn Hưng, Phó Bí thư Tỉnh ủy; các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy.\n\n";
        String text = lead + "Đồng chí đề nghị các địa phương học tập kinh nghiệm của thành phố Đà Nẵng.";
        assertThat(FINDER.mainProvince(text)).isEqualTo("Đà Nẵng");
        assertThat(FINDER.namedInPassing(text, "Đà Nẵng")).isTrue();
        // named in the lead, or twice, it is the story's
        assertThat(FINDER.namedInPassing("Thành phố Đà Nẵng tổ chức hội nghị. " + lead, "Đà Nẵng")).isFalse();
        assertThat(FINDER.namedInPassing(text + " Tỉnh ủy Đà Nẵng cũng vậy.", "Đà Nẵng")).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Sáng 6/10, tại Hà Nội, Tổng cục Thống kê tổ chức họp báo. | 1",
        "Thành ủy Hà Nội họp; Hà Nội đạt 6,8%. | 3",
        "Tổng cục Thống kê tổ chức họp báo. | 0"})
    void weighsAProvinceByHowItIsNamed(String text, int weight) {
        assertThat(FINDER.weight(text, "Hà Nội")).isEqualTo(weight);
    }

    /**
     * figs8 (baoyenbai 2024, baothanhhoa 2018, baoquangninh 2025): an end of a route or an origin is no place of the
     * story; nor is a hometown a biography gives (force15, VnExpress 2014).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Trong đó, dự án đường kết nối cao tốc Nội Bài – Lào Cai với Quốc lộ 32C đã giải ngân",
        "dự án nút giao IC14 cao tốc Hà Nội – Lào Cai giải ngân",
        "Dự án mở rộng đoạn đường Hồ Chí Minh qua huyện đã hoàn thành giải phóng mặt bằng",
        "Khai thác tuyến Hà Nội - Hải Phòng - Quảng Ninh",
        "Khách nội địa đến từ Hà Nội",
        "Ông Lê Quý Vương, 58 tuổi, quê Hà Tĩnh, từng là Tổng cục trưởng",
        "Ông Bùi Văn Nam, quê ở Nam Định, từng là Chánh Văn phòng"})
    void takesNoEndOfARouteNorAnOriginForThePlace(String phrase) {
        assertThat(FINDER.provinceIn(phrase)).isNull();
        assertThat(FINDER.mainProvince(phrase)).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Đường Hồ Chí Minh qua tỉnh Quảng Bình dài 150 km | Quảng Bình",
        "UBND TP Hồ Chí Minh làm việc về tuyến đường mới | Hồ Chí Minh",
        "tỉnh Bà Rịa - Vũng Tàu đạt 7% | Bà Rịa - Vũng Tàu",
        "Thu hút vốn đầu tư từ Hà Nội | Hà Nội",
        "Chủ tịch nước về thăm quê hương Nghệ An | Nghệ An"})
    void keepsAProvinceNamedBesideARouteOrAfterAPlainFrom(String phrase, String province) {
        assertThat(FINDER.provinceIn(phrase)).isEqualTo(province);
    }

    @Test
    void findsTheProvinceAPhraseEndsWith() {
        assertThat(FINDER.provinceIn("Ủy ban nhân dân tỉnh Bắc Giang")).isEqualTo("Bắc Giang");
        assertThat(FINDER.provinceIn("Ban Tuyên giáo Trung ương")).isNull();
    }

    /** The hand scan of words must give the spans of the [\p{L}\p{M}]+ regex it replaces. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Tỉnh ủy Bắc Giang, 13,45%; TP.HCM - Bà Rịa–Vũng Tàu (BR-VT)",
        "Nguyê\u0303n 𝐀𝐁c ʼa ǅb x\uD800y ½ ²3 ١٢ Ω"})
    void wordsAreTheSpansOfTheWordRegex(String text) {
        assertSameSpans(text);
    }

    @Test
    void wordsAreTheSpansOfTheWordRegexInTheSampleArticles() throws IOException {
        for (String text : WordStartMatcherTest.sampleTexts()) {
            assertSameSpans(text);
        }
    }

    private static void assertSameSpans(String text) {
        List<String> expected = ProvinceFinder.wordsByRegex(text).stream().map(s -> s[0] + "-" + s[1]).toList();
        assertThat(ProvinceFinder.words(text).stream().map(s -> s[0] + "-" + s[1]).toList()).isEqualTo(expected);
    }
}
