package org.w3id.vnkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.w3id.vnkg.lexicon.Tsv;

class WordStartsTest {

    /** Whether the cue stands in the text as a whole word at its start (no letter right before it). */
    private static boolean startsAWord(String text, String cue) {
        for (int idx = text.indexOf(cue); idx >= 0; idx = text.indexOf(cue, idx + 1)) {
            if (idx == 0 || !Character.isLetter(text.charAt(idx - 1))) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', value = {
        "tỉnh phấn đấu tăng trưởng 8%|phấn đấu|true",
        "kế hoạch năm 2024|kế hoạch|true",
        "tăng trưởng ước đạt 8%|kế hoạch|false",       // no word opens with "kế"
        "những kế sách|kế hoạch|true",                 // "kế" opens a word: the cue must then be searched
        "bộ kếhoạch|ếh|false",                          // "ếh" is inside a word only
        "đồng chí a chủ trì|chủ trì|true"})
    void aTextHoldsACueOnlyWhereAWordOpensWithItsFirstTwoCharacters(String text, String cue, boolean may) {
        assertThat(WordStarts.of(text).mayHold(WordStarts.openingOf(cue))).isEqualTo(may);
    }

    @Test
    void aCueShorterThanTwoCharactersOrOpeningWithNoLetterIsAlwaysSearched() {
        assertThat(WordStarts.openingOf("à")).isEqualTo(-1);
        assertThat(WordStarts.openingOf("(dự kiến)")).isEqualTo(-1);
        assertThat(WordStarts.of("không có gì").mayHold(-1)).isTrue();
    }

    @Test
    void noStatusOrRoleCueOfTheLexiconIsPassedOverInTheSampleArticles() throws IOException {
        List<String> cues = new java.util.ArrayList<>(Tsv.load("status-cues.tsv").column("cue"));
        cues.addAll(Tsv.load("meeting-roles.tsv").column("cue"));
        int found = 0;
        int passedOver = 0;
        for (String article : WordStartMatcherTest.sampleTexts()) {
            for (String line : article.toLowerCase(Locale.ROOT).split("\n")) {
                WordStarts starts = WordStarts.of(line);
                for (String cue : cues) {
                    boolean present = startsAWord(line, cue);
                    boolean may = starts.mayHold(WordStarts.openingOf(cue));
                    assertThat(!present || may).as(cue + " in " + line).isTrue();
                    found += present ? 1 : 0;
                    passedOver += may ? 0 : 1;
                }
            }
        }
        assertThat(found).isGreaterThan(20);
        assertThat(passedOver).isGreaterThan(found); // the filter does pass most cues over
    }
}
