package org.w3id.vnkg.extract;

import java.util.regex.Pattern;

import org.w3id.vnkg.normalize.CalendarWords;
import org.w3id.vnkg.normalize.TextNormalizer;

/**
 * A span of years written as part of a meeting's or a body's name: "Đại hội đại biểu Đảng bộ tỉnh Hà Nam lần thứ XX,
 * nhiệm kỳ 2020 - 2025 khai mạc ...", "Kỳ họp thứ 10, HĐND tỉnh khóa XVI, nhiệm kỳ 2021 - 2026". The span is that
 * meeting's or body's term, so a figure of what the sentence reports done ("... đại diện cho hơn 56.000 đảng viên") is
 * not of it. The word before the ordinal is {@code name-ordinal} of {@code lexicon/calendar-words.tsv}; a council written
 * right before the span with its level at most ("đại biểu HĐND cấp tỉnh nhiệm kỳ 2026 - 2031") is {@code term-body} and
 * {@code term-level}.
 */
final class NamedTerms {
    private static final int LOOK_BACK = 48;
    /** "lần thứ XX, nhiệm kỳ" / "khóa XVI," at the end of the key of the words before the span's years. */
    private static final Pattern ORDINAL_BEFORE = Pattern.compile("(?:^|\\s)(?:"
            + CalendarWords.standard().alternation("name-ordinal") + ")\\s+[\\p{L}\\p{N}]+\\s*[,\\-–]?\\s*(?:(?:"
            + CalendarWords.standard().alternation("span") + ")\\s*)?$");
    /** "đại biểu HĐND cấp tỉnh nhiệm kỳ" / "HĐND các cấp," at the end of the key: a council before its term's span. */
    private static final Pattern COUNCIL_BEFORE = Pattern.compile("(?:^|\\s)(?:"
            + CalendarWords.standard().alternation("term-body") + ")(?:\\s+(?:"
            + CalendarWords.standard().alternation("term-level") + "))?\\s*,?\\s*(?:(?:"
            + CalendarWords.standard().alternation("span") + ")\\s*)?$");

    private NamedTerms() {
    }

    /** Whether the span of years {@code f} of {@code text} follows a meeting's or a body's ordinal. */
    static boolean namesAMeetingOrBody(String text, DateExpressions.Found f) {
        if (f.period() == null || !f.period().matches("\\d{4}-\\d{4}")) {
            return false;
        }
        String before = TextNormalizer.key(text.substring(Math.max(0, f.start() - LOOK_BACK), f.start()));
        return ORDINAL_BEFORE.matcher(before).find() || COUNCIL_BEFORE.matcher(before).find();
    }
}
