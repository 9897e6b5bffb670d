package org.w3id.vnkg.normalize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unicode normalisation and matching keys for Vietnamese text.
 * <ul>
 *   <li>{@link #clean}: NFC, no-break and zero-width spaces removed, line ends as \n. Output keeps this form.</li>
 *   <li>{@link #key}: for comparisons and IRIs only: lower case, one tone-mark placement (uỷ and ủy
 *       both become ủy, hoà and hòa both become hòa), spaces collapsed.</li>
 *   <li>{@link #fold}: the key without diacritics (đ becomes d), for diacritic-insensitive search.</li>
 * </ul>
 * <pre>
 *   key("Tỉnh uỷ Bắc Giang") = key("Tỉnh ủy  Bắc Giang") = "tỉnh ủy bắc giang"
 *   fold("Lương Cường") = "luong cuong"
 * </pre>
 */
public final class TextNormalizer {
    private static final Locale VI = Locale.forLanguageTag("vi");

    /**
     * Old-style tone placement on open syllables: the mark on the first vowel of oa, oe, uy.
     * Only at the end of a syllable (hoàng keeps its mark) and not after q (quý is already new style).
     */
    private static final Pattern OLD_STYLE_TONE =
            Pattern.compile("(?<![qQ])([oO][àáảãạ]|[oO][èéẻẽẹ]|[uU][ỳýỷỹỵ])(?!\\p{L})");
    private static final Map<Character, Character> TONE_MOVE = Map.ofEntries(
            Map.entry('à', 'a'), Map.entry('á', 'a'), Map.entry('ả', 'a'), Map.entry('ã', 'a'), Map.entry('ạ', 'a'),
            Map.entry('è', 'e'), Map.entry('é', 'e'), Map.entry('ẻ', 'e'), Map.entry('ẽ', 'e'), Map.entry('ẹ', 'e'),
            Map.entry('ỳ', 'y'), Map.entry('ý', 'y'), Map.entry('ỷ', 'y'), Map.entry('ỹ', 'y'), Map.entry('ỵ', 'y'));
    // The tone a bare first vowel takes: index in "àáảãạ" order -> o or u with that tone.
    private static final String O_TONES = "òóỏõọ";
    private static final String U_TONES = "ùúủũụ";
    private static final String TONED = "àáảãạèéẻẽẹỳýỷỹỵ";
    /** TONE_MOVE by the index in TONED divided by five: the vowel of each run of five without its mark. */
    private static final String TONELESS = "aey";

    private TextNormalizer() {
    }

    /** NFC, no-break spaces to spaces, zero-width characters and the BOM removed, CR LF to LF. */
    public static String clean(String text) {
        // Most strings given here (keys of names already cleaned) are clean: check before copying them.
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        int first = 0;
        while (first < s.length() && !needsCleaning(s.charAt(first))) {
            first++;
        }
        if (first == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A' -> out.append(' ');
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> { }
                case '\r' -> {
                    if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
                        out.append('\n');
                    }
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean needsCleaning(char c) {
        return switch (c) {
            case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u200B', '\u200C', '\u200D', '\u2060',
                 '\uFEFF', '\u00AD', '\r' -> true;
            default -> false;
        };
    }

    /**
     * The new-style (ủy, hòa) tone placement of a clean NFC string, case kept: the same rewrite as
     * {@link #OLD_STYLE_TONE} with its replacement, by a hand scan, because the regex (a look-behind tried at
     * every character) cost a quarter of all extraction time; keys are made for every token and name.
     * {@code TextNormalizerTest} checks the two agree.
     */
    public static String newStyleTones(String s) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 1; i < s.length(); i++) {
            char toned = s.charAt(i);
            int tone = TONED.indexOf(toned);
            if (tone < 0) {
                continue;
            }
            char first = s.charAt(i - 1);
            boolean isO = first == 'o' || first == 'O';
            boolean fits = tone < 10 ? isO : first == 'u' || first == 'U';
            if (!fits || i >= 2 && (s.charAt(i - 2) == 'q' || s.charAt(i - 2) == 'Q')
                    || i + 1 < s.length() && Character.isLetter(s.codePointAt(i + 1))) {
                continue;
            }
            char newFirst = (isO ? O_TONES : U_TONES).charAt(tone % 5);
            if (Character.isUpperCase(first)) {
                newFirst = Character.toUpperCase(newFirst);
            }
            if (out == null) {
                out = new StringBuilder(s.length());
            }
            out.append(s, copied, i - 1).append(newFirst).append(TONE_MOVE.get(toned));
            copied = i + 1;
        }
        if (out == null) {
            return s;
        }
        return out.append(s, copied, s.length()).toString();
    }

    /** The regex form of {@link #newStyleTones}, kept as its specification for the test. */
    static String newStyleTonesByRegex(String s) {
        Matcher m = OLD_STYLE_TONE.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        do {
            String pair = m.group(1);
            char first = pair.charAt(0);
            char toned = pair.charAt(1);
            int tone = TONED.indexOf(toned) % 5;
            boolean isO = Character.toLowerCase(first) == 'o';
            char newFirst = (isO ? O_TONES : U_TONES).charAt(tone);
            if (Character.isUpperCase(first)) {
                newFirst = Character.toUpperCase(newFirst);
            }
            m.appendReplacement(out, Matcher.quoteReplacement("" + newFirst + TONE_MOVE.get(toned)));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The matching key: clean, lower case, new-style tones, spaces collapsed and trimmed. The tone rewrite of
     * {@link #newStyleTones} and the collapse of spaces are one pass over the lower-cased text: keys are made
     * for every name, title and line, and the two separate passes (each copying the string) were a twentieth
     * of extraction (JFR). {@code TextNormalizerTest} checks the result against the two passes.
     */
    public static String key(String s) {
        String lower = clean(s).toLowerCase(VI);
        int len = lower.length();
        char[] out = new char[len];
        int n = 0;
        boolean space = true;
        for (int i = 0; i < len; i++) {
            char c = lower.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\u000B' || c == '\f') {
                if (!space) {
                    out[n++] = ' ';
                    space = true;
                }
                continue;
            }
            space = false;
            int tone = c >= '\u00E0' && i > 0 ? TONED.indexOf(c) : -1;
            if (tone >= 0) {
                // The same test as newStyleTones, on the same (lower-cased) text: the vowel before is out[n - 1].
                char first = lower.charAt(i - 1);
                boolean isO = first == 'o' || first == 'O';
                boolean fits = tone < 10 ? isO : first == 'u' || first == 'U';
                if (fits && !(i >= 2 && (lower.charAt(i - 2) == 'q' || lower.charAt(i - 2) == 'Q'))
                        && !(i + 1 < len && Character.isLetter(lower.codePointAt(i + 1)))) {
                    char newFirst = (isO ? O_TONES : U_TONES).charAt(tone % 5);
                    out[n - 1] = Character.isUpperCase(first) ? Character.toUpperCase(newFirst) : newFirst;
                    out[n++] = TONELESS.charAt(tone / 5); // TONE_MOVE.get(c) without boxing a char per syllable (JFR)
                    continue;
                }
            }
            out[n++] = c;
        }
        if (n > 0 && out[n - 1] == ' ') {
            n--;
        }
        return new String(out, 0, n);
    }

    /** {@link #key} as two passes (tones, then spaces), kept as its specification for the test. */
    static String keyInTwoPasses(String s) {
        String lower = newStyleTones(clean(s).toLowerCase(VI));
        StringBuilder out = new StringBuilder(lower.length());
        boolean space = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\u000B' || c == '\f') {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
            } else {
                out.append(c);
                space = false;
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return out.toString();
    }

    /** The key without diacritics: "Bắc Giang" gives "bac giang". */
    public static String fold(String s) {
        String k = key(s).replace('đ', 'd');
        String decomposed = Normalizer.normalize(k, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "");
    }
}
