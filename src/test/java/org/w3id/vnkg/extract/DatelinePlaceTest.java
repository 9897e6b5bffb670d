package org.w3id.vnkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelinePlaceTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Hà Nội                                  | true
            TP Hồ Chí Minh                          | true
            TP. Hồ Chí Minh                         | true
            Thành phố Hồ Chí Minh                   | true
            (Chinhphu.vn) - TP Hồ Chí Minh          | true
            TTXVN - Cần Thơ                         | true
            (Báo Thanh Hóa) – Thanh Hóa             | true
            Bà Rịa - Vũng Tàu                       | true
            Buôn Ma Thuột                           | true
            Washington                              | true
            Trước đó                                | false
            Theo báo cáo                            | false
            Tỉnh ủy Bắc Giang                       | false
            Nghị quyết số 23-NQ/TU                  | false
            Hội nghị lần thứ 15 Ban Chấp hành Đảng bộ tỉnh | false
            Tại hội nghị                            | false
            """)
    void readsThePlaceOfADateline(String prefix, boolean expected) {
        assertThat(DatelinePlace.isDateline(prefix)).isEqualTo(expected);
    }
}
