package org.w3id.vnkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DistrictFinderTest {
    private static final DistrictFinder DISTRICTS = new DistrictFinder();

    /** A district of another country, named with its province or country, is never the story's (names10 n08). */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Lộc Ninh: Giao lưu với huyện Mimot, tỉnh Kampong Cham (Campuchia). Ngày 25/1, Huyện ủy, UBND huyện Lộc Ninh gặp mặt đoàn cán bộ huyện Mimot, tỉnh Kampong Cham, Vương quốc Campuchia. Đoàn do Huyện trưởng huyện Mimot dẫn đầu. | Lộc Ninh
            Huyện Mường Nhé tiếp đoàn huyện Mường Mày (Lào). Chiều 16/3, huyện Mường Nhé đón đoàn cán bộ huyện Mường Mày (Lào). | Mường Nhé
            Huyện ủy Lộc Ninh, tỉnh Bình Phước tổ chức hội nghị. Huyện ủy Lộc Ninh chỉ đạo. | Lộc Ninh
            Đoàn cán bộ huyện Mimot, tỉnh Kampong Cham thăm hỏi bà con Việt kiều. | -
            """)
    void skipsTheDistrictsOfAnotherCountry(String text, String district) {
        DistrictFinder.District d = DISTRICTS.mainDistrict(text);
        assertThat(d == null ? null : d.name()).isEqualTo(district);
    }

    /** local14: a province's city is the story's unit of a district's level, a city run by the centre never. */
    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Thành ủy Vinh tổng kết công tác năm 2016. Chiều 28/12, Ban Chấp hành Đảng bộ thành phố Vinh tổ chức hội nghị. | Nghệ An | Vinh
            Thành ủy Cà Mau sơ kết 6 tháng. Sáng 9/7, Thành ủy Cà Mau tổ chức hội nghị sơ kết. | Cà Mau | Cà Mau
            Thành ủy Hà Nội sơ kết 6 tháng. Ông A, Bí thư Thành ủy Sơn Tây dự. | Hà Nội | -
            Sáng 5/8, Thành ủy TP.HCM tổ chức hội nghị. | - | -
            Huyện ủy Yên Thành tổng kết. Dự có đại diện Thành ủy Vinh. | Nghệ An | Yên Thành
            """)
    void findsTheProvincesCityAStoryIsAbout(String text, String province, String unit) {
        DistrictFinder.District d = DistrictFinder.districtOrCity(DISTRICTS, DistrictFinder.provincialCities(), text,
                province);
        assertThat(d == null ? null : d.name()).isEqualTo(unit);
    }

    /** ward18 000 (Báo Tuyên Quang 2025): a ward of 2025 numbered after its name, not a count after a commune's name. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Đại hội Đảng bộ phường Hà Giang 1 lần thứ I. Ngày 25/7, Đảng bộ phường Hà Giang 1 tổ chức Đại hội. | Hà Giang 1
            Phường Bảo Lộc 2 ra mắt. Phường Bảo Lộc 2, tỉnh Lâm Đồng có 32.000 dân. | Bảo Lộc 2
            Đảng bộ xã Tân Tiến tổng kết. Đảng bộ xã Tân Tiến 5 năm qua kết nạp 120 đảng viên. | Tân Tiến
            Xã Tân Tiến có 3 thôn. Xã Tân Tiến 3 thôn đạt chuẩn. | Tân Tiến
            TRANG CHỦ  THỜI SỰ  VĂN HÓA - XÃ HỘI  QUỐC PHÒNG. Đoàn công tác làm việc tại huyện Mộc Châu. | -
            Kinh Tế - Xã Hội. Đảng ủy xã Tân Tiến họp. | Tân Tiến
            Xã Giao Thủy: Kinh tế quý I tăng trưởng khá. Ngày 2/4, Đảng ủy xã Giao Thủy tổ chức hội nghị. | Giao Thủy
            Xã Viên An tổ chức đại hội. Đảng bộ xã Viên An có 12 chi bộ. | Viên An
            """)
    void namesAWardNumberedAfterItsName(String text, String commune) {
        DistrictFinder.District d = DistrictFinder.communes().mainDistrict(text);
        assertThat(d == null ? null : d.name()).isEqualTo(commune);
    }
}
