package org.w3id.vnkg.extract;

import java.util.List;

import org.w3id.vnkg.facts.Post;
import org.w3id.vnkg.nlp.VnLexicon;

/**
 * The body a party group written alone is set up in: the state body or mass organisation whose post the chain gives
 * right before it.
 * <pre>
 *   "Bộ trưởng Bộ Giao thông vận tải Nguyễn Văn Thể, Bí thư Ban cán sự đảng" -> Ban cán sự đảng Bộ Giao thông vận tải
 *   "ông A, Chủ tịch HĐND tỉnh Nghệ An, Bí thư Đảng đoàn"                  -> Đảng đoàn Hội đồng nhân dân tỉnh Nghệ An
 * </pre>
 * A party group is set up in a ministry, a council or a mass organisation, never in a party committee: after "Bí thư
 * Tỉnh ủy" or a seat ("Ủy viên Bộ Chính trị") it names no body (group-words.tsv, use party-group), and there the
 * post right after it names the body, as the press writes the chain of a council's or a People's Committee's head:
 * <pre>
 *   "ông A, Phó Bí thư Tỉnh ủy, Bí thư Ban cán sự đảng, Chủ tịch UBND tỉnh" -> Ban cán sự đảng Ủy ban nhân dân tỉnh ...
 * </pre>
 */
final class PartyGroupHosts {
    private static final GroupWords GROUP_WORDS = GroupWords.load();

    private final VnLexicon lex;

    PartyGroupHosts(VnLexicon lex) {
        this.lex = lex;
    }

    /**
     * The party group's full name, or null when {@code t} is no party group written alone or {@code before} (the post
     * the chain gives before it, {@code beforeTitle} its title as placed, null for a body filled in from the sentence)
     * holds no state body or mass organisation.
     */
    String hostOf(Title t, Post before, Title beforeTitle) {
        if (before == null || !t.onlyOrgan() || t.bodies().size() != 1 || t.place() != null
                || !GROUP_WORDS.is("party-group", t.bodies().get(0)) || lex.isMembership(before.role())) {
            return null;
        }
        VnLexicon.Body.Kind kind = beforeTitle != null ? beforeTitle.kind() : kindOf(before.organization());
        if (kind != VnLexicon.Body.Kind.NATIONAL && kind != VnLexicon.Body.Kind.LOCAL
                || beforeTitle != null && beforeTitle.onlyOrgan()) {
            return null;
        }
        return t.bodies().get(0) + " " + before.organization();
    }

    /**
     * The party group's full name where {@code group}, a party group written alone that no post before it hosts, comes
     * right before the post {@code next} of a state body or mass organisation in the chain ("Phó Bí thư Tỉnh ủy, Bí thư
     * Ban cán sự đảng, Chủ tịch UBND tỉnh": the Ban cán sự đảng of the Ủy ban nhân dân tỉnh); else null.
     */
    String hostAfter(Post group, Post next) {
        if (next == null || !GROUP_WORDS.is("party-group", group.organization()) || lex.isMembership(next.role())
                || GROUP_WORDS.is("party-group", next.organization())) {
            return null;
        }
        VnLexicon.Body.Kind kind = kindOf(next.organization());
        if (kind != VnLexicon.Body.Kind.NATIONAL && kind != VnLexicon.Body.Kind.LOCAL) {
            return null;
        }
        return group.organization() + " " + next.organization();
    }

    /** The last post of {@code posts} held by {@code person}, or null. */
    static Post lastOf(List<Post> posts, String person) {
        for (int i = posts.size() - 1; i >= 0; i--) {
            if (posts.get(i).person().equals(person)) {
                return posts.get(i);
            }
        }
        return null;
    }

    /** The kind of the gazetteer body an organization's name opens with ("Ủy ban nhân dân" of "... tỉnh Gia Lai"). */
    private VnLexicon.Body.Kind kindOf(String organization) {
        for (String name = organization; !name.isEmpty(); ) {
            VnLexicon.Body b = lex.body(name);
            if (b != null) {
                return b.kind();
            }
            int cut = name.lastIndexOf(' ');
            name = cut < 0 ? "" : name.substring(0, cut);
        }
        return null;
    }
}
