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
}
