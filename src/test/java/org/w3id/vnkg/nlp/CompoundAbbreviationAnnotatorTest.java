package org.w3id.vnkg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompoundAbbreviationAnnotatorTest {
    private static final StanfordCoreNLP NLP = VnPipelineFactory.create();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Đ/c Nguyễn Văn Hùng, UVTW Đảng, Bí thư Tỉnh ủy phát biểu.     | UVTW  | UV TW
            Ông Hà Sỹ Đồng - UVBTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh.        | UVBTV | UV BTV
            Đồng chí Lê Minh Hưng, UVBCT, Trưởng Ban Tổ chức Trung ương.   | UVBCT | UV BCT
            Ông Đặng Minh Hưng, Chủ tịch UBND TX.Thuận An báo cáo.          | TX.Thuận | TX . Thuận
            Ông Lê Văn Bình, Chủ tịch UBND TP.Thủ Dầu Một dự.                | TP.Thủ | TP . Thủ
            Bà Trần Thị Lan, Phó Chủ tịch UBND Q.Bình Thạnh phát biểu.       | Q.Bình | Q. Bình
            """)
    void splitsATitleAndItsBodyWrittenAsOneWord(String text, String word, String parts) {
        CoreDocument doc = new CoreDocument(text);
        NLP.annotate(doc);
        List<CoreLabel> tokens = doc.tokens();
        assertThat(tokens).extracting(CoreLabel::word).doesNotContain(word).containsSubsequence(parts.split(" "));
        int at = text.indexOf(word);
        CoreLabel first = tokens.stream().filter(t -> t.beginPosition() == at).findFirst().orElseThrow();
        assertThat(text.substring(first.beginPosition(), first.endPosition())).isEqualTo(first.word());
        CoreLabel second = tokens.get(tokens.indexOf(first) + 1);
        assertThat(second.beginPosition()).isEqualTo(first.endPosition());
        assertThat(text.substring(second.beginPosition(), second.endPosition())).isEqualTo(second.word());
        assertThat(doc.sentences()).hasSize(1);
        assertThat(doc.sentences().get(0).tokens()).extracting(CoreLabel::index)
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, tokens.size()).boxed().toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Tia UV rất có hại.
            UBND tỉnh họp phiên thường kỳ.
            """)
    void leavesOtherWordsAlone(String text) {
        CoreDocument doc = new CoreDocument(text);
        NLP.annotate(doc);
        assertThat(String.join(" ", doc.tokens().stream().map(CoreLabel::word).toList()))
                .isEqualTo(text.replace(".", " ."));
    }
}
