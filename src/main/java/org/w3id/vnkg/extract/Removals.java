package org.w3id.vnkg.extract;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.CoreLabel;

import org.w3id.vnkg.facts.Post;
import org.w3id.vnkg.nlp.PersonMention;
import org.w3id.vnkg.nlp.TokenTrie;
import org.w3id.vnkg.nlp.TrieOpenings;
import org.w3id.vnkg.nlp.VnLexicon;

/**
 * The posts a decision takes from a person named after them: "cách chức Bí thư Huyện ủy Phú Bình đối với ông Dương
 * Hữu Khánh", "miễn nhiệm chức vụ Phó Chủ tịch Quốc hội đối với ông Nguyễn Đức Hải". The verb (transfers.tsv, removes)
 * names the posts first and the person after "đối với" (group-words.tsv, object), so the titles are the person's,
 * left; a later mention of the person with those titles ("Ông Dương Hữu Khánh, Bí thư Huyện ủy Phú Bình, đã vi phạm")
 * tells what the post was, not that it is still held. A decision that gives the posts the same way (transfers.tsv,
 * grants: "phê chuẩn kết quả bầu chức vụ Chủ tịch UBND tỉnh Quảng Bình đối với ông Trương Công Hiển, Phó Bí thư Tỉnh
 * ủy, Phó Chủ tịch Thường trực UBND tỉnh") makes them the person's new posts ({@link Removal#grants}).
 */
final class Removals {
    private static final GroupWords GROUP_WORDS = GroupWords.load();
    /** How many tokens may stand between the titles removed and "đối với": "khóa VII, nhiệm kỳ 2016 - 2021". */
    private static final int MAX_GAP = 10;

    /**
     * The titles a decision removes (or, when {@code grants}, gives) and the person it removes them from; for a decision
     * that takes all the person's posts in the party ({@code party}), no titles: those are the ones written with the name;
     * for one that retires the person ({@code party} and {@code all}: "trao quyết định nghỉ hưu theo chế độ đối với ông
     * A, Giám đốc Sở Xây dựng"), all of those.
     */
    record Removal(PersonMention person, TitleParser.Chain titles, boolean grants, boolean party, boolean all) {
    }

    private final VnLexicon lex;
    private final TitleParser titles;
    private final TrieOpenings verbs;

    Removals(VnLexicon lex, TitleParser titles) {
        this.lex = lex;
        this.titles = titles;
        this.verbs = TrieOpenings.of(lex.partyRemovingWords(), lex.removingVerbs(), lex.grantingVerbs());
    }

    /** The removals a sentence states, in text order. */
    List<Removal> in(List<CoreLabel> tokens, List<List<String>> words, List<PersonMention> people) {
        List<Removal> found = new ArrayList<>();
        for (int v = 0; v < tokens.size(); v++) {
            if (!verbs.mayStartAt(words, v)) {
                continue;
            }
            TokenTrie.Match<Boolean> party = lex.partyRemovingWords().longestMatch(words, v, tokens.size());
            if (party != null) {
                PersonMention object = objectAt(tokens, people, party.end());
                if (object != null) {
                    found.add(new Removal(object, null, false, true, !party.value()));
                }
                v = party.end() - 1;
                continue;
            }
            TokenTrie.Match<Boolean> verb = lex.removingVerbs().longestMatch(words, v, tokens.size());
            boolean grants = verb == null;
            if (grants) {
                verb = lex.grantingVerbs().longestMatch(words, v, tokens.size());
            }
            if (verb == null) {
                continue;
            }
            int limit = nextMention(people, verb.end(), tokens.size());
            TitleParser.Chain chain = titles.parseChain(tokens, words, verb.end(), limit);
            if (chain == null) {
                continue;
            }
            PersonMention object = objectAfter(tokens, people, chain.end());
            if (object != null) {
                Post.Qualifier q = grants ? Post.Qualifier.NEW : Post.Qualifier.FORMER;
                List<Title> left = chain.titles().stream().map(t -> t.withQualifier(q)).toList();
                found.add(new Removal(object, new TitleParser.Chain(left, chain.end()), grants, false, false));
            }
            v = chain.end() - 1;
        }
        return found;
    }

    /** The person named right after "đối với" a few tokens after {@code from}, with no ";" or "." between; or null. */
    private static PersonMention objectAfter(List<CoreLabel> tokens, List<PersonMention> people, int from) {
        for (int k = from; k + 1 < tokens.size() && k - from <= MAX_GAP; k++) {
            String w = tokens.get(k).word();
            if (w.equals(";") || w.equals(".")) {
                return null;
            }
            if (GROUP_WORDS.is("object", w + " " + tokens.get(k + 1).word())) {
                for (PersonMention m : people) {
                    if (m.mentionBegin() == k + 2) {
                        return m;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** The person named at token {@code at}, or right after "đối với" there: "khai trừ ra khỏi Đảng (đối với) ông A". */
    private static PersonMention objectAt(List<CoreLabel> tokens, List<PersonMention> people, int at) {
        int k = at + 1 < tokens.size() && GROUP_WORDS.is("object", tokens.get(at).word() + " " + tokens.get(at + 1).word())
                ? at + 2 : at;
        for (PersonMention m : people) {
            if (m.mentionBegin() == k) {
                return m;
            }
        }
        return null;
    }

    private static int nextMention(List<PersonMention> people, int from, int otherwise) {
        for (PersonMention m : people) {
            if (m.mentionBegin() >= from) {
                return m.mentionBegin();
            }
        }
        return otherwise;
    }
}
