package org.w3id.vnkg.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.w3id.vnkg.nlp.TokenTrie;
import org.w3id.vnkg.nlp.TokenWords;
import org.w3id.vnkg.nlp.VnLexicon;

/**
 * The body a bare title belongs to when the text leaves it out but names it nearby, as a province left
 * implicit is the article's own (roles.tsv, body_word):
 * <pre>
 *   "Đại diện Bộ NN&amp;PTNT, Thứ trưởng Phùng Đức Tiến cho biết ..."      -> Bộ Nông nghiệp và Phát triển nông thôn
 *   "Bộ Y tế triển khai công tác năm 2017\n\n... Thứ trưởng Nguyễn Viết Tiến báo cáo" -> Bộ Y tế
 * </pre>
 * The sentence's own body wins; else the body the headline and lead name. Only a body named as such counts,
 * not one inside another person's title: in "Thứ trưởng Nguyễn Viết Tiến, Thứ trưởng Bộ Quốc phòng Lê Chiêm"
 * the ministry is Lê Chiêm's. Where the sentence or the lead names two ministries, the text does not say which
 * one: no body (and so no post).
 */
final class ImpliedBodies {
    /** The headline and lead: a ministry named there is what the article is about. */
    private static final int LEAD = 400;
    /** The first word of a ministry's name (roles.tsv body_word of its minister). */
    private static final String MINISTRY = "Bộ";

    private final VnLexicon lex;

    ImpliedBodies(VnLexicon lex) {
        this.lex = lex;
    }

    /**
     * The one national body whose name starts with {@code bodyWord} that the sentence names, or null; one inside the
     * title of {@code role}'s office (its deputy's, its head's) counts.
     */
    String inSentence(Sentence s, String bodyWord, String role) {
        Set<String> found = new LinkedHashSet<>();
        collect(s, bodyWord, role, false, found);
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** The one such body the article's headline and lead name, or null. */
    String inLead(ArticleContext ctx, String bodyWord) {
        return inLead(ctx, bodyWord, false);
    }

    /**
     * The one such body the headline and lead name, in anyone's title too: "Bộ trưởng Bộ Công Thương Vũ Huy Hoàng đến dự
     * ... Cùng dự hội nghị có Thứ trưởng Hồ Thị Kim Thoa" (soe16 005); null where none or two are named.
     */
    String inLeadTitles(ArticleContext ctx, String bodyWord) {
        return inLead(ctx, bodyWord, true);
    }

    /**
     * The one ministry a department written without it ("Vụ trưởng Vụ Tổ chức cán bộ", "Cục Cảnh sát ...") is of:
     * the one the sentence, else the headline and lead, name, in anyone's title too ("Lễ công bố quyết định của Bộ
     * trưởng Bộ Công an"): a minister named beside a department is of its ministry. Null where none or two are named.
     */
    String ministryOf(ArticleContext ctx, Sentence s) {
        Set<String> found = new LinkedHashSet<>();
        collect(s, MINISTRY, null, true, found);
        return found.size() == 1 ? found.iterator().next() : inLead(ctx, MINISTRY, true);
    }

    private String inLead(ArticleContext ctx, String bodyWord, boolean inTitles) {
        Set<String> found = new LinkedHashSet<>();
        for (Sentence s : ctx.sentences()) {
            if (s.begin() >= LEAD) {
                break;
            }
            collect(s, bodyWord, null, inTitles, found);
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /**
     * The national bodies starting with {@code bodyWord} that the sentence names, but for one inside another person's
     * title; a title of the same office as {@code role} (null for none) shares its body: "Trung tướng A, Chính ủy
     * Quân khu; Thiếu tướng B, Phó Chính ủy Quân khu 9" (a region has one Chính ủy; a ministry many Thứ trưởng).
     */
    private void collect(Sentence s, String bodyWord, String role, boolean inTitles, Set<String> found) {
        List<List<String>> words = TokenWords.of(s.core().coreMap());
        String prefix = bodyWord + " ";
        int titleEnd = -1;
        boolean sameOffice = false;
        int i = 0;
        while (i < words.size()) {
            TokenTrie.Match<VnLexicon.Role> r = lex.roles().longestMatch(words, i, words.size());
            if (r != null) {
                titleEnd = r.end();
                String other = r.value().name();
                sameOffice = role != null && !other.equalsIgnoreCase(role) && Offices.sameOffice(role, other);
                i = r.end();
                continue;
            }
            TokenTrie.Match<VnLexicon.Body> b = lex.bodies().longestMatch(words, i, words.size());
            if (b == null) {
                i++;
                continue;
            }
            // "Bộ Chính trị" starts as a ministry's name does but is the party's (level party): no ministry of the sentence
            if (b.value().kind() == VnLexicon.Body.Kind.NATIONAL && b.value().name().startsWith(prefix)
                    && !"party".equals(b.value().level()) && (i != titleEnd || sameOffice || inTitles)) {
                found.add(b.value().name());
            }
            i = b.end();
        }
    }
}
