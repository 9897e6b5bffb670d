package org.w3id.vnkg.extract;

import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

import org.w3id.vnkg.nlp.PersonMention;
import org.w3id.vnkg.nlp.TokenTrie;
import org.w3id.vnkg.nlp.VnLexicon;

/**
 * The country a chain of titles closes with, when it is another country's: a foreign guest's titles name bodies
 * that Vietnam has too, and only the country after them tells them apart.
 * <pre>
 *   "ông Vương Nghị, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Ngoại giao Trung Quốc"   -> "Trung Quốc"
 *   "Phó Chủ tịch Chính phủ nhân dân Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc)" -> "Trung Quốc"
 *   "Bộ trưởng Bộ Nội vụ nước Cộng hòa Dân chủ Nhân dân Lào"                   -> null (the country is too far)
 *   "Bí thư Tỉnh ủy Lạng Sơn"                                                 -> null
 * </pre>
 * The country ({@code place-names.tsv}, kind country, not Việt Nam) stands right after the chain, or after "nước",
 * or in brackets further on in the same clause, past the words the title parser left out of a foreign body
 * ("nhân dân Khu tự trị ... (Trung Quốc)"), though not past a comma, another person, or a word that opens the
 * clause's predicate (group-words.tsv use predicate): "Bí thư Tỉnh ủy Lạng Sơn dẫn đầu đoàn sang thăm Trung Quốc"
 * and "Bí thư Tỉnh ủy đã tiếp xã giao đoàn đại biểu tỉnh Attapeu (Lào)" are Lạng Sơn's.
 */
final class ForeignChains {
    /** How far past the chain's last title a country in brackets may stand, for a body the title parser cut short. */
    private static final int REACH = 12;
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", ".", "và");
    private static final GroupWords GROUP_WORDS = GroupWords.load();

    private final VnLexicon lex;

    ForeignChains(VnLexicon lex) {
        this.lex = lex;
    }

    /**
     * The foreign country named after token {@code end} (the end of a chain of titles) in its clause, or null.
     *
     * @param people the people of the sentence: the country after the next one's name is not this chain's
     */
    String countryAfter(List<CoreLabel> tokens, List<List<String>> words, int end, List<PersonMention> people) {
        int n = tokens.size();
        int limit = Math.min(n, end + REACH);
        for (PersonMention p : people) {
            if (p.mentionBegin() >= end) {
                limit = Math.min(limit, p.mentionBegin());
            }
        }
        int at = end < n && GROUP_WORDS.is("country", tokens.get(end).word()) ? end + 1 : end;
        String bare = country(words, at, n);
        if (bare != null) {
            return bare; // "Bộ trưởng Bộ Ngoại giao Trung Quốc", "... nước Lào"
        }
        for (int i = end; i < limit; i++) {
            String w = tokens.get(i).word();
            if (CLAUSE_ENDS.contains(w) || GROUP_WORDS.is("predicate", w)) {
                return null;
            }
            if (w.equals("(") || w.equals("-LRB-")) {
                String inBrackets = country(words, i + 1, n);
                if (inBrackets != null) {
                    return inBrackets;
                }
            }
        }
        return null;
    }

    /**
     * The end of the foreign country, "nước" before it or not, that starts at token {@code i} and ends by {@code limit}
     * ("Thủ tướng | nước Cộng hòa Dân chủ Nhân dân Lào | Thongloun Sisoulith"), or -1.
     */
    int countryEnd(List<CoreLabel> tokens, List<List<String>> words, int i, int limit) {
        TokenTrie.Match<String> c = countryAt(tokens, words, i, limit);
        return c == null ? -1 : c.end();
    }

    /** As {@link #countryEnd}: the foreign country's name that starts at token {@code i} ("nước" skipped), or null. */
    TokenTrie.Match<String> countryAt(List<CoreLabel> tokens, List<List<String>> words, int i, int limit) {
        int at = i < limit && GROUP_WORDS.is("country", tokens.get(i).word()) ? i + 1 : i;
        TokenTrie.Match<String> place = at < limit ? lex.placeNames().longestMatch(words, at, limit) : null;
        return place != null && country(words, at, limit) != null ? place : null;
    }

    private String country(List<List<String>> words, int i, int n) {
        TokenTrie.Match<String> place = i < n ? lex.placeNames().longestMatch(words, i, n) : null;
        if (place == null || !lex.isForeignCountry(place.value())) {
            return null;
        }
        // "Sở Ngoại vụ Lào Cai": the province whose name starts with the country's
        TokenTrie.Match<VnLexicon.Province> province = lex.provinces().longestMatch(words, i, n);
        return province != null && province.end() >= place.end() ? null : lex.country(place.value());
    }
}
