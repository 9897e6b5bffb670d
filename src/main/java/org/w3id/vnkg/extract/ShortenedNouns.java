package org.w3id.vnkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.vnkg.normalize.VietnameseNumbers;

/**
 * Counts whose noun a sentence shortens to its head once it has written it in full: "có 9/42 tổ chức cơ sở đảng
 * (21,4%) hoàn thành xuất sắc nhiệm vụ, 31 tổ chức (73,8%) hoàn thành tốt nhiệm vụ" counts 31 of the same noun. The
 * head is the first words of an earlier count's noun of several words, written right after a whole number that is no
 * part of a quantity already found, and not followed by the rest of that noun.
 */
final class ShortenedNouns {

    /** A whole number no word, digit or slash runs into: "31", "1.250". */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.,/])(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?![\\d.,]\\d)");

    private ShortenedNouns() {
    }

    /** The quantities found, with the counts of a shortened noun added, in order of their start. */
    static List<Quantities.Quantity> with(String text, List<Quantities.Quantity> found) {
        List<Quantities.Quantity> added = new ArrayList<>();
        for (Quantities.Quantity whole : found) {
            String noun = nounOf(whole);
            if (noun == null) {
                continue;
            }
            String[] words = noun.split(" ");
            Matcher m = NUMBER.matcher(text).region(whole.end(), text.length());
            while (m.find()) {
                int s = m.start(1);
                int e = m.end(1);
                if (found.stream().anyMatch(q -> q.start() < e && s < q.end())
                        || added.stream().anyMatch(q -> q.start() == s)) {
                    continue;
                }
                int end = headAfter(text, e, words);
                if (end > 0) {
                    BigDecimal value = VietnameseNumbers.parse(m.group(1));
                    added.add(new Quantities.Quantity(s, end, value, whole.unit(), whole.kind(), text.substring(s, end)));
                }
            }
        }
        return Quantities.withAdded(found, added);
    }

    /** The counted noun of a quantity when it has several words: "tổ chức cơ sở đảng" of "9/42 tổ chức cơ sở đảng". */
    private static String nounOf(Quantities.Quantity q) {
        if (!"count".equals(q.kind())) {
            return null;
        }
        String surface = q.surface().replaceAll("\\s+", " ");
        int i = surface.length();
        while (i > 0 && !Character.isDigit(surface.charAt(i - 1))) {
            i--;
        }
        String noun = surface.substring(i).strip();
        return noun.indexOf(' ') > 0 && Character.isLowerCase(noun.charAt(0)) ? noun : null;
    }

    /**
     * The end of a head of {@code words} (its first two syllables or more, fewer than all) written after a number ending
     * at {@code at}, where the next word is not the one the full noun goes on with; else -1.
     */
    private static int headAfter(String text, int at, String[] words) {
        int i = at;
        for (int n = 0; n < words.length - 1; n++) {
            int s = i;
            while (s < text.length() && text.charAt(s) == ' ') {
                s++;
            }
            if (s == i || !text.startsWith(words[n], s)) {
                return -1;
            }
            i = s + words[n].length();
            if (i < text.length() && Character.isLetter(text.charAt(i))) {
                return -1;
            }
            int next = i;
            while (next < text.length() && text.charAt(next) == ' ') {
                next++;
            }
            int after = next + words[n + 1].length();
            boolean goesOn = next > i && text.startsWith(words[n + 1], next)
                    && (after == text.length() || !Character.isLetter(text.charAt(after)));
            if (!goesOn && n > 0) {
                return i; // "31 tổ chức (73,8%)", not "31 tổ chức cơ sở đảng"; a head of two syllables at least
            }
            if (!goesOn) {
                return -1;
            }
        }
        return -1;
    }
}
