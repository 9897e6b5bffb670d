package org.w3id.vnkg.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3id.vnkg.lexicon.Tsv;

/**
 * Whether the words that open a story's line before its first date are a dateline: the place the story was
 * written, after the source of the story, if any.
 * <pre>
 *   "Hà Nội"                              -> yes   ("Hà Nội, ngày 15/01/2016, Thủ tướng ...")
 *   "(Chinhphu.vn) - TP Hồ Chí Minh"      -> yes   ("... TP Hồ Chí Minh, sáng 5/8/2023 – Thành ủy ...")
 *   "TTXVN - Thành phố Hồ Chí Minh", "Bà Rịa - Vũng Tàu", "TP. Buôn Ma Thuột"  -> yes
 *   "Trước đó", "Theo báo cáo", "Tỉnh ủy Bắc Giang"   -> no: a word in lower case that names no level of place
 * </pre>
 * A place is one to six words, each capitalised or a word of a level of place ({@code lexicon/localities.tsv}:
 * the "phố" of "Thành phố"); names of places are not listed, so a dateline of any province, district or country
 * reads the same.
 */
final class DatelinePlace {
    /** The source of a story before its place: "(Chinhphu.vn) - ", "TTXVN - ", "(BDO) ". */
    private static final Pattern SOURCE = Pattern.compile(
            "^(?:\\([\\p{L}\\p{M}\\d.+/ ]{2,30}\\)\\s*(?:[-–—]\\s*)?|[\\p{Lu}\\d.]{2,12}\\s*[-–—]\\s+)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}.'’]*");
    private static final int MAX_WORDS = 6;

    private static final Set<String> LEVEL_WORDS = levelWords();

    private DatelinePlace() {
    }

    /** Whether these words, which stand between the start of a line and a comma before a date, are a dateline. */
    static boolean isDateline(String prefix) {
        String place = SOURCE.matcher(prefix.strip()).replaceFirst("");
        String[] words = place.split("\\s+(?:[-–]\\s+)?");
        if (place.isEmpty() || words.length > MAX_WORDS || !Character.isUpperCase(place.charAt(0))) {
            return false;
        }
        for (String w : words) {
            if (!WORD.matcher(w).matches()
                    || !Character.isUpperCase(w.charAt(0)) && !LEVEL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> levelWords() {
        Set<String> out = new HashSet<>();
        for (String phrase : Tsv.load("localities.tsv").column("word")) {
            for (String w : phrase.toLowerCase(Locale.ROOT).split(" ")) {
                out.add(w);
            }
        }
        return out;
    }
}
