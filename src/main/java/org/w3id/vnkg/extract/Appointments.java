package org.w3id.vnkg.extract;

import java.util.List;

import edu.stanford.nlp.ling.CoreLabel;

import org.w3id.vnkg.facts.Post;
import org.w3id.vnkg.nlp.PersonMention;
import org.w3id.vnkg.nlp.TokenTrie;
import org.w3id.vnkg.nlp.VnLexicon;

/**
 * Which titles of a chain are the posts a person leaves when the text appoints or transfers them:
 * <pre>
 *   "bổ nhiệm ông A, Phó Giám đốc Sở Tài chính, giữ chức Giám đốc Sở Tài chính"
 *       -> Phó Giám đốc left (the new title is in the same body), Giám đốc held
 *   "bầu ông A, Phó Bí thư Thành ủy, giữ chức Chủ tịch UBND thành phố"  -> both held (other bodies)
 *   "điều động, chỉ định đồng chí A, Ủy viên Trung ương Đảng, Phó Trưởng Ban Kinh tế Trung ương, ..."
 *       -> Phó Trưởng Ban left, Ủy viên kept (a membership: transfers.tsv)
 * </pre>
 * The appointing links ("giữ chức", "được bầu làm") are title-links.tsv's, the transfer verbs transfers.tsv's.
 */
final class Appointments {
    /** How far before the name a transfer verb may stand: "điều động, chỉ định đồng chí". */
    private static final int VERB_WINDOW = 8;
    /** How many tokens the longest verb that grants a post has: "bổ nhiệm lại chức vụ". */
    private static final int GRANT_WORDS = 6;
    private static final GroupWords GROUP_WORDS = GroupWords.load();

    private final VnLexicon lex;
    private final TitleParser titles;

    Appointments(VnLexicon lex, TitleParser titles) {
        this.lex = lex;
        this.titles = titles;
    }

    /** True when the title is introduced by a link that gives a post taken up ("giữ chức Giám đốc ..."). */
    boolean appoints(List<List<String>> words, Title t) {
        return titles.appointsAt(words, t.start(), t.end()) || grantedAt(words, t.start());
    }

    /**
     * True when the title is introduced by a link that ends the post ("thôi giữ chức Chủ tịch UBND huyện", "từng giữ chức
     * ..."): the person holds it nowhere in the story, though another sentence names it with the name.
     */
    boolean ends(List<List<String>> words, Title t) {
        var q = titles.link(words, t.start(), t.end());
        return q != null && q.value() == Post.Qualifier.FORMER;
    }

