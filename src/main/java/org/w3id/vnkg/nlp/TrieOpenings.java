package org.w3id.vnkg.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The first words of the entries of several {@link TokenTrie}s read at the same tokens: a token that opens none of
 * them is passed with one look-up instead of one per trie. Most tokens open nothing, and the look-ups of the
 * removal verbs and of the titles at every token were a tenth of extraction (JFR).
 * <pre>
 *   TrieOpenings verbs = TrieOpenings.of(lex.removingVerbs(), lex.grantingVerbs());
 *   if (!verbs.mayStartAt(words, i)) continue;   // no entry of either trie starts at token i
 * </pre>
 * Built from the tries as they are when it is made: a trie filled later is not seen.
 */
public final class TrieOpenings {
    private final Set<String> firstWords;

    private TrieOpenings(Set<String> firstWords) {
        this.firstWords = firstWords;
    }

    public static TrieOpenings of(TokenTrie<?>... tries) {
        Set<String> words = new HashSet<>();
        for (TokenTrie<?> trie : tries) {
            words.addAll(trie.firstWords());
        }
        return new TrieOpenings(Set.copyOf(words));
    }

    /**
     * False when no entry of the tries can start at token {@code i}: its first key word opens none. True for a token
     * with no key words (a match can run through one).
     */
    public boolean mayStartAt(List<List<String>> tokenWords, int i) {
        List<String> words = tokenWords.get(i);
        return words.isEmpty() || firstWords.contains(words.get(0));
    }
}
