package org.w3id.vnkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantitiesTest {
    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            đạt 13,45%                          | 13.45             | percent
            đạt 181,9 nghìn tỷ đồng             | 181900000000000   | VND
            đạt 541.169 tỷ đồng                 | 541169000000000   | VND
            đạt 40.516 nghìn tỷ đồng            | 40516000000000000 | VND
            ước đạt 636,6 nghìn tỉ đồng         | 636600000000000   | VND
            đạt 5,73 triệu tỉ đồng              | 5730000000000000  | VND
            thu khoảng 12,5 ngàn tỉ             | 12500000000000    | VND
            đạt 148,5 triệu USD                 | 148500000         | USD
            đạt hơn 3 tỷ USD                    | 3000000000        | USD
            từ 123 triệu đồng trở lên           | 123000000         | VND
            Lượng khách đạt 1.418.000 lượt người | 1418000          | count
            lên 84.455 đồng chí                 | 84455             | count
            kết nạp được 2.614 đảng viên        | 2614              | count
            đạt 99 % kế hoạch                   | 99                | percent
            tăng từ 7,7 - 14,2%                 | 7.7               | percent
            sản lượng lúa đạt 1,2 triệu tấn     | 1200000           | tonne
            năng suất ước đạt 7,25 tấn/ha, tăng | 7.25              | tonne per hectare
            năng suất bình quân 66,5 tạ/ha      | 6.65              | tonne per hectare
            sản lượng đạt 500 tạ                | 50                | tonne
            điện thoại di động đạt 98,6 triệu chiếc | 98600000      | count
            giày thể thao 21,5 triệu đôi        | 21500000          | count
            trồng mới 5.600 ha rừng             | 5600              | hectare
            thu hút 25 dự án                    | 25                | count
            có 9 đơn vị cấp huyện hoàn thành    | 9                 | count
            có 120 đơn vị cấp xã                | 120               | count
            thu ngân sách đạt 19.500 tỷ          | 19500000000000    | VND
            giảm 1,2 điểm phần trăm             | 1.2               | percent
            GRDP bình quân đạt 95,5 triệu đồng/người | 95500000     | VND
            đón 2,5 triệu lượt khách            | 2500000           | count
            có 148 đơn vị hành chính cấp xã     | 148               | count
            gồm 15 phường                       | 15                | count
            gồm 3 đặc khu là Phú Quốc, Kiên Hải | 3                 | count
            gồm 2 quận                          | 2                 | count
            với 3 thị xã                        | 3                 | count
            với 52.340 nhân khẩu                | 52340             | count
            Đảng bộ tỉnh có 1.052 tổ chức cơ sở đảng | 1052         | count
            thành lập mới 35 tổ chức cơ sở Đảng | 35                | count
            sáp nhập còn 12 đảng bộ trực thuộc   | 12                | count
            có 286 chi bộ trực thuộc            | 286               | count
            với hơn 56.000 phòng lưu trú        | 56000             | count
            sản lượng điện đạt 11.250 triệu kWh | 11250000000       | kilowatt-hour
            có tổng công suất 150 MW            | 150               | megawatt
            với tổng diện tích sàn 86.500 m2    | 86500             | square metre
            toàn tỉnh có 1.052 trường học       | 1052              | count
            có 89 học sinh đạt giải             | 89                | count
            thi hành kỷ luật 15 trường hợp      | 15                | count
            Tổng đàn gia súc trên 1,2 triệu con | 1200000           | count
            giảm 2,1 điểm % so với năm 2017      | 2.1               | percent
            có 110 quốc gia và vùng lãnh thổ đầu tư | 110           | count
            hỗ trợ trên 13,8 triệu đối tượng     | 13800000          | count
            giảm 23 đầu mối cơ quan chuyên trách | 23                | count
            bình quân mỗi xã đạt 14,6 tiêu chí   | 14.6              | count
            đã tiếp nhận 3.214 hồ sơ thủ tục hành chính | 3214      | count
            hoàn thành chỉ tiêu với 610 thanh niên nhập ngũ | 610    | count
            tuyển chọn 1.250 công dân nhập ngũ   | 1250              | count
            PCI năm 2023 đạt 69,64 điểm, xếp thứ 3/63 | 69.64      | point
            chỉ số PAPI đạt 43.12 điểm và       | 43.12             | point
            chỉ số SIPAS đạt 85 điểm.           | 85                | point
            đã cấp 1.260 giấy chứng nhận quyền sử dụng đất | 1260   | count
            TAND hai cấp đã thụ lý 68.352 vụ việc | 68352            | count
            đưa ra xét xử 1.204 vụ án hình sự    | 1204              | count
            bắt giữ 186 vụ buôn lậu             | 186               | count
            triệt phá 1.947 băng, nhóm tội phạm | 1947              | count
            có 1.240 chiến sĩ dân quân tự vệ    | 1240              | count
            hiện có 9.850 cán bộ, chiến sĩ dân quân | 9850          | count
            huy động 46 xe ô tô các loại        | 46                | count
            với 52 phương tiện tham gia         | 52                | count
            tổ chức 12 cuộc diễn tập            | 12                | count
            tổ chức 1.320 buổi tuyên truyền     | 1320              | count
            sinh hoạt tại 1.126 chi hội          | 1126              | count
            toàn tỉnh có 3.215 công đoàn cơ sở   | 3215              | count
            vận động hiến được 68.420 đơn vị máu | 68420             | count
            có 12.300 tình nguyện viên chữ thập đỏ | 12300           | count
            hỗ trợ ít nhất 1.000 phụ nữ khởi nghiệp | 1000           | count
            vận động xây dựng 312 "Mái ấm tình thương" | 312         | count
            chủ trì tổ chức 1.126 cuộc giám sát  | 1126              | count
            toàn tỉnh hiện thiếu 312 giáo viên tiếng Anh | 312       | count
            đã cấp 21.356 giấy phép xây dựng    | 21356             | count
            đã tiếp nhận 47 đơn thư của công dân | 47               | count
            góp ý 214 dự thảo văn bản           | 214               | count
            với 41 bị can                       | 41                | count
            xét xử sơ thẩm 89 bị cáo            | 89                | count
            tổ chức 214 phiên tòa rút kinh nghiệm | 214              | count
            ban hành 46 kiến nghị phòng ngừa vi phạm | 46            | count
            16 tôn giáo được Nhà nước công nhận | 16                | count
            với hơn 27 triệu tín đồ             | 27000000          | count
            và 6 thành phố trực thuộc trung ương | 6                | count
            trong đó có 25 cấp ủy viên           | 25                | count
            giải quyết 11 đơn tố cáo đối với đảng viên | 11          | count
            đã xây dựng 2.368 mô hình, điển hình | 2368              | count
            bồi dưỡng 3.200 quần chúng ưu tú    | 3200              | count
            tỉnh có 39 khu công nghiệp được quy hoạch | 39          | count
            toàn tỉnh tổ chức 1.846 lớp học tập nghị quyết | 1846     | count
            tổ chức 2 hội nghị học tập, quán triệt | 2              | count
            được kiện toàn với 1.124 báo cáo viên | 1124            | count
            và 12 cụm công nghiệp đang hoạt động | 12               | count
            sản lượng dừa ước đạt 280 triệu trái | 280000000        | count
            thu hoạch 1,5 triệu quả bưởi         | 1500000          | count
            sinh hoạt ở 546 chi, đảng bộ cơ sở   | 546              | count
            """)
    void bringsAQuantityToBaseUnits(String text, String value, String unit) {
        List<Quantities.Quantity> found = Quantities.standard().find(text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).value()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(found.get(0).unit()).isEqualTo(unit);
    }

    /** gen21s probe, 005 (VnExpress 2024): a digit in words before a scale and a unit is a quantity. */
    @Test
    void readsADigitInWordsBeforeAScaleAndAUnit() {
        assertThat(Quantities.standard().find("Trà Vinh có diện tích hơn 2.390 km2, dân số khoảng một triệu người."))
                .extracting(q -> q.value().doubleValue(), Quantities.Quantity::unit)
                .containsExactly(tuple(2390.0, "square kilometre"), tuple(1000000.0, "count"));
        assertThat(Quantities.standard().find("một nghìn năm văn hiến, hai triệu lần, năm triệu người")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"đứng thứ 12 cả nước", "xác định 15 chỉ tiêu chủ yếu và 5 nhóm nhiệm vụ",
        "Hội nghị lần thứ 15", "kỷ niệm 60 năm Ngày thành lập", "Nghị quyết số 23-NQ/TU ngày 16/12/2021",
        "03 Chương trình mục tiêu quốc gia", "năm 2023 Tỉnh ủy", "tăng trưởng 2 con số liên tục",
        "có 12 điểm du lịch cộng đồng", "kết nối trực tuyến tới 3 điểm cầu", "sản xuất 2 vụ lúa",
        "gieo trồng 3 vụ/năm", "kỳ họp xem xét 42 báo cáo, 36 dự thảo nghị quyết",
        "Quốc hội sẽ xem xét, thông qua 6 dự án luật và cho ý kiến 12 dự án luật khác",
        "phát hành 3 trái phiếu chính quyền địa phương"})
    void findsNoQuantityInNumbersWithoutAUnit(String text) {
        assertThat(Quantities.standard().find(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tăng trưởng từ 10% đến 11%              | true
            xuất khẩu khoảng 3,5 tỷ USD - 4 tỷ USD  | true
            có mức tăng trưởng từ 7,7% đến 14,2%    | true
            Hai xã dẫn đầu: 12% - 9%                | false
            đạt 12%, tăng 15%                       | false
            đạt 12 xã - 15%                         | false
            """)
    void tellsARangeWrittenWithItsUnitAtBothEnds(String text, boolean range) {
        // the two ends stay two quantities: FigureExtractor keeps a target's lower bound only
        List<Quantities.Quantity> found = Quantities.standard().find(text);
        assertThat(found).hasSize(2);
        assertThat(Quantities.closesRange(text, found.get(0), found.get(1))).isEqualTo(range);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Toàn tỉnh có 154/182 xã về đích nông thôn mới"})
    void readsAPartOfAWholeAsTwoQuantities(String text) {
        assertThat(Quantities.standard().find(text)).extracting(q -> q.value().intValue())
                .containsExactly(154, 182);
    }

    /** A day and its month before a counted noun is a date: "Đến ngày 15/8 tỉnh ..." counts no provinces. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Đến ngày 15/8 tỉnh thu ngân sách được 8.000 tỷ đồng", "Sáng 20/3 xã tổ chức hội nghị"})
    void readsNoPartOfAWholeAfterADayWord(String text) {
        assertThat(Quantities.standard().find(text)).extracting(Quantities.Quantity::unit).doesNotContain("count");
    }

    /** court17 002: the cases and the accused a procuracy reports, a slash between them. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kiểm sát điều tra 2.184 vụ/3.917 bị can", "xét xử sơ thẩm 2.184 vụ/3.917 bị cáo"})
    void readsCasesAndTheAccusedAsTwoCounts(String text) {
        assertThat(Quantities.standard().find(text)).extracting(q -> q.value().intValue())
                .containsExactly(2184, 3917);
    }

    /** gen24c 007: Báo Ninh Thuận of 2011 writes its numbers the English way ("1,245.6 tỷ đồng", "1,050,000 lượt khách"). */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Thu ngân sách trên địa bàn đạt 1,245.6 tỷ đồng, vượt 18.2% dự toán. | 1245600000000
            Ngành du lịch đón 1,050,000 lượt khách, tăng 15%.                   | 1050000
            Năm 2012, thu ngân sách trên địa bàn 1,350 tỷ đồng.                 | 1350000000000
            Tổng vốn đầu tư toàn xã hội đạt 5,235.8 tỷ đồng.                    | 5235800000000
            """)
    void readsAStoryThatWritesItsNumbersTheEnglishWay(String text, BigDecimal value) {
        String story = "GDP tăng 11.2%. Thu ngân sách đạt 1,245.6 tỷ đồng. Du lịch đón 1,050,000 lượt khách.\n" + text;
        assertThat(Quantities.forStory(story).find(text)).extracting(Quantities.Quantity::value)
                .anySatisfy(v -> assertThat(v).isEqualByComparingTo(value));
    }

    /** A story that writes numbers the Vietnamese way, or both ways as often, is read the Vietnamese way. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Thu ngân sách đạt 1.245,6 tỷ đồng, tăng 1,350 lần; đón 1.050.000 lượt khách",
        "Kim ngạch đạt 1,35 tỷ USD; khách 1,050,000 lượt; tăng 12,5%; vốn 3.100.000 USD",
        "Đạt 1,350 tỷ đồng"})
    void readsOtherStoriesTheVietnameseWay(String story) {
        assertThat(Quantities.writesEnglishNumbers(story)).isFalse();
        assertThat(Quantities.forStory(story)).isSameAs(Quantities.standard());
    }
}
