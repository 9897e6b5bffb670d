package org.w3id.vnkg.nlp;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A gazetteer matched over tokens: a trie of word keys with a value per complete entry, searched for the
 * longest entry that starts at a token and ends at a token boundary. One pass per start token, however
 * many entries there are, instead of one regular expression with thousands of alternatives.
 * <pre>
 *   trie.put(TokenWords.ofPhrase("Ủy ban nhân dân"), body);
 *   trie.longestMatch(TokenWords.of(tokens), 3, tokens.size());   // tokens "UBND", "tỉnh" ... -> body, end 4
 * </pre>
 * A token can stand for several words ("UBND" is the four words of "ủy ban nhân dân"); a match must use
 * all of a token's words.
 *
 * @param <V> what an entry maps to
 */
public final class TokenTrie<V> {
    private final Node<V> root = new Node<>();
    private int size;

    /** A match of an entry over tokens {@code [start, end)}. */
    public record Match<V>(V value, int start, int end) {
    }

    private static final class Node<V> {
        private final Map<String, Node<V>> next = new HashMap<>(4);
        private V value;
    }

    /** Adds an entry; a second entry with the same words keeps the first value. */
    public void put(List<String> words, V value) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("empty gazetteer entry for " + value);
        }
        Node<V> n = root;
        for (String w : words) {
            n = n.next.computeIfAbsent(w, k -> new Node<>());
        }
        if (n.value == null) {
            n.value = value;
            size++;
        }
    }

    /** The first words of the entries: a token whose first key word is not here starts no match. */
    public Set<String> firstWords() {
        return Collections.unmodifiableSet(root.next.keySet());
    }

    public int size() {
        return size;
    }

    /**
     * The longest entry that starts at token {@code start} and ends before token {@code limit}, or null.
     *
     * @param tokenWords the key words of each token, from {@link TokenWords#of}
     */
    public Match<V> longestMatch(List<List<String>> tokenWords, int start, int limit) {
        Node<V> n = root;
        Match<V> best = null;
        int end = Math.min(limit, tokenWords.size());
        for (int t = start; t < end && n != null; t++) {
            // indexed, not iterated: an iterator per token was a tenth of the look-ups' time (JFR)
            List<String> words = tokenWords.get(t);
            for (int k = 0, m = words.size(); k < m && n != null; k++) {
                n = n.next.get(words.get(k));
            }
            if (n != null && n.value != null) {
                best = new Match<>(n.value, start, t + 1);
            }
        }
        return best;
    }
}
