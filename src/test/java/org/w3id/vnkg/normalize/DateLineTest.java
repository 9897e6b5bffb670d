package org.w3id.vnkg.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateLineTest {
    private static final DateLine LINES = DateLine.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Thứ Tư, 14-10-2020, 18:20                   => 2020-10-14
            Cập nhật lúc 10:15, Thứ Sáu, 15/01/2016     => 2016-01-15
            Ngày đăng: 19/08/2020                       => 2020-08-19
            Thứ năm, 18/4/2019, 15:42 (GMT+7)           => 2019-04-18
            Thứ bảy, 12/7/2025, 10:05 (GMT+7)           => 2025-07-12
            04/10/2024 06:05 GMT+7                      => 2024-10-04
            04/04/2023 | 16:20                          => 2023-04-04
            Thứ hai, 07/07/2025 - 09:15                 => 2025-07-07
            Chủ Nhật, 05/01/2025 08:00                  => 2025-01-05
            Chủ nhật, ngày 5.1.2025                     => 2025-01-05
            Đăng lúc 9 giờ 30, ngày 5.3.2021            => 2021-03-05
            Thứ Hai, 15/01/2018 19:00                   => 2018-01-15
            Cập nhật: 13/07/2024 07:30                  => 2024-07-13
            Thứ 6, 20/11/2020 - 14:35                   => 2020-11-20
            T5, 19/12/2019 5:05 PM                      => 2019-12-19
            18:26, 28/07/2023                           => 2023-07-28
            08/04/2024                                  => 2024-04-08
            Ngày 28/7/2023                              => 2023-07-28
            date 2024-06                                => 2024-06
            Hà Nội, 15/01/2016                          => 2016-01-15
            Quảng Ninh, ngày 15/3/2019                  => 2019-03-15
            Đà Nẵng, 20.3.2024 - 09:15                  => 2024-03-20
            Thừa Thiên Huế, 05-8-2023                   => 2023-08-05
            TP Hồ Chí Minh, ngày 5 tháng 8 năm 2023     => 2023-08-05
            Thành phố Hồ Chí Minh, ngày 05 tháng 8 năm 2023 => 2023-08-05
            Thứ năm, ngày 18 tháng 4 năm 2019           => 2019-04-18
            Ngày 06 tháng 12 năm 2021, 07:15            => 2021-12-06
            Cập nhật: 15:42 ngày 18 tháng 04 năm 2019   => 2019-04-18
            6 Tháng Mười Hai, 2021                      => 2021-12-06
            Thứ Hai, 6 tháng 12, 2021 | 07:15           => 2021-12-06
            Thứ Tư, ngày mười lăm tháng Giêng năm 2025  => 2025-01-15
            Bà Rịa - Vũng Tàu, 05/8/2023                => 2023-08-05
            Hương Dịu • 15/01/2016 10:15                => 2016-01-15
            Quang Minh - 18/04/2019 15:42               => 2019-04-18
            Thanh Hà | 08:30 | 12/03/2024               => 2024-03-12
            Tác giả: Hoàng Linh | 08/03/2018 09:15      => 2018-03-08
            Phóng viên: Thu Hà - 12/5/2021              => 2021-05-12
            Chính trị 05/01/2023 16:48                  => 2023-01-05
            Xây dựng Đảng 23/12/2022 12:15              => 2022-12-23
            """)
    void readsTheDateOfADateLine(String line, String date) {
        DateLine.Reading r = LINES.read(line.strip());
        if (date.equals("-")) {
            assertThat(r).isNull();
        } else {
            assertThat(r).isNotNull();
            assertThat(r.date()).hasToString(date);
            assertThat(r.end()).isEqualTo(line.strip().length());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Ngày 28/7/2023, Thường trực Ban Bí thư tổ chức hội nghị.",
        "Sáng 12/3/2024, Tỉnh ủy Lạng Sơn tổ chức hội nghị.",
        "Thứ Sáu, 15/3/2019, Thủ tướng làm việc với tỉnh Quảng Ninh.",
        "Hội nghị lần thứ 15 ngày 08/04/2024",
        "31/02/2024",
        "Thứ Hai tuần trước, Ban Thường vụ họp.",
        "Nhiệm kỳ 2020-2025",
        "Hà Nội, ngày 15/01/2016, Thủ tướng làm việc với tỉnh.",
        "Tại Hà Nội, ngày 5 tháng 8 năm 2023, Bộ Chính trị họp.",
        "Ngày 5 tháng 8 năm 2023, Ban Thường vụ Tỉnh ủy họp.",
        "Hà Nội, 15/01/2016 là ngày Thủ tướng làm việc với tỉnh.",
        "Kết quả: Hà Nội, 15/01/2016 là ngày hội nghị khai mạc.",
        "Tác giả: Hoàng Linh | Ảnh: Thu Hà",
        "Ngày mười lăm tháng Giêng",
        "Kinh tế 05/01/2023 tăng trưởng khá.",
        "Ban Chính trị 05/01/2023 16:48",
        "Báo Gia Lai điện tử - Ngày 28/7/2025, Đảng bộ xã Ia Hrung tổ chức đại hội.",
        "(Báo Thanh Hóa) – Sáng 20-3-2024, Tỉnh ủy tổ chức hội nghị."})
    void readsNoDateLineFromASentence(String line) {
        assertThat(LINES.read(line)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            date 2024-06 Ngày 26/6, Thường trực Ban Bí thư làm việc với tỉnh.     | Ngày 26/6, Thường trực
            Cập nhật: 20/10/2022 - 16:40 Sáng 20-10, Tỉnh ủy tổ chức hội nghị.    | Sáng 20-10, Tỉnh ủy
            """)
    void leavesTheStoryAfterADateLineWithACue(String line, String story) {
        DateLine.Reading r = LINES.read(line);
        assertThat(line.substring(r.end())).startsWith(story);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", " 18:30", ", 10:05 (GMT+7)", " - 16:40", " | 16:20", ", 5:05 PM", " 9 giờ 30 phút"})
    void readsWhatFollowsTheDateOfADateLine(String rest) {
        assertThat(LINES.isTail(rest)).isTrue();
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {", Tỉnh ủy tổ chức hội nghị.", " của Tỉnh ủy", " (Chinhphu.vn)", " Thứ Hai"})
    void readsAStoryAfterADateAsNoTail(String rest) {
        assertThat(LINES.isTail(rest)).isFalse();
    }
}
