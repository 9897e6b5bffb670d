package org.w3id.vnkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.w3id.vnkg.facts.PartialDate;

class TimeWordsTest {
    private static final TimeWords WORDS = TimeWords.standard();

    @Test
    void countsOnlyPastDaysFromPublication() {
        assertThat(WORDS.past()).containsExactlyInAnyOrder("nay", "qua");
        assertThat(WORDS.daysBack("Qua")).isEqualTo(1);
        assertThat(WORDS.daysBack("nay")).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sáng nay, Ban Thường vụ Thành ủy Hải Phòng tổ chức hội nghị.      | 2026-04-10
            Tối qua, Tỉnh ủy Bắc Giang tổ chức hội nghị.                      | 2026-04-09
            Trưa hôm qua, đoàn công tác làm việc với tỉnh.                    | 2026-04-09
            Đêm 9/4, lực lượng chức năng ra quân.                             | 2026-04-09
            Hôm 8/4, Tỉnh ủy tổ chức hội nghị.                                | 2026-04-08
            Sáng ngày 7/4, Tỉnh ủy tổ chức hội nghị.                          | 2026-04-07
            Thứ  Sáu (3/4), Tỉnh ủy tổ chức hội nghị.                         | 2026-04-03
            """)
    void placesTheDayThatItsWordsName(String sentence, String day) {
        TimeAnchor anchor = new TimeAnchor(PartialDate.parse("2026-04-10"), List.of());
        DateExpressions.Found f = new DateExpressions(anchor).find(sentence).get(0);
        assertThat(f.kind()).isEqualTo(DateExpressions.Kind.DAY);
        assertThat(f.period()).isEqualTo(day);
    }
}
