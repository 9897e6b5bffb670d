package org.w3id.vnkg.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseNumbersTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            13,45     | 13.45
            541.169   | 541169
            1.418.000 | 1418000
            03        | 3
            99        | 99
            3.5       | 3.5
            40.516    | 40516
            """)
    void readsDecimalCommaAndThousandsDot(String text, String expected) {
        assertThat(VietnameseNumbers.parse(text)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            I    | 1
            IV   | 4
            XII  | 12
            XIII | 13
            XIV  | 14
            15   | 15
            Nhất | -1
            """)
    void readsRomanNumeralsOfTermsAndQuarters(String text, int expected) {
        assertThat(VietnameseNumbers.roman(text)).isEqualTo(expected);
    }

    @Test
    void rejectsWhatIsNotANumber() {
        assertThatThrownBy(() -> VietnameseNumbers.parse("abc")).hasMessageContaining("not a number");
    }
}
