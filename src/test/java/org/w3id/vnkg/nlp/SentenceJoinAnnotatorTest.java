package org.w3id.vnkg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceJoinAnnotatorTest {
    private static final StanfordCoreNLP NLP = VnPipelineFactory.create();

    @ParameterizedTest(name = "{0} -> {1} sentences")
    @CsvSource(delimiter = '|', textBlock = """
            Bí thư Thành ủy TP. Hồ Chí Minh phát biểu.                      | 1
            GS. TS. Trần Hồng Thái trình bày tham luận.                      | 1
            Hội nghị diễn ra tại TP. Huế. Các đại biểu thảo luận.            | 2
            Tỉnh đạt 13,45%. Thu hút đầu tư đạt 3,3 tỷ USD.                  | 2
            Chủ trì có ông Lưu Quang Trí, phó chủ tịch HĐND TP. Dự khai mạc có ông Đặng Quốc Bảo. | 2
            Ông A, phó chủ tịch UBND TP. Theo ông, thành phố sẽ chống ngập.  | 2
            Đoàn đã làm việc tại TP. Tân An, tỉnh Long An.                   | 1
            """)
    void keepsAbbreviationsWithAPeriodInsideTheSentence(String text, int sentences) {
        CoreDocument doc = new CoreDocument(text);
        NLP.annotate(doc);
        assertThat(doc.sentences()).hasSize(sentences);
        CoreSentence first = doc.sentences().get(0);
        assertThat(text.substring(first.charOffsets().first(), first.charOffsets().second())).isEqualTo(first.text());
    }
}
