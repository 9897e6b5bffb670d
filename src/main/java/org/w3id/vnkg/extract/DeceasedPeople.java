package org.w3id.vnkg.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

import org.w3id.vnkg.lexicon.Tsv;
import org.w3id.vnkg.nlp.PersonMention;
import org.w3id.vnkg.nlp.TokenTrie;
import org.w3id.vnkg.nlp.TokenWords;
import org.w3id.vnkg.nlp.VnLexicon;
import org.w3id.vnkg.normalize.TextNormalizer;

/**
 * The people a story reports dead (lexicon/death-words.tsv): an obituary, a funeral, a commemoration of a late leader.
 * The dead hold no post at the story's date and attend none of its meetings, whatever titles the story gives them.
 * <pre>
 *   "Đồng chí Hoàng Văn Kỳ, nguyên Phó Bí thư Tỉnh ủy, ... đã từ trần hồi 22 giờ 15 phút"    death verb after his titles
 *   "Đồng chí Nguyễn Văn Phúc, sinh năm 1931; ... Do tuổi cao, ..., nhưng đồng chí đã từ trần" the person named before
 *   "Lễ tang đồng chí A", "viếng nguyên Chủ tịch UBND tỉnh B", "kỷ niệm 110 năm Ngày sinh đồng chí C",
 *   "cố Thủ tướng Phạm Văn Đồng"                                                      mourning or remembrance before
 *   "Đồng chí Võ Trọng Hải, Trưởng Ban Lễ tang đọc điếu văn"                          alive ("ban lễ tang": use none)
 * </pre>
 * Between a word of mourning and the name stand only honorifics and a chain of titles; between a name and the verb of
 * death only the name's titles, commas and fillers ("đã"): "Ông A cho biết, mẹ ông qua đời năm 2010" reports no one.
 */
final class DeceasedPeople {
    private static final DeceasedPeople STANDARD = new DeceasedPeople(Tsv.load("death-words.tsv"), VnLexicon.standard());

    private enum Use { AFTER, BEFORE, FILLER, NONE }

    private final TokenTrie<Use> words = new TokenTrie<>();
    private final VnLexicon lex;
    private final TitleParser titles;

    DeceasedPeople(Tsv table, VnLexicon lex) {
        for (Map<String, String> row : table.rows()) {
            words.put(TokenWords.ofPhrase(row.get("word")), Use.valueOf(row.get("use").toUpperCase(java.util.Locale.ROOT)));
        }
        this.lex = lex;
        this.titles = new TitleParser(lex);
    }

    static DeceasedPeople standard() {
        return STANDARD;
    }

    /** The keys ({@link TextNormalizer#key}) of the names of the people the sentences report dead. */
    Set<String> in(List<Sentence> sentences) {
        Set<String> dead = new HashSet<>();
        PersonMention lastNamed = null; // the person "đồng chí đã từ trần" speaks of, in a sentence that names no one
        for (Sentence s : sentences) {
            List<CoreLabel> tokens = s.core().tokens();
            List<List<String>> keys = TokenWords.of(s.core().coreMap()); // the pipeline's, not made again (JFR)
            List<PersonMention> people = PostExtractor.mentions(s);
            for (int i = 0; i < tokens.size(); i++) {
                TokenTrie.Match<Use> m = words.longestMatch(keys, i, tokens.size());
                if (m == null) {
                    continue;
                }
                PersonMention who = switch (m.value()) {
                    case AFTER -> subjectBefore(tokens, keys, people, i, lastNamed);
                    case BEFORE -> namedAfter(tokens, keys, people, m.end());
                    default -> null;
                };
                if (who != null) {
                    dead.add(TextNormalizer.key(who.name()));
                }
                i = m.end() - 1;
            }
            if (!people.isEmpty()) {
                lastNamed = people.get(people.size() - 1);
            }
        }
        return Set.copyOf(dead);
    }

    /** The person whose name, titles and fillers end right at the verb of death at {@code verb}, or null. */
    private PersonMention subjectBefore(List<CoreLabel> tokens, List<List<String>> keys, List<PersonMention> people,
                                        int verb, PersonMention lastNamed) {
        int end = verb;
        while (end > 0 && (isFiller(keys, end - 1) || tokens.get(end - 1).word().equals(","))) {
            end--;
        }
        PersonMention before = null;
        for (PersonMention p : people) {
            if (p.tokenEnd() <= end) {
                before = p;
            }
        }
        if (before == null) {
            // "..., nhưng đồng chí đã từ trần": an honorific alone stands for the person the story named last
            return honorificEndsAt(keys, end) ? lastNamed : null;
        }
        int from = before.tokenEnd();
        if (from < end && (tokens.get(from).word().equals(",") || tokens.get(from).word().equals("-"))) {
            from++;
        }
        if (from == end) {
            return before;
        }
        TitleParser.Chain chain = titles.parseChain(tokens, keys, from, end);
        return chain != null && chain.end() == end ? before : null;
    }

    /** The person named right after a word of mourning that ends at {@code from}, past honorifics and titles, or null. */
    private PersonMention namedAfter(List<CoreLabel> tokens, List<List<String>> keys, List<PersonMention> people,
                                     int from) {
        for (PersonMention p : people) {
            if (p.mentionBegin() < from) {
                continue;
            }
            if (p.mentionBegin() == from) {
                return p;
            }
            TitleParser.Chain chain = titles.parseChain(tokens, keys, from, p.mentionBegin());
            return chain != null && chain.end() == p.mentionBegin() ? p : null;
        }
        return null;
    }

    /** True when an honorific ("đồng chí", "ông") ends right before token {@code end}. */
    private boolean honorificEndsAt(List<List<String>> keys, int end) {
        for (int start = end - 1; start >= 0 && start >= end - 3; start--) {
            TokenTrie.Match<VnLexicon.Honorific> h = lex.honorifics().longestMatch(keys, start, end);
            if (h != null && h.end() == end) {
                return true;
            }
        }
        return false;
    }

    private boolean isFiller(List<List<String>> keys, int i) {
        TokenTrie.Match<Use> m = words.longestMatch(keys, i, i + 1);
        return m != null && m.value() == Use.FILLER;
    }
}
