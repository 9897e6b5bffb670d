package org.w3id.vnkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.w3id.vnkg.nlp.VnLexicon;
import org.w3id.vnkg.nlp.VnPipelineFactory;

/** The uses of the short names a story defines in brackets, as "use = body", joined by " ; ". */
class DefinedShortNamesTest {
    private static final StanfordCoreNLP NLP = VnPipelineFactory.create();
    private static final DefinedShortNames SHORT_NAMES = new DefinedShortNames(VnLexicon.standard());

    private static List<String> uses(String text) {
        CoreDocument doc = new CoreDocument(text);
        NLP.annotate(doc);
        SHORT_NAMES.mark(doc);
        List<String> out = new ArrayList<>();
        for (CoreSentence s : doc.sentences()) {
            List<CoreLabel> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                DefinedShortNames.ShortName n = tokens.get(i).get(DefinedShortNames.ShortNameAnnotation.class);
                if (n != null) {
                    out.add(TitleParser.surface(tokens, i, i + n.length()) + " = " + n.body());
                }
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Tập đoàn Điện lực Việt Nam (EVN) họp. Tổng Giám đốc EVN dự. => EVN = Tập đoàn Điện lực Việt Nam ; EVN = Tập đoàn Điện lực Việt Nam
            Ngân hàng Nhà nước Việt Nam (NHNN) họp. Thống đốc NHNN dự. => NHNN = Ngân hàng Nhà nước Việt Nam ; NHNN = Ngân hàng Nhà nước Việt Nam
            Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An (CDC Nghệ An) họp. Giám đốc CDC Nghệ An dự. => CDC Nghệ An = Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An ; CDC Nghệ An = Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An
            Đảng bộ Tập đoàn Dầu khí Việt Nam (PVN) họp. Bí thư Đảng ủy Tập đoàn phát biểu. => PVN = Tập đoàn Dầu khí Việt Nam ; Tập đoàn = Tập đoàn Dầu khí Việt Nam
            Tập đoàn Dầu khí Việt Nam (PVN) và Tập đoàn Điện lực Việt Nam (EVN) ký kết. Lãnh đạo Tập đoàn phát biểu. => PVN = Tập đoàn Dầu khí Việt Nam ; EVN = Tập đoàn Điện lực Việt Nam
            Tập đoàn Samsung (Hàn Quốc) đầu tư tại Bắc Ninh (Việt Nam). => -
            Hội nghị diễn ra tại TP Hạ Long (Quảng Ninh) ngày 19/8 (thứ Tư). => -
            """)
    void marksTheUsesOfEachShortName(String text, String expected) {
        assertThat(uses(text)).containsExactlyElementsOf(expected.equals("-") ? List.of() : List.of(expected.split(" ; ")));
    }
}
