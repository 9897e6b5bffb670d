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
            for (PersonMention object : objectsAfter(tokens, words, people, chain.end())) {
                Post.Qualifier q = grants ? Post.Qualifier.NEW : Post.Qualifier.FORMER;
                List<Title> left = chain.titles().stream().map(t -> t.withQualifier(q)).toList();
                found.add(new Removal(object, new TitleParser.Chain(left, chain.end()), grants, false, false));
            }
            v = chain.end() - 1;
        }
        return found;
    }

    /**
     * The people named right after "đối với" a few tokens after {@code from}, with no ";" or "." between: one ("đối với
     * ông A"), or a list opened by "các", its honorifics and a colon at most ("phê chuẩn kết quả bầu chức vụ Phó Chủ tịch
     * UBND tỉnh ... đối với các ông: A, B, C và D": each of them; gen25a 010); none when no name follows.
     */
    private List<PersonMention> objectsAfter(List<CoreLabel> tokens, List<List<String>> words, List<PersonMention> people,
                                             int from) {
        for (int k = from; k + 1 < tokens.size() && k - from <= MAX_GAP; k++) {
            String w = tokens.get(k).word();
            if (w.equals(";") || w.equals(".")) {
                return List.of();
            }
            if (GROUP_WORDS.is("object", w + " " + tokens.get(k + 1).word())) {
                PersonMention first = mentionAt(people, k + 2);
                if (first != null) {
                    return List.of(first);
                }
                int at = listOpened(tokens, words, k + 2);
                return at < 0 ? List.of() : listedFrom(tokens, people, at);
            }
        }
        return List.of();
    }

    /** Past "các", its honorifics ("ông", "ông, bà") and a colon at most from {@code at}: where the list's names open; or -1. */
    private int listOpened(List<CoreLabel> tokens, List<List<String>> words, int at) {
        if (at >= tokens.size() || !GROUP_WORDS.is("group", tokens.get(at).word())) {
            return -1;
        }
        int i = at + 1;
        while (i < tokens.size()) {
            TokenTrie.Match<VnLexicon.Honorific> h = lex.honorifics().longestMatch(words, i, tokens.size());
            if (h == null) {
                break;
            }
            i = h.end();
            if (i + 1 < tokens.size() && (tokens.get(i).word().equals(",") || GROUP_WORDS.is("and", tokens.get(i).word()))
                    && lex.honorifics().longestMatch(words, i + 1, tokens.size()) != null) {
                i++; // "các ông, bà:"
            }
        }
        return i < tokens.size() && tokens.get(i).word().equals(":") ? i + 1 : i;
    }

    /** The names listed from token {@code at} on, one after another with a comma or "và" between. */
    private static List<PersonMention> listedFrom(List<CoreLabel> tokens, List<PersonMention> people, int at) {
        List<PersonMention> out = new ArrayList<>();
        PersonMention m = mentionAt(people, at);
        while (m != null) {
            out.add(m);
            int next = m.tokenEnd();
            if (next >= tokens.size() || !(tokens.get(next).word().equals(",")
                    || GROUP_WORDS.is("and", tokens.get(next).word()))) {
                break;
            }
            m = mentionAt(people, next + 1);
        }
        return out;
    }

    private static PersonMention mentionAt(List<PersonMention> people, int at) {
        for (PersonMention m : people) {
            if (m.mentionBegin() == at) {
                return m;
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
