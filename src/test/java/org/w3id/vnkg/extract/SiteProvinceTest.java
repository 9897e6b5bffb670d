package org.w3id.vnkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiteProvinceTest {
    private static final SiteProvince SITES = new SiteProvince();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "(Baoquangngai.vn)- Ngày 18/10, Ban Thường vụ Tỉnh ủy họp cho ý kiến vào một số nội dung quan trọng. | Quảng Ngãi",
        "Theo baodaklak.vn, Ban Thường vụ Tỉnh ủy đã họp. | Đắk Lắk",
        "Nguồn: https://www.baothanhhoa.vn/thoi-su | Thanh Hóa",
        "Tinhuyquangtri.vn - Sáng 5/3, Tỉnh ủy họp. | Quảng Trị",
        "(Chinhphu.vn) - Chiều 5/8, Thủ tướng làm việc với Thành ủy. | null",
        // names10 probe, n10: a province's portal is named by the province alone
        "(Sonla.gov.vn) - Tối 28/2, Ban Thường vụ Tỉnh Đoàn tổ chức lễ phát động. | Sơn La",
        "Nguồn: chinhphu.gov.vn | null",
        // names10 probe: a provincial paper's code before its lead (n02, n06, n07, n09)
        "(TTH.VN) - Chiều 23/9, tại xã Phú Mỹ, UBND huyện tổ chức hội nghị. | Thừa Thiên Huế",
        "Theo báo cáo (GLO) của đoàn, tỉnh đạt 5%. | null",
        "(TTXVN) - Ngày 5/8, Thủ tướng làm việc. | null",
        "Baotintuc.vn - Ngày 5/8, Ban Bí thư làm việc. | null",
        "Liên hệ: toasoan@baoquangngai.vn | null"})
    void readsTheProvinceOfTheSourceSite(String text, String province) {
        assertThat(SITES.provinceOf(text)).isEqualTo(province);
    }

    @Test
    void readsThePaperCodeThatOpensTheLead() {
        // names10 probe, n02 and n06: a headline, then the code before the lead
        assertThat(SITES.provinceOf("Chư Păh: Tiếp xúc cử tri\n\n(GLO)- Ngày 20/7, đại biểu HĐND tỉnh tiếp xúc cử tri."))
                .isEqualTo("Gia Lai");
        assertThat(SITES.provinceOf("Huyện ủy Yên Thế tổng kết\n\nBGĐT- Ngày 13/10, Huyện ủy Yên Thế tổ chức hội nghị."))
                .isEqualTo("Bắc Giang");
        // local14 008 and 005: Hànộimới's and Báo Cà Mau's codes, with the lead's first words after a space
        assertThat(SITES.provinceOf("Đồng chí A giữ chức Bí thư Huyện ủy Đông Anh\n\n(HNM) - Sáng 25-4, Huyện ủy Đông Anh "
                + "tổ chức hội nghị.")).isEqualTo("Hà Nội");
        assertThat(SITES.provinceOf("Thành ủy sơ kết 6 tháng\n\n(CMO) Sáng 9/7, Thành ủy tổ chức hội nghị."))
                .isEqualTo("Cà Mau");
    }
}
