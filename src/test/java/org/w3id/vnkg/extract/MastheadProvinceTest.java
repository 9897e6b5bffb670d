package org.w3id.vnkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pages in the manner of provincial portals and papers (posts6 probe: a district portal of Lai Châu, 2018). */
class MastheadProvinceTest {
    private static final MastheadProvince MASTHEADS = new MastheadProvince(new ProvinceFinder());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG TÈ - TỈNH LAI CHÂU\\nNgày 4/1, Ban Chấp hành Đảng bộ huyện họp.   | Lai Châu
            Cổng thông tin điện tử tỉnh Quảng Trị\\nSáng 5/3, Ban Thường vụ Tỉnh ủy họp.                      | Quảng Trị
            Báo Hà Giang - Ngày 28/6, Ủy ban MTTQ Việt Nam tỉnh tổ chức đại hội.                            | Hà Giang
            Trang chủ » Tin tức\\nNgày 4/1, Ban Chấp hành Đảng bộ huyện họp.\\nbáo cáo của UBND tỉnh Lai Châu tại Hà Nội.           | -
            """)
    void readsTheProvinceOfTheMastheadLine(String page, String province) {
        assertThat(MASTHEADS.provinceOf(page.replace("\\n", "\n"))).isEqualTo(province);
    }
}
