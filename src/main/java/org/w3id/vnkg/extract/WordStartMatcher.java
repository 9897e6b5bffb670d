package org.w3id.vnkg.extract;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A regex tried only where it can begin: at an ASCII digit (if asked) or at the start of a word (no letter
 * before) that is one of the given opening words, compared ignoring case. {@link Matcher#find()} tries the
 * regex at every character, and for our patterns (a look-behind, then an alternation of words) that was most
 * of the cost of dates and meetings (JFR). Anchored ({@code lookingAt}) at each such start in turn, with
 * transparent bounds so look-behinds still see the text before, it finds exactly what find() finds, provided
 * every match of the pattern begins with a digit or one of the words: the caller's duty, checked by tests
 * against find() on real text.
 * <pre>
 *   WordStartMatcher year = new WordStartMatcher(YEAR, false, "năm", "cùng");   // "năm 2023", "cùng kỳ 2022"
 *   WordStartMatcher.Scan s = year.scan(text);
 *   while (s.find()) { s.matcher().group(1) ... }
 * </pre>
 * Immutable and shareable; a {@link Scan} belongs to one thread.
 */
final class WordStartMatcher {
    /** Every UTF-16 unit folded (see {@link #fold}), so the scan does not convert case per character. */
    private static final char[] FOLD = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLD[c] = Character.toLowerCase(Character.toUpperCase((char) c));
        }
    }

    private final Pattern pattern;
    private final boolean digits;
    private final char[] firsts; // the distinct folded first units of the words
    private final char[][][] byFirst; // the words (folded) opening with firsts[k]
    private final long[] opens = new long[(Character.MAX_VALUE + 1) / 64]; // units whose fold opens a word
    // The indexes k of firsts by the low byte of firsts[k]: a look-up instead of a walk along firsts (some
    // twenty units for the meeting kinds) at every word start that passes the bit set.
    private final int[][] byLow = new int[256][];
    // The hashed first two characters of the opening words (WordStarts.opening): most sentences hold none of them,
    // and are passed over without stepping through their word starts. All bits set when a word has one character.
    private final long[] openings = new long[4];

    /**
     * @param pattern the regex
     * @param digits  whether a match can begin with an ASCII digit
     * @param words   the words a match can begin with (only their start is compared, so a first word will do)
     */
    WordStartMatcher(Pattern pattern, boolean digits, String... words) {
        this.pattern = pattern;
        this.digits = digits;
        List<String> distinct = Arrays.stream(words).map(WordStartMatcher::fold).distinct().toList();
        if (distinct.contains("")) {
            throw new IllegalArgumentException("empty opening word for " + pattern);
        }
        // Only a word's start is compared, so a word that another one begins ("hội nghị" after "hội") can open
        // nothing the shorter one does not: left out, it is not compared again at every "h" (JFR).
        char[][] folded = distinct.stream()
                .filter(w -> distinct.stream().noneMatch(v -> v.length() < w.length() && w.startsWith(v)))
                .map(String::toCharArray).toArray(char[][]::new);
        // Grouped by first unit: the meeting kinds open with some forty words, and comparing every one of them
        // at every word start that passes the bit set was most of the scan (JFR).
        for (char[] w : folded) {
            if (w.length < 2) {
                Arrays.fill(openings, -1L);
                break;
            }
            int h = WordStarts.opening(w[0], w[1]);
            openings[h >>> 6] |= 1L << h;
        }
        this.firsts = Arrays.stream(folded).map(w -> String.valueOf(w[0])).distinct().collect(Collectors.joining())
                .toCharArray();
        this.byFirst = new char[firsts.length][][];
        for (int k = 0; k < firsts.length; k++) {
            char f = firsts[k];
            byFirst[k] = Arrays.stream(folded).filter(w -> w[0] == f).toArray(char[][]::new);
            byLow[f & 0xFF] = append(byLow[f & 0xFF], k);
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                if (FOLD[c] == f) {
                    opens[c >>> 6] |= 1L << c;
                }
            }
        }
    }

    Pattern pattern() {
        return pattern;
    }

    /** The first match, as {@code pattern.matcher(text).find()} finds it, or null. */
    Matcher first(String text) {
        Scan s = scan(text);
        return s.find() ? s.matcher() : null;
    }

    /** Whether the pattern occurs in the text. */
    boolean in(String text) {
        return scan(text).find();
    }

    Scan scan(String text) {
        return new Scan(text);
    }

    /** The matches of one text in order: the same sequence as repeated {@link Matcher#find()}. */
    final class Scan {
        private final String text;
        private final WordStarts starts;
        private Matcher m; // made at the first place the pattern can begin: most texts have none
        private int from;

        private Scan(String text) {
            this.text = text;
            this.starts = WordStarts.of(text);
        }

        /** Moves to the next match; false when there is none. */
        boolean find() {
            return find(text.length() + 1);
        }

        /**
         * Moves to the next match that starts before {@code before}; false when there is none, and the scan then
         * goes on from {@code before}: a later call with a larger bound finds what lies beyond, as find() would.
         */
        boolean find(int before) {
            if (!starts.mayOpen(openings, digits)) {
                from = Math.max(from, Math.min(before, text.length() + 1));
                return false;
            }
            for (int at = next(from); at >= 0 && at < before; at = next(at + 1)) {
                Matcher m = matcher();
                m.region(at, text.length());
                if (m.lookingAt()) {
                    from = m.end() > m.start() ? m.end() : m.end() + 1;
                    return true;
                }
            }
            from = Math.max(from, Math.min(before, text.length() + 1));
            return false;
        }

        /** The current match (valid after {@link #find()} returned true). */
        Matcher matcher() {
            if (m == null) {
                m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            return m;
        }

        private int next(int start) {
            for (int k = starts.from(start); k < starts.size(); k++) {
                int i = starts.get(k);
                char c = text.charAt(i);
                if (digits && c >= '0' && c <= '9') {
                    return i;
                }
                if ((opens[c >>> 6] & 1L << c) != 0 && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
                        && opensWord(i)) {
                    return i;
                }
            }
            return -1;
        }

        /** Whether a word opens at i, its characters compared as a (?iu) regex compares them (by their fold). */
        private boolean opensWord(int i) {
            char f = FOLD[text.charAt(i)];
            int[] ks = byLow[f & 0xFF]; // the bit set let only units whose fold is one of firsts through
            int j = 0;
            while (firsts[ks[j]] != f) {
                j++;
            }
            for (char[] w : byFirst[ks[j]]) {
                if (i + w.length <= text.length() && opensWord(i, w)) {
                    return true;
                }
            }
            return false;
        }

        private boolean opensWord(int i, char[] w) {
            for (int k = 1; k < w.length; k++) {
                if (FOLD[text.charAt(i + k)] != w[k]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static int[] append(int[] a, int k) {
        int[] out = a == null ? new int[1] : Arrays.copyOf(a, a.length + 1);
        out[out.length - 1] = k;
        return out;
    }

    /**
     * A character folded as a (?iu) regex folds it before comparing (lower case of upper case): two
     * characters match there when their folds are equal.
     */
    static char fold(char c) {
        return FOLD[c];
    }

    /** The text folded character by character (same length), for quick contains() tests before a regex. */
    static String fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = FOLD[text.charAt(i)];
        }
        return new String(out);
    }
}
