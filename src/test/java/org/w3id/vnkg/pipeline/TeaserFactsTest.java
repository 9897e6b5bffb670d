package org.w3id.vnkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.w3id.vnkg.facts.DocumentFacts;
import org.w3id.vnkg.facts.Figure;
import org.w3id.vnkg.facts.Meeting;
import org.w3id.vnkg.ingest.RawArticle;

/** Teasers of other stories and bylines give no meetings and no figures. */
class TeaserFactsTest {
    private static final ArticlePipeline PIPELINE = new ArticlePipeline();

    @Test
    void takesNoMeetingOrFigureFromTheTeaserBlock() {
        // Shape of 000_8572752e0b333003.txt: the story, then "Có thể bạn quan tâm" and teasers with dated events.
        String text = """
                Tỉnh ủy Hưng Yên tổng kết công tác năm 2023

                Ngày 6/1, Tỉnh ủy Hưng Yên tổ chức hội nghị tổng kết công tác lãnh đạo năm 2023.

                Năm 2023, tốc độ tăng trưởng GRDP của tỉnh đạt 9,5%.

                Có thể bạn quan tâm

                Lào Cai tự hào tiến bước dưới cờ Đảng

                Tối 25/1, tại Quảng trường 19/8, tỉnh Lào Cai tổ chức hội nghị với 500 đại biểu, thu hút 2.000 lượt khách.

                Hương Dịu
                """;
        DocumentFacts facts = PIPELINE.extract(new RawArticle("teaser.txt", text, "txt"));
        assertThat(facts.meetings()).extracting(Meeting::kind).containsExactly("hội nghị tổng kết");
        assertThat(facts.meetings().get(0).date()).hasToString("2024-01-06");
        assertThat(facts.figures()).extracting(f -> f.value().doubleValue()).containsExactly(9.5);
        assertThat(facts.figures()).extracting(Figure::area).containsOnly("Hưng Yên");
    }
}
