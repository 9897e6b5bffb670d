package org.w3id.vnkg.extract;

import java.util.Arrays;

/**
 * The places in a text where a {@link WordStartMatcher} can begin: every ASCII digit and every character with
 * no letter before it (spaces left out: no pattern begins with one). A sentence is scanned by many matchers
 * in a row (a dozen date patterns, the meeting triggers), and stepping from word start to word start instead
 * of testing every character for each of them was the larger part of the scanning cost (JFR).
 * <pre>
 *   WordStarts at = WordStarts.of(text);   // the same object while the thread scans the same String
 *   for (int k = at.from(i); k &lt; at.size(); k++) { int pos = at.get(k); ... }
 * </pre>
 * The starts of recent texts are kept per thread, compared by identity: a pure memo, no state between articles
 * matters (a new text is computed afresh).
 */
final class WordStarts {
    /**
     * The starts of the texts this thread scanned lately, by identity hash: each extractor walks the story's sentences
     * in turn and scans each with its matchers, so a memo of the last text alone was missed at every sentence of the
     * second and later walks (JFR). Direct-mapped: a collision computes the starts again.
     */
    private static final int SLOTS = 512;
    private static final ThreadLocal<WordStarts[]> RECENT = ThreadLocal.withInitial(() -> new WordStarts[SLOTS]);

    private final String text;
    private final int[] at;
    private final int size;
    // The folded first two characters of each letter start, hashed into 256 bits: a matcher none of whose opening
    // words' first two characters are here has no match in the text, and need not step through its starts.
    private final long[] openings = new long[4];
    private boolean digit; // whether some start is an ASCII digit

    private WordStarts(String text) {
        this.text = text;
        int length = text.length();
        int[] out = new int[Math.max(4, length / 3)];
        int n = 0;
        boolean afterLetter = false;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean digitHere = c >= '0' && c <= '9';
            if (c != ' ' && (digitHere || !afterLetter)) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = i;
                if (digitHere) {
                    digit = true;
                } else {
                    int h = opening(WordStartMatcher.fold(c), i + 1 < length ? WordStartMatcher.fold(text.charAt(i + 1)) : 0);
                    openings[h >>> 6] |= 1L << h;
                }
            }
            afterLetter = c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
        }
        this.at = out;
        this.size = n;
    }

    /** The starts of the text: computed once while one thread scans the same string with several matchers. */
    static WordStarts of(String text) {
        WordStarts[] recent = RECENT.get();
        int slot = System.identityHashCode(text) & (SLOTS - 1);
        WordStarts known = recent[slot];
        if (known != null && known.text == text) {
            return known;
        }
        WordStarts made = new WordStarts(text);
        recent[slot] = made;
        return made;
    }

    /** The hash of a start's first two (folded) characters, 0-255; the second is 0 at the end of the text. */
    static int opening(char first, char second) {
        return (first * 31 + second) & 0xFF;
    }

    /**
     * Whether a match can begin somewhere in the text: at a digit (if {@code digits}), or where the hashed first two
     * characters of a start are among {@code wanted} ({@link #opening}).
     */
    boolean mayOpen(long[] wanted, boolean digits) {
        return digits && digit || (wanted[0] & openings[0] | wanted[1] & openings[1] | wanted[2] & openings[2]
                | wanted[3] & openings[3]) != 0;
    }

    /**
     * The {@link #opening} of a cue found only as a whole word (no letter right before it), for {@link #mayHold}; -1
     * when the cue cannot be told from its opening (shorter than two characters, or not opening with a letter).
     */
    static int openingOf(String cue) {
        if (cue.length() < 2 || !Character.isLetter(cue.charAt(0))) {
            return -1;
        }
        return opening(WordStartMatcher.fold(cue.charAt(0)), WordStartMatcher.fold(cue.charAt(1)));
    }

    /**
     * False when the text holds no whole-word occurrence of a cue with this {@link #openingOf}: no start of the text
     * opens with its first two characters. Lets a list of cues be searched with indexOf only where one can be.
     */
    boolean mayHold(int opening) {
        return opening < 0 || (openings[opening >>> 6] & 1L << opening) != 0;
    }

    int size() {
        return size;
    }

    /** The k-th start (a char index of the text). */
    int get(int k) {
        return at[k];
    }

    /** The index of the first start at or after char index i (size() if none). */
    int from(int i) {
        int k = Arrays.binarySearch(at, 0, size, i);
        return k >= 0 ? k : -k - 1;
    }
}
