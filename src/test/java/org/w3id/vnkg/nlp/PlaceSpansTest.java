package org.w3id.vnkg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class PlaceSpansTest {
    /** The reading the hand-written test replaces: a capital, lower-case letters and marks, one apostrophe. */
    private static final Pattern SYLLABLE = Pattern.compile("\\p{Lu}[\\p{Ll}\\p{M}]*(?:['’]\\p{Lu}?[\\p{Ll}\\p{M}]*)?");

    @Test
    void capitalisedSyllablesAreReadAsTheRegexReadsThem() {
        List<String> words = List.of("Đắk", "H'Mông", "Ê’Đê", "K'ho", "Hòa", "Hoà", "Nguyễn", "UBND", "tỉnh", "Ủy",
                "A", "", "'", "H'", "H''M", "Bắc-Ninh", "2024", "Thanh1", "TP.", "Ơ", "Ba'", "Đ’", "a'B");
        for (String w : words) {
            assertThat(PlaceSpans.isCapitalised(w)).as(w).isEqualTo(SYLLABLE.matcher(w).matches());
        }
        assertThat(PlaceSpans.isCapitalised("Đắk")).isTrue();
        assertThat(PlaceSpans.isCapitalised("UBND")).isFalse();
    }

    @Test
    void aCapitalWithACombiningMarkIsOneSyllable() {
        String decomposed = "Ho\u0300a"; // "Hòa" with the tone as a combining mark
        assertThat(PlaceSpans.isCapitalised(decomposed)).isTrue();
        assertThat(PlaceSpans.isCapitalised(decomposed)).isEqualTo(SYLLABLE.matcher(decomposed).matches());
    }
}
