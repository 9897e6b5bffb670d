package org.w3id.vnkg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TokenTrieTest {

    private static List<List<String>> tokens(String... words) {
        return java.util.Arrays.stream(words).map(TokenWords::ofToken).toList();
    }

    @Test
    void prefersTheLongestEntry() {
        TokenTrie<String> trie = new TokenTrie<>();
        trie.put(TokenWords.ofPhrase("Phó Bí thư"), "a");
        trie.put(TokenWords.ofPhrase("Phó Bí thư Thường trực"), "b");
        assertThat(trie.longestMatch(tokens("Phó", "Bí", "thư", "Thường", "trực", "Tỉnh"), 0, 6))
                .isEqualTo(new TokenTrie.Match<>("b", 0, 5));
        assertThat(trie.longestMatch(tokens("Phó", "Bí", "thư", "Thường", "trực"), 0, 4))
                .isEqualTo(new TokenTrie.Match<>("a", 0, 3));
    }

    @Test
    void matchesAbbreviationsAndBothTonePlacements() {
        TokenTrie<String> trie = new TokenTrie<>();
        trie.put(TokenWords.ofPhrase("Ủy ban nhân dân"), "ubnd");
        trie.put(TokenWords.ofPhrase("Đoàn đại biểu Quốc hội"), "đbqh");
        assertThat(trie.longestMatch(tokens("UBND", "tỉnh"), 0, 2).end()).isEqualTo(1);
        assertThat(trie.longestMatch(tokens("Uỷ", "ban", "nhân", "dân"), 0, 4).end()).isEqualTo(4);
        assertThat(trie.longestMatch(tokens("Đoàn", "ĐBQH"), 0, 2).value()).isEqualTo("đbqh");
        assertThat(trie.longestMatch(tokens("Ủy", "ban", "Kiểm"), 0, 3)).isNull();
    }

    @Test
    void firstWordsAreTheWordsEntriesOpenWith() {
        TokenTrie<String> trie = new TokenTrie<>();
        trie.put(TokenWords.ofPhrase("Ủy ban nhân dân"), "a");
        trie.put(TokenWords.ofPhrase("Ban Bí thư"), "b");
        assertThat(trie.firstWords()).containsExactlyInAnyOrder("ủy", "ban");
        // a token whose first key word is not among them matches nothing there
        List<List<String>> words = List.of(List.of("nhân"), List.of("dân"));
        assertThat(trie.firstWords()).doesNotContain(words.get(0).get(0));
        assertThat(trie.longestMatch(words, 0, 2)).isNull();
    }
}
