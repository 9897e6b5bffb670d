package org.w3id.vnkg.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    @ParameterizedTest(name = "key({0}) = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Tỉnh uỷ Bắc Giang          | tỉnh ủy bắc giang
            Tỉnh ủy  Bắc Giang         | tỉnh ủy bắc giang
            Hoà Bình                   | hòa bình
            Khánh Hoà                  | khánh hòa
            Hoàng Duy Chinh            | hoàng duy chinh
            Thuý                       | thúy
            quý I                      | quý i
            LÊ THỊ THU HỒNG            | lê thị thu hồng
            """)
    void keyLowercasesAndUnifiesToneMarkPlacement(String text, String key) {
        assertThat(TextNormalizer.key(text)).isEqualTo(key);
    }

    @ParameterizedTest(name = "newStyleTones({0}) = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Tỉnh uỷ, Thành uỷ.           | Tỉnh ủy, Thành ủy.
            HOÀ BÌNH, Hoà Bình, hoà      | HOÀ BÌNH, Hòa Bình, hòa
            Hoàng Thuý Quý quỳ           | Hoàng Thúy Quý quỳ
            Xoè hoè Hoè                   | Xòe hòe Hòe
            UỶ ban Uỷ ban                | UỶ ban Ủy ban
            khoẻ mạnh, loà xoà           | khỏe mạnh, lòa xòa
            """)
    void newStyleTonesMovesTheMarkOfOpenOaOeUy(String text, String expected) {
        assertThat(TextNormalizer.newStyleTones(text)).isEqualTo(expected);
        assertThat(TextNormalizer.newStyleTonesByRegex(text)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void newStyleTonesScanAgreesWithItsRegexOnRandomText() {
        // Letters around the pairs: q before, a letter, a digit, a space or an astral letter after.
        String alphabet = "oOuUqQaàáảãạèéẻẽẹỳýỷỹỵy1 .\uD835\uDC00";
        java.util.Random random = new java.util.Random(8);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(8); i >= 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertThat(TextNormalizer.newStyleTones(s)).as(s).isEqualTo(TextNormalizer.newStyleTonesByRegex(s));
        }
    }

    @org.junit.jupiter.api.Test
    void keyInOnePassAgreesWithTonesThenSpacesOnRandomText() {
        // As above, with upper case, runs of spaces, tabs and line ends, and a no-break space to clean.
        String alphabet = "oOuUqQaàáảãạÀÁèéẻẽẹỳýỷỹỵyỶ1 .  \t\n\u00A0Đ\uD835\uDC00";
        java.util.Random random = new java.util.Random(26);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(10); i >= 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertThat(TextNormalizer.key(s)).as(s).isEqualTo(TextNormalizer.keyInTwoPasses(s));
        }
    }

    @ParameterizedTest(name = "fold({0}) = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Lương Cường      | luong cuong
            Bắc Giang        | bac giang
            Đồng chí Đinh    | dong chi dinh
            Thừa Thiên Huế   | thua thien hue
            """)
    void foldDropsDiacriticsAndDStroke(String text, String folded) {
        assertThat(TextNormalizer.fold(text)).isEqualTo(folded);
    }

    @ParameterizedTest(name = "clean keeps composed text: {0}")
    @CsvSource({"Tỉnh ủy", "Nguyễn Văn Gấu"})
    void cleanComposesDecomposedText(String composed) {
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(TextNormalizer.clean(decomposed)).isEqualTo(composed);
    }

    @org.junit.jupiter.api.Test
    void cleanTurnsNoBreakSpacesIntoSpacesAndDropsZeroWidthCharacters() {
        assertThat(TextNormalizer.clean("Bắc\u00A0Giang\u200B\r\nTỉnh")).isEqualTo("Bắc Giang\nTỉnh");
    }
}
