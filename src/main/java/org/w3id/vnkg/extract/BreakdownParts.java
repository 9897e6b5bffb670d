package org.w3id.vnkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.vnkg.normalize.VietnameseNumbers;

/**
 * The parts of a count that a breakdown lists with bare numbers, its noun written once, with the whole (or only with
 * the last part): "thi hành kỷ luật 35 đảng viên, trong đó khiển trách 18, cảnh cáo 9, cách chức 2, khai trừ 6 đồng
 * chí", "kỷ luật 87 đảng viên (khiển trách 52, cảnh cáo 21)". Each bare number written after a word is a count of the
 * whole's noun, and no larger than the whole. The list opens right after the whole, with a bracket or with a comma and
 * a word of class {@code breakdown} ("trong đó"), and ends at its bracket, else at the end of the clause.
 */
final class BreakdownParts {

    /** A whole number after a word and before the end of its item: ", ", ";", ")", "." or " và ". */
    private static final Pattern BARE = Pattern.compile(
            "(?<=\\p{L}\\s)(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?![\\d.,]\\d)(?=\\s*(?:,|;|\\)|\\.|$)|\\s+và\\s)");

    private BreakdownParts() {
    }

    /**
     * The quantities found, with the bare parts of each count's breakdown added, in order of their start.
     *
     * @param opensBreakdown whether a text opens with a word of the breakdown class
     */
    static List<Quantities.Quantity> with(String text, List<Quantities.Quantity> found, Predicate<String> opensBreakdown) {
        List<Quantities.Quantity> parts = new ArrayList<>();
        for (Quantities.Quantity whole : found) {
            if (!"count".equals(whole.kind())) {
                continue;
            }
            int[] list = listAfter(text, whole.end(), opensBreakdown);
            if (list == null) {
                continue;
            }
            Matcher m = BARE.matcher(text).region(list[0], list[1]);
            while (m.find()) {
                int s = m.start(1);
                int e = m.end(1);
                if (found.stream().anyMatch(q -> q.start() < e && s < q.end())) {
                    continue; // a part written with its own noun: "khai trừ 6 đồng chí"
                }
                BigDecimal value = VietnameseNumbers.parse(m.group(1));
                if (value.signum() > 0 && value.compareTo(whole.value()) <= 0) {
                    parts.add(new Quantities.Quantity(s, e, value, whole.unit(), whole.kind(), m.group(1)));
                }
            }
        }
        return Quantities.withAdded(found, parts);
    }

    /** Where the list of parts after a whole ending at {@code at} begins and ends, or null where none opens there. */
    private static int[] listAfter(String text, int at, Predicate<String> opensBreakdown) {
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '(') {
            int close = text.indexOf(')', i);
            return close < 0 ? null : new int[] {i + 1, close};
        }
        if (i >= text.length() || text.charAt(i) != ',' || !opensBreakdown.test(text.substring(i + 1))) {
            return null;
        }
        int end = i + 1;
        while (end < text.length() && !endsClause(text, end)) {
            end++;
        }
        return new int[] {i + 1, end};
    }

    /** A clause of the list ends at ";", a bracket, a line's end or a full stop that no digit follows. */
    private static boolean endsClause(String text, int i) {
        char c = text.charAt(i);
        return c == ';' || c == '(' || c == '\n'
                || c == '.' && (i + 1 == text.length() || !Character.isDigit(text.charAt(i + 1)));
    }
}
