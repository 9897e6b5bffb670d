package org.w3id.vnkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.irix.IRIs;
import org.junit.jupiter.api.Test;

class IriMinterTest {

    @Test
    void sameNameWrittenTwoWaysGivesOneIri() {
        assertThat(IriMinter.organization("Tỉnh uỷ Bắc Giang")).isEqualTo(IriMinter.organization("Tỉnh ủy  Bắc Giang"));
        assertThat(IriMinter.person("LÊ THỊ THU HỒNG")).isEqualTo(IriMinter.person("Lê Thị Thu Hồng"));
    }

    @Test
    void namesThatDifferOnlyInDiacriticsStayApart() {
        assertThat(IriMinter.person("Nguyễn Văn Hải")).isNotEqualTo(IriMinter.person("Nguyễn Văn Hài"));
    }

    @Test
    void reservedCharactersArePercentEncodedSoIrisStayValid() {
        String iri = IriMinter.person("Lê <b>\"Hồng\"</b> #1 {x}");
        assertThat(IRIs.check(iri)).isTrue();
        assertThat(iri).doesNotContain("<", ">", "\"", "#", "{", " ");
    }

    @Test
    void articleGraphKeepsTheFileName() {
        assertThat(IriMinter.articleGraph("001_33591164b049cd22.txt"))
                .isEqualTo("https://w3id.org/vnkg/graph/article/001_33591164b049cd22.txt");
    }

    @Test
    void factIrisAreStableAcrossRuns() {
        assertThat(IriMinter.holding("a.txt", "Lê Ánh Dương", "Chủ tịch", "Ủy ban nhân dân tỉnh Bắc Giang"))
                .isEqualTo(IriMinter.holding("a.txt", "Lê Ánh Dương", "Chủ tịch", "Ủy ban nhân dân tỉnh Bắc Giang"))
                .isNotEqualTo(IriMinter.holding("b.txt", "Lê Ánh Dương", "Chủ tịch", "Ủy ban nhân dân tỉnh Bắc Giang"));
    }
}