    /** True when a verb that grants the title ends right before it: "bầu chức vụ |Chủ tịch UBND tỉnh ... đối với ông A". */
    private boolean grantedAt(List<List<String>> words, int start) {
        for (int k = Math.max(0, start - GRANT_WORDS); k < start; k++) {
            var v = lex.grantingVerbs().longestMatch(words, k, start);
            if (v != null && v.end() == start) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the title is introduced by an appointing link that transfers: "được điều động, chỉ định giữ chức"
     * after the name and the titles it leaves ("ông A, Phó Chủ tịch UBND xã B, được điều động ..."), also from words
     * the title grammar stepped over since {@code from}, the end of the title before ("ông C, Bí thư Huyện ủy Tiên
     * Yên, được điều động về nhận công tác tại Văn phòng Tỉnh ủy, giữ chức ...").
     */
    boolean transfersBy(List<List<String>> words, Title t, int from) {
        return appoints(words, t) && transferVerbIn(words, Math.min(from, t.start()), t.end());
    }

    /**
     * True when the person's name is the object of a transfer verb: "điều động đồng chí A", "điều động, chỉ
     * định đồng chí A". Only other verbs of the decision and commas may stand between, so "Về công tác luân
     * chuyển, đồng chí A, Trưởng Ban Tổ chức Tỉnh ủy cho biết" transfers nobody.
     */
    boolean transferred(List<String> tokenWords, List<List<String>> words, PersonMention m) {
        int j = decisionStart(tokenWords, words, m);
        return j >= 0 && verbIn(lex.transferVerbs(), words, j, m.mentionBegin());
    }

    /**
     * True when the person's name is the object of a verb that transfers only to a post a link after the titles gives
     * (transfers.tsv, assigns): "phân công đồng chí A, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Lắk giữ chức Trưởng
     * Ban Dân tộc tỉnh" leaves the posts written with the name; "phân công ông B, Phó Chủ tịch UBND tỉnh, phụ trách
     * ..." divides the work and leaves none.
     */
    boolean assigned(List<String> tokenWords, List<List<String>> words, PersonMention m) {
        int j = decisionStart(tokenWords, words, m);
        return j >= 0 && verbIn(lex.assigningVerbs(), words, j, m.mentionBegin());
    }

    /**
     * True when the person's name is the object of a verb that gives a post: "phê chuẩn bổ nhiệm ông A", "bầu bổ sung
     * bà B", "giới thiệu đồng chí C" (transfers.tsv, appoints), with only words of the decision and commas between.
     */
    boolean appointed(List<String> tokenWords, List<List<String>> words, PersonMention m) {
        int j = decisionStart(tokenWords, words, m);
        return j >= 0 && verbIn(lex.appointingVerbs(), words, j, m.mentionBegin());
    }

    /**
     * {@link #appointed} for the name itself or, for a name that opens an item of a ";" list, for the name of the
     * list's first item: "phê chuẩn bổ nhiệm Đại tướng A giữ chức Bộ trưởng Bộ Quốc phòng; ông B, Tổng Kiểm toán Nhà
     * nước, giữ chức Bộ trưởng Bộ Tài chính" (the verb is said once for the list).
     */
    boolean appointedInList(List<String> tokenWords, List<List<String>> words, List<PersonMention> people,
                            PersonMention m) {
        if (appointed(tokenWords, words, m)) {
            return true;
        }
        PersonMention item = m;
        for (int k = people.indexOf(m) - 1; k >= 0 && opensItem(tokenWords, item); k--) {
            PersonMention before = people.get(k);
            if (tokenWords.subList(before.tokenEnd(), item.mentionBegin()).contains(".")) {
                return false;
            }
            if (appointed(tokenWords, words, before)) {
                return true;
            }
            item = before;
        }
        return false;
    }

    /** Whether a ";" stands right before the name: it opens an item of a list. */
    private static boolean opensItem(List<String> tokenWords, PersonMention m) {
        return m.mentionBegin() > 0 && tokenWords.get(m.mentionBegin() - 1).equals(";");
    }

    /**
     * True when taking up the post {@code taken} (a title given by an appointment) ends the post {@code held} written
     * before it in another body: "phê chuẩn bổ nhiệm ông A, Tổng Kiểm toán Nhà nước, giữ chức Bộ trưởng Bộ Tài chính";
     * "bổ nhiệm Thượng tướng B, Phó Tổng Tham mưu trưởng, giữ chức Thứ trưởng Bộ Quốc phòng". One holds one post of
     * the state or of a mass organisation at a time, but keeps the posts of the party's committees and boards and of
     * the elected councils (transfers.tsv, kept-body; a body under a party committee, "Ban Dân vận Tỉnh ủy") and
     * memberships; a post taken concurrently ("kiêm") or in the Front's committee ends none.
     */
    boolean displaces(Title taken, Post takenPost, Title held, Post heldPost) {
        return takenPost.qualifier() != Post.Qualifier.CONCURRENT && heldPost.qualifier() != Post.Qualifier.FORMER
                && executive(taken, takenPost) && executive(held, heldPost)
                && !lex.isKeptBeside(takenPost.organization());
    }

    private boolean executive(Title t, Post p) {
        if (lex.isMembership(p.role()) || lex.isKeptBody(p.organization())) {
            return false;
        }
        for (String b : t.bodies()) {
            VnLexicon.Body body = lex.body(b);
            if (body != null && body.kind() == VnLexicon.Body.Kind.COMMITTEE) {
                return false;
            }
        }
        return !t.bodies().isEmpty();
    }

    /**
     * Where the words of a decision ("điều động, chỉ định", "phê chuẩn bổ nhiệm") written right before the name
     * start, commas between them included; -1 when none stands there.
     */
    private int decisionStart(List<String> tokenWords, List<List<String>> words, PersonMention m) {
        int from = Math.max(0, m.mentionBegin() - VERB_WINDOW);
        int j = m.mentionBegin();
        boolean verb = false;
        while (j > from) {
            int step = verbEndingAt(words, j, from);
            if (step < 0) {
                break;
            }
            verb = true;
            j = step;
            if (j > from && tokenWords.get(j - 1).equals(",")) {
                j--;
            }
        }
        return verb ? j : -1;
    }

    /** The start of a word of the decision (transfers.tsv: verb, joins, assigns or appoints) that ends at token {@code end}, or -1. */
    private int verbEndingAt(List<List<String>> words, int end, int from) {
        for (int k = Math.max(from, end - 3); k < end; k++) {
            var v = lex.decisionWords().longestMatch(words, k, end);
            if (v != null && v.end() == end) {
                return k;
            }
        }
        return -1;
    }

    private boolean transferVerbIn(List<List<String>> words, int from, int to) {
        return verbIn(lex.transferVerbs(), words, from, to);
    }

    private static boolean verbIn(TokenTrie<Boolean> verbs, List<List<String>> words, int from, int to) {
        for (int k = from; k < to; k++) {
            if (verbs.longestMatch(words, k, to) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the words at token {@code at}, after a comma at most, say the person leaves the titles written
     * before them (transfers.tsv, leaves): "cho ông A, Giám đốc Sở Y tế, nghỉ hưu theo chế độ", also past words of
     * tense (group-words.tsv, aspect: "ông B, Chủ tịch HĐND tỉnh, đã nghỉ hưu"). False for {@code at} -1.
     */
    boolean leavesAll(List<CoreLabel> tokens, List<List<String>> words, int at) {
        if (at < 0) {
            return false;
        }
        int i = at < tokens.size() && tokens.get(at).word().equals(",") ? at + 1 : at;
        for (int n = 0; n < 2 && i < tokens.size(); n++) { // "bà A, Chủ tịch Hội LHPN tỉnh, đã nghỉ hưu", "cũng đã"
            int e = GROUP_WORDS.phraseEnd("aspect", tokens, i, tokens.size());
            if (e < 0) {
                break;
            }
            i = e;
        }
        return i < tokens.size() && lex.leavingWords().longestMatch(words, i, tokens.size()) != null;
    }

    /** True when a transfer leaves the post ("Ủy viên" of a committee, a post of the Secretariat stay). */
    boolean leftByTransfer(String role, String organization) {
        return !lex.isMembership(role) && !lex.isMembershipBody(organization);
    }
}
