package org.w3id.vnkg.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarWordsTest {
    private static final CalendarWords WORDS = CalendarWords.standard();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            một           | 1
            năm           | 5
            Tư            | 4
            mười          | 10
            mười lăm      | 15
            Mười Hai      | 12
            mười bốn      | 14
            hai mươi      | 20
            hai mươi mốt  | 21
            hai mươi tư   | 24
            ba mươi mốt   | 31
            mười năm      | -
            lăm           | -
            mốt           | -
            ban           | -
            """)
    void readsNumbersInWords(String words, Integer value) {
        assertThat(WORDS.numberValue(words)).isEqualTo(value);
        if (value != null) {
            assertThat(Pattern.compile("(?iu)" + WORDS.number()).matcher(words).matches()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Giêng     | 1
            Chạp      | 12
            Ba        | 3
            Mười Hai  | 12
            12        | 12
            03        | 3
            13        | -
            Mười Lăm  | -
            """)
    void readsMonthsInDigitsNumbersAndNames(String month, Integer value) {
        assertThat(WORDS.month(month)).isEqualTo(value);
    }
}
