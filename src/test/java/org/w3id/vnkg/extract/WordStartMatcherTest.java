package org.w3id.vnkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordStartMatcherTest {
    private static final Pattern MET = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?<!kỳ\\s)(?:đã\\s+)?(?:nhóm\\s+)?họp(?![\\p{L}])");
    private static final WordStartMatcher MET_AT = new WordStartMatcher(MET, false, "đã", "nhóm", "họp");

    /** Asserts that the scan finds the same matches as find(); returns how many. */
    static int assertSameMatches(Pattern pattern, WordStartMatcher at, String text) {
        List<String> expected = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            expected.add(m.start() + ":" + m.group());
        }
        List<String> actual = new ArrayList<>();
        WordStartMatcher.Scan s = at.scan(text);
        while (s.find()) {
            actual.add(s.matcher().start() + ":" + s.matcher().group());
        }
        assertThat(actual).as(pattern.pattern() + " in " + text).isEqualTo(expected);
        Matcher first = at.first(text);
        assertThat(first == null ? null : first.start() + ":" + first.group())
                .isEqualTo(expected.isEmpty() ? null : expected.get(0));
        assertThat(at.in(text)).isEqualTo(!expected.isEmpty());
        return expected.size();
    }

    /** The texts of corpus/sample, real articles with dates, meetings and figures. */
    static List<String> sampleTexts() throws IOException {
        List<String> out = new ArrayList<>();
        try (var files = Files.list(Path.of("corpus/sample"))) {
            for (Path f : files.sorted().toList()) {
                out.add(Files.readString(f));
            }
        }
        assertThat(out).isNotEmpty();
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Chiều 5/3, Ban Thường vụ Tỉnh ủy họp cho ý kiến; HĐND đã họp; Đã  nhóm họp; ĐÃ HỌP.",
        "Kỳ họp thứ 7, cuộc họp, phiên họp, buổi họp; kỳ họp; họpp; ahọp; thọp",
        "họp"})
    void findsWhatFindFindsWithLookBehindsAndCase(String text) {
        assertSameMatches(MET, MET_AT, text);
    }

    @Test
    void foldIsIdempotentSoComparingFoldsAcceptsWhatTheRegexAccepts() {
        // A (?iu) regex accepts c for a pattern letter p when c == fold(p) or fold(c) == fold(p); the scan
        // compares folds only, which is the same provided fold(fold(p)) == fold(p).
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char f = WordStartMatcher.fold((char) c);
            assertThat(WordStartMatcher.fold(f)).as("U+%04X", c).isEqualTo(f);
        }
    }

    @Test
    void startsAtDigitsOnlyWhenAsked() {
        Pattern number = Pattern.compile("(?<!\\d)\\d+|(?iu)(?<![\\p{L}])số\\s+\\d+");
        assertSameMatches(number, new WordStartMatcher(number, true, "số"), "Số 12, số 3 và 45 xã; tổng số 7");
        WordStartMatcher wordsOnly = new WordStartMatcher(number, false, "số");
        assertThat(wordsOnly.first("có 45 xã")).isNull();
        assertThat(wordsOnly.first("có số 45").group()).isEqualTo("số 45");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Huyện ủy Mộc Châu, tỉnh Sơn La; HUYỆN Lục Nam Vi Văn Tùng; Thị uỷ Sa Pa; thị xã Sa Pa; quận Ba Đình",
        "Ahuyện Mộc Châu; huyện  Mộc Châu; huyện mộc châu; Quận ủy Ba Đình Hà Nội Mới Thêm; Quận 1, Q.1, quận 12",
        "xã Tân Lập, Đảng ủy xã Tân Lập, thị xã Sa Pa, phường Ba Đình, thị trấn Mộc Châu, Thị Trấn Yên Thế"})
    void districtMentionsAreFoundAsFindFindsThem(String text) {
        for (WordStartMatcher at : List.of(new DistrictFinder().mention(), DistrictFinder.communes().mention())) {
            assertSameMatches(at.pattern(), at, text);
        }
    }

    @Test
    void districtMentionsInTheSampleArticlesAreFoundAsFindFindsThem() throws IOException {
        for (WordStartMatcher at : List.of(new DistrictFinder().mention(), DistrictFinder.communes().mention())) {
            for (String text : sampleTexts()) {
                assertSameMatches(at.pattern(), at, text); // the samples are provincial: few or no districts
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Sáng 8/4, Ban Chấp hành Đảng bộ tỉnh khóa XII tổ chức Hội nghị lần thứ 15; HỘI NGHỊ GIAO BAN trực tuyến",
        "Đồng chí Lương Cường có buổi làm việc với Ban Thường vụ; đã làm việc tại tỉnh Hà Giang; Buổi  làm việc",
        "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ; kỳ họp thứ 7; đã nhóm họp; tại hội nghị, tại Đại hội đại biểu",
        "Tọa đàm khoa học, hội thảo, ahội nghị, đại hộii, tạihội nghị, cuộc   họp",
        "Tỉnh ủy long trọng tổ chức Đại hội đại biểu; Đã trọng thể tổ chức Lễ; Hội nghị lần thứ 15 đã chính thức khai mạc",
        "Đồng chí X đồng chủ trì buổi làm việc; Chủ trì hội nghị; đã tổ  chức hội nghị; Kỳ họp thứ 7 HĐND tỉnh diễn ra"})
    void meetingPatternsAreFoundAsFindFindsThem(String text) {
        for (WordStartMatcher at : new MeetingExtractor().wordStartMatchers()) {
            assertSameMatches(at.pattern(), at, text);
            assertSameMatches(at.pattern(), at, text.toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Test
    void meetingPatternsInTheSampleArticlesAreFoundAsFindFindsThem() throws IOException {
        int matches = 0;
        for (String text : sampleTexts()) {
            for (WordStartMatcher at : new MeetingExtractor().wordStartMatchers()) {
                matches += assertSameMatches(at.pattern(), at, text);
                matches += assertSameMatches(at.pattern(), at, text.toLowerCase(java.util.Locale.ROOT));
            }
        }
        assertThat(matches).isGreaterThan(10);
    }

    @Test
    void reviewCuesAreFoundAsFindFindsThem() throws IOException {
        WordStartMatcher at = FigureWords.standard().reviewCue;
        int matches = assertSameMatches(at.pattern(), at, "Hội nghị sơ kết công tác 6 tháng đầu năm; TỔNG KẾT năm 2024; "
                + "đánh giá tình hình; đánh giáo; xsơ kết; sơ kếtx; Sơ  kết");
        for (String text : sampleTexts()) {
            matches += assertSameMatches(at.pattern(), at, text);
        }
        assertThat(matches).isGreaterThan(5);
    }

    @Test
    void reviewsAreFoundAsFindFindsThem() {
        WordStartMatcher at = FigureWords.standard().review;
        assertThat(assertSameMatches(at.pattern(), at, "Hội nghị sơ kết 3 năm thực hiện Nghị quyết số 05; Tổng kết 10 "
                + "năm triển khai thực hiện Chỉ thị 36; xsơ kết 5 năm thực hiện Nghị quyết")).isEqualTo(2);
    }

    @Test
    void quantitiesAreFoundAsFindFindsThem() throws IOException {
        WordStartMatcher at = Quantities.standard().pattern();
        assertSameMatches(at.pattern(), at, "13,45%; 181,9 nghìn tỷ đồng; 148,5 triệu USD; 1.418.000 lượt người; "
                + "154/182 xã; 7,7 - 14,2%; 84.455 đồng chí; đạt 19.500 tỷ; x12 tấn; 1,5/2 ha; 3 đến 5 tỷ đồng");
        int matches = 0;
        for (String text : sampleTexts()) {
            matches += assertSameMatches(at.pattern(), at, text);
        }
        assertThat(matches).isGreaterThan(20);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Tỉnh ủy đã ban hành nghị quyết về phát triển kinh tế.",     // no opening word's first two letters
        "Ban Thường vụ ĐÃ HỌP vào cuối tuần.",                       // upper case folds to the opening words
        "Nhóm công tác nhóm lại; sau đó HĐND họp.",                  // "nh" of "nhóm" opens no match, "họp" does
        "Họ p",                                                       // the pair is there, the word is not
        "h"})
    void aTextWithoutTheOpeningPairsIsPassedOverAndTheRestIsScanned(String text) {
        assertSameMatches(MET, MET_AT, text);
    }

    @Test
    void aOneLetterOpeningWordIsNeverPassedOver() {
        Pattern and = Pattern.compile("(?iu)(?<![\\p{L}])[aà]\\s+b");
        WordStartMatcher at = new WordStartMatcher(and, false, "a", "à");
        assertThat(assertSameMatches(and, at, "x à b và A b")).isEqualTo(2);
    }
}
