package org.w3id.vnkg.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private final Pattern pattern;
    private final boolean digits;
    private final String[] words;
    private final String firstLetters;

    /**
     * @param pattern the regex
     * @param digits  whether a match can begin with an ASCII digit
     * @param words   the words a match can begin with (only their start is compared, so a first word will do)
     */
    WordStartMatcher(Pattern pattern, boolean digits, String... words) {
        this.pattern = pattern;
        this.digits = digits;
        this.words = Arrays.stream(words).map(w -> w.toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);
        StringBuilder first = new StringBuilder();
        for (String w : this.words) {
            if (w.isEmpty()) {
                throw new IllegalArgumentException("empty opening word for " + pattern);
            }
            first.append(fold(w.charAt(0)));
        }
        this.firstLetters = first.toString();
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
        private final Matcher m;
        private int from;

        private Scan(String text) {
            this.text = text;
            this.m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        /** Moves to the next match; false when there is none. */
        boolean find() {
            for (int at = next(from); at >= 0; at = next(at + 1)) {
                m.region(at, text.length());
                if (m.lookingAt()) {
                    from = m.end() > m.start() ? m.end() : m.end() + 1;
                    return true;
                }
            }
            from = text.length() + 1;
            return false;
        }

        /** The current match (valid after {@link #find()} returned true). */
        Matcher matcher() {
            return m;
        }

        private int next(int start) {
            for (int i = start; i < text.length(); i++) {
                char c = text.charAt(i);
                if (digits && c >= '0' && c <= '9') {
                    return i;
                }
                if (firstLetters.indexOf(fold(c)) >= 0 && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
                        && opensWord(i)) {
                    return i;
                }
            }
            return -1;
        }

        private boolean opensWord(int i) {
            for (String w : words) {
                // regionMatches ignoring case accepts every pair of characters a (?iu) regex accepts
                if (text.regionMatches(true, i, w, 0, w.length())) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A character folded as a (?iu) regex folds it before comparing: lower case of upper case. */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
