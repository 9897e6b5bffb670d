package org.w3id.vnkg.extract;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.CoreLabel;

import org.w3id.vnkg.facts.Post;
import org.w3id.vnkg.nlp.VnLexicon;

/**
 * The body a ";" list names once and its later items leave out, and the council a comma list of its committees' heads
 * names once, in any of its items.
 * <pre>
 *   "Trưởng Ban Pháp chế HĐND tỉnh là bà A; Trưởng Ban Kinh tế - Ngân sách là ông B"
 *   -> B's title is held in the HĐND tỉnh of the item before it
 *   "A làm trưởng Ban kinh tế - ngân sách, B làm trưởng Ban đô thị HĐND TP" -> A's is held in the HĐND TP after it
 * </pre>
 */
final class ListBodies {
    private static final GroupWords GROUP_WORDS = GroupWords.load();
    private final Offices offices;

    ListBodies(Offices offices) {
        this.offices = offices;
    }

    /**
     * A title of a ";" list that names no body, or only an organ of one, is held in the body the item before it
     * names, which the list says once: "Trưởng Ban Pháp chế HĐND tỉnh là bà A; Trưởng Ban Kinh tế - Ngân sách là ông
     * B" (the council's committee), "Bí thư Tỉnh ủy Quảng Nam A; Phó Bí thư B". A title with no body takes it only
     * from the same office or its deputy's (group-words.tsv, deputy), so "Bí thư Tỉnh ủy A; Chủ tịch B" leaves B's
     * title bare. A title that a later title of its own chain places ("Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức
     * Tỉnh ủy") is left to it.
     */
    TitleParser.Chain withListBody(List<CoreLabel> tokens, TitleParser.Chain chain, Title previous,
                                   List<Title> sentenceTitles) {
        List<Title> ts = new ArrayList<>(chain.titles());
        boolean changed = false;
        for (int i = 0; i < ts.size(); i++) {
            Title t = ts.get(i);
            if (placedLater(ts, i)) {
                continue;
            }
            if (previous == null || !semicolonBetween(tokens, previous.end(), t.start())) {
                Title organ = t.onlyOrgan() ? sameOrganList(t, previous, sentenceTitles) : null;
                if (organ != null && t.inBodyOf(organ) != null) {
                    ts.set(i, t.inBodyOf(organ));
                    changed = true;
                }
                continue;
            }
            Title held = t.onlyOrgan() ? t.inBodyOf(previous)
                    : Offices.sameOffice(t.role(), previous.role()) ? t.inSameBodyAs(previous) : null;
            if (held != null) {
                ts.set(i, held);
                changed = true;
            }
        }
        return changed ? new TitleParser.Chain(ts, chain.end()) : chain;
    }

    /**
     * The body a list's heading ends with, right before its colon and before the first person ({@code before}): "Kỳ
     * họp cũng bầu các trưởng ban của HĐND thành phố: ông A làm Trưởng ban Kinh tế - Ngân sách; bà B làm Trưởng ban
     * Pháp chế" holds both committees in the council (gen23c 011), as a title of the list naming it would. As a
     * membership title of that body ending at the colon, or null.
     */
    static Title heading(TitleParser parser, List<CoreLabel> tokens, List<List<String>> words, int before) {
        int colon = -1;
        for (int i = 0; i < before && i < tokens.size(); i++) {
            if (tokens.get(i).word().equals(":")) {
                colon = i;
                break;
            }
        }
        for (int k = 0; k < colon; k++) {
            Title body = parser.membership(tokens, words, GROUP_WORDS.written("membership"), k, colon);
            if (body != null && body.end() == colon && !body.national()) {
                return body;
            }
        }
        return null;
    }

    /**
     * The title of the same office in an organ of a body that a list joined by commas gives an organ's title written
     * without it: the item before ("Trưởng Ban Pháp chế HĐND tỉnh là A, Trưởng Ban Kinh tế - Ngân sách là B"), else the
     * first one after it in the sentence ("A làm trưởng Ban kinh tế - ngân sách, B làm trưởng Ban đô thị HĐND TP");
     * null when neither is so written.
     */
    private static Title sameOrganList(Title t, Title previous, List<Title> sentenceTitles) {
        if (previous != null && previous.end() <= t.start() && organOfBody(previous, t)) {
            return previous;
        }
        for (Title other : sentenceTitles) {
            if (other.start() >= t.end() && organOfBody(other, t)) {
                return other;
            }
        }
        return null;
    }

    /** Whether {@code other} holds the office of {@code t} in an organ it names with its body ("Ban Pháp chế HĐND tỉnh"). */
    private static boolean organOfBody(Title other, Title t) {
        return !other.onlyOrgan() && other.hasOrganization() && other.bodies().size() > 1
                && Offices.sameOffice(t.role(), other.role());
    }

    /**
     * The last title of the chain that names its body, else {@code previous}. A post left names a past body, not the
     * list's: "Phạm Văn Lực, nguyên Chủ tịch Ủy ban MTTQ tỉnh Thái Bình (cũ); Trần Thị Hoa, Phó Chủ tịch ...", nor does
     * a post held besides ("Trần Thị Hoa, Phó Chủ tịch kiêm Chủ tịch Hội LHPN tỉnh; Lưu Quang Minh, Phó Chủ tịch ...").
     */
    static Title bodied(TitleParser.Chain chain, Title previous) {
        Title last = previous;
        for (Title t : chain.titles()) {
            if (t.hasOrganization() && !t.onlyOrgan() && !ChainPosts.former(t) && t.qualifier() != Post.Qualifier.CONCURRENT) {
                last = t;
            }
        }
        return last;
    }

    /** True when a later title of the chain gives the i-th its body (a party committee, or a rank's national body). */
    private boolean placedLater(List<Title> ts, int i) {
        for (int j = i + 1; j < ts.size(); j++) {
            Title later = ts.get(j);
            if (later.kind() == VnLexicon.Body.Kind.COMMITTEE
                    || later.national() && later.hasOrganization() && offices.rankOf(ts.get(i), later)) {
                return true;
            }
        }
        return false;
    }

    /** A ";" between two items, or the colon that opens the list after its heading. */
    private static boolean semicolonBetween(List<CoreLabel> tokens, int from, int to) {
        for (int i = Math.max(0, from); i < to && i < tokens.size(); i++) {
            if (tokens.get(i).word().equals(";") || tokens.get(i).word().equals(":") && i == from) {
                return true;
            }
        }
        return false;
    }
}
