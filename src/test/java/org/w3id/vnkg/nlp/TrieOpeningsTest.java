package org.w3id.vnkg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TrieOpeningsTest {

    private static List<List<String>> tokens(String... words) {
        return java.util.Arrays.stream(words).map(TokenWords::ofToken).toList();
    }

    @Test
    void aTokenMayStartAMatchOnlyWhenItOpensAnEntryOfOneOfTheTries() {
        TokenTrie<String> removing = new TokenTrie<>();
        removing.put(TokenWords.ofPhrase("cách chức"), "r");
        TokenTrie<String> granting = new TokenTrie<>();
        granting.put(TokenWords.ofPhrase("Ủy ban nhân dân"), "g");
        TrieOpenings openings = TrieOpenings.of(removing, granting);
        List<List<String>> words = tokens("Quyết", "định", "cách", "chức", "Chủ", "tịch", "UBND");
        assertThat(openings.mayStartAt(words, 0)).isFalse();
        assertThat(openings.mayStartAt(words, 2)).isTrue();   // the first trie's
        assertThat(openings.mayStartAt(words, 6)).isTrue();   // "UBND" opens with "ủy": the second trie's
        assertThat(openings.mayStartAt(List.of(List.of(), List.of("x")), 0)).isTrue(); // no key words: a match may run through
    }

    @Test
    void aTokenPassedOverStartsNoMatchInAnyOfTheTries() {
        VnLexicon lex = VnLexicon.standard();
        TrieOpenings openings = TrieOpenings.of(lex.roles(), lex.qualifiers());
        List<List<String>> words = tokens("Sáng", "nay", ",", "nguyên", "Phó", "Bí", "thư", "Tỉnh", "ủy", "ông", "Nguyễn",
                "Văn", "A", "và", "Chủ", "tịch", "UBND", "tỉnh", "đã", "dự", ".");
        int passed = 0;
        for (int i = 0; i < words.size(); i++) {
            if (!openings.mayStartAt(words, i)) {
                passed++;
                assertThat(lex.roles().longestMatch(words, i, words.size())).isNull();
                assertThat(lex.qualifiers().longestMatch(words, i, words.size())).isNull();
            }
        }
        assertThat(passed).isGreaterThan(5);
        assertThat(openings.mayStartAt(words, 3)).isTrue(); // "nguyên"
        assertThat(openings.mayStartAt(words, 4)).isTrue(); // "Phó"
    }
}
