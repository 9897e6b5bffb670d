package org.w3id.vnkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.w3id.vnkg.facts.PartialDate;
import org.w3id.vnkg.normalize.Article;

class DocDateResolverTest {
    /** A day written with its part in the lead's first sentence, when no date opens a sentence (dates11 probe). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ban Thường vụ Tỉnh ủy Thanh Hóa vừa tổ chức hội nghị công bố quyết định về công tác cán bộ vào chiều qua.          | 2020-03-04
            Hội đồng nhân dân tỉnh Hà Nam đã bầu ông Trần Minh Khoa giữ chức Chủ tịch UBND tỉnh tại kỳ họp chiều 3/3.        | 2020-03-03
            Ban Thường vụ Tỉnh ủy Thanh Hóa triển khai Nghị quyết số 23-NQ/TU ngày 16/12/2019 của Tỉnh ủy về phát triển. | 2020-03-05
            """)
    void datesTheStoryByAPartOfADayInItsLead(String lead, String date) {
        Article a = new Article("t.txt", "Tiêu đề\n\n" + lead + "\n", "Tiêu đề", PartialDate.parse("2020-03-05"), "0");
        assertThat(new DocDateResolver().resolve(a)).hasToString(date);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Ngày 26/6, Thường trực Ban Bí thư có buổi làm việc.                            | 2024-06    | 2024-06-26
            TTXVN - Ngày 29/12, Tỉnh ủy tổ chức hội nghị tổng kết năm 2023, nhiệm vụ năm 2024. | -       | 2023-12-29
            Ngày 6/1, Tỉnh ủy tổ chức hội nghị tổng kết năm 2023, mục tiêu năm 2024.        | -          | 2024-01-06
            Ngày 6/1, Tỉnh ủy Hưng Yên tổ chức hội nghị tổng kết công tác năm 2023.          | -          | 2024-01-06
            Ngày 28/12, Tỉnh ủy Hưng Yên tổ chức hội nghị tổng kết công tác năm 2023.        | -          | 2023-12-28
            Ngày 28/7/2023, Thường trực Ban Bí thư tổ chức hội nghị.                        | 2023-07-28 | 2023-07-28
            (Chinhphu.vn) - Chiều 5/3, Thủ tướng làm việc với tỉnh.                          | 2024-03-05 | 2024-03-05
            Tỉnh thực hiện Nghị quyết số 23-NQ/TU ngày 16/12/2021 của Tỉnh ủy.               | 2024-04-08 | 2024-04-08
            Tỉnh thực hiện tốt các nhiệm vụ.                                                 | -          | -
            Chiều hôm qua, Thành ủy Đà Nẵng tổ chức hội nghị sơ kết.                         | 2025-07-12 | 2025-07-11
            Chiều thứ Hai (15/1), Bộ trưởng làm việc với tỉnh Vĩnh Phúc.                     | 2018-01-16 | 2018-01-15
            Sáng thứ Năm (13/7), Tỉnh ủy Cà Mau tổ chức hội nghị sơ kết.                     | 2017-07-13 | 2017-07-13
            Thứ Sáu, ngày 15/3, Thủ tướng làm việc với tỉnh.                                 | 2019-03-15 | 2019-03-15
            Tỉnh xếp thứ 5/63 tỉnh, thành phố về chỉ số PCI.                                 | 2024-04-08 | 2024-04-08
            Sáng nay, Ban Thường vụ Thành ủy Hải Phòng tổ chức hội nghị.                     | 2026-04-10 | 2026-04-10
            Ngày đăng: 19/08/2020\\nNgày 18-8, Bộ trưởng làm việc với tỉnh Đắk Lắk.          | 2020-08-19 | 2020-08-18
            Cập nhật: 20/10/2022 - 16:40\\nSáng 20-10, Tỉnh ủy tổ chức hội nghị.               | 2022-10-20 | 2022-10-20
            (BDO) Chiều 3/8/2021, UBND tỉnh Bình Dương tổ chức hội nghị.                    | -          | 2021-08-03
            baophutho.vn Chiều 16/5, Đoàn ĐBQH tỉnh tiếp xúc cử tri.                        | 2026-05-17 | 2026-05-16
            (Báo Thanh Hóa) – Sáng 20-3-2024, Tỉnh ủy tổ chức hội nghị.                      | -          | 2024-03-20
            Ngày 5 tháng 8 năm 2023, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.                 | -          | 2023-08-05
            Sáng 20.3.2024, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.                          | -          | 2024-03-20
            Sáng mùng 2/9, Ban Thường vụ Tỉnh ủy tổ chức lễ kỷ niệm.                         | 2024-09-03 | 2024-09-02
            Trong 2 ngày (11 - 12/7), Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 15. | 2024-07-13 | 2024-07-11
            Ngày 5 và 6/12/2023, Hội đồng nhân dân tỉnh khai mạc kỳ họp.                     | -          | 2023-12-05
            Hà Nội, ngày 15/01/2016, Thủ tướng Chính phủ Nguyễn Tấn Dũng chủ trì phiên họp.  | 2016-01-18 | 2016-01-15
            Hà Nội, ngày 15/01/2016, Thủ tướng Chính phủ Nguyễn Tấn Dũng chủ trì phiên họp.  | -          | 2016-01-15
            (Chinhphu.vn) - TP Hồ Chí Minh, sáng 5/8/2023 – Thành ủy tổ chức hội nghị.        | 2023-08-07 | 2023-08-05
            TTXVN - Thành phố Hồ Chí Minh, ngày 5 tháng 8 năm 2023, Thành ủy họp.            | -          | 2023-08-05
            Đắk Lắk, chiều 18-8 - Bộ trưởng Bộ Y tế làm việc với tỉnh.                       | 2020-08-19 | 2020-08-18
            Bà Rịa - Vũng Tàu, ngày 3/4, Tỉnh ủy tổ chức hội nghị.                           | 2021-04-05 | 2021-04-03
            Trước đó, ngày 5/6, Ban Thường vụ Tỉnh ủy đã họp.                                | 2024-06-20 | 2024-06-20
            Tỉnh ủy Bắc Giang, ngày 6/1/2024, ban hành kế hoạch.                             | 2024-02-01 | 2024-02-01
            Hà Nội, ngày 15/01/2016 là ngày Thủ tướng chủ trì phiên họp.                     | 2016-01-18 | 2016-01-18
            Hà Nội, 15/1 (TTXVN) - Thủ tướng Chính phủ chủ trì phiên họp.                    | 2016-01-18 | 2016-01-15
            Đà Nẵng, ngày 5/8 (TTXVN) - Thành ủy Đà Nẵng tổ chức hội nghị.                  | 2023-08-07 | 2023-08-05
            Thủ tướng làm việc với tỉnh\\nCần Thơ, 3/4/2021 – Thủ tướng làm việc với tỉnh.     | -          | 2021-04-03
            Toàn tỉnh có 154/182 xã đạt chuẩn - tăng 12 xã.                                  | 2024-06-20 | 2024-06-20
            Tỉnh ủy Bắc Giang, 6/1 - ban hành kế hoạch.                                      | 2024-02-01 | 2024-02-01
            Chiều 12/3, Tỉnh ủy công bố quyết định. Ông Nguyễn Văn A sinh năm 1978, vào Đảng năm 2001. | - | -
            Chiều 12/3, Tỉnh ủy công bố quyết định năm 2024. Bà Lê Thị B (sinh năm 1979) từng là Phó Bí thư. | - | 2024-03-12
            """)
    void takesTheFirstDayThatOpensASentenceElseTheDateLine(String text, String published, String expected) {
        text = text.replace("\\n", "\n");
        Article a = new Article("t.txt", text, null, published == null ? null : PartialDate.parse(published), "0");
        PartialDate d = new DocDateResolver().resolve(a);
        assertThat(d == null ? null : d.toString()).isEqualTo(expected);
    }
}
