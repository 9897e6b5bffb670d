package org.w3id.vnkg.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.w3id.vnkg.facts.Post;
import org.w3id.vnkg.nlp.VnLexicon;

/**
 * The posts of an article whose body or role is written in short, resolved against the ones written in full: a
 * placeless committee and a delegation named by its mission alone take the full name the story gave them last, and
 * a post named again in short is dropped beside its full form.
 * <pre>
 *   "Phó Trưởng Đoàn kiểm tra" after "Đoàn kiểm tra số 7 của Bộ Chính trị"   -> of Đoàn kiểm tra số 7 của Bộ Chính trị
 *   "Phó Thủ tướng" after "Phó Thủ tướng Thường trực Chính phủ"               -> dropped
 * </pre>
 */
final class ShortForms {
    private final List<String> placelessCommittees;

    ShortForms(VnLexicon lex) {
        this.placelessCommittees = lex.placelessCommittees();
    }

    /** The posts in their order, short bodies named in full, short repeats and unresolved delegations dropped. */
    List<Post> resolve(Collection<Post> all) {
        List<Post> kept = new ArrayList<>(all.size());
        Map<String, String> latestFull = new HashMap<>(); // a placeless committee's name -> its last full name
        Map<String, String> delegations = new HashMap<>(); // "Đoàn kiểm tra" -> the last one named in full
        for (Post p : all) {
            p = namedInShort(p, latestFull);
            if (TitleParser.isShortDelegation(p.organization())) {
                // "Phó Trưởng Đoàn kiểm tra" after "Đoàn kiểm tra số 7 của Bộ Chính trị" named in an earlier sentence
                String full = delegations.get(p.organization());
                if (full == null) {
                    continue;
                }
                p = new Post(p.person(), p.gender(), p.rank(), p.role(), full, p.province(), p.qualifier(), p.asOf(),
                        ChainPosts.CONFIDENCE_FILLED, p.evidence());
            } else {
                String[] orgWords = p.organization().split(" ");
                StringBuilder prefix = new StringBuilder(orgWords[0]);
                for (int w = 1; w < Math.min(orgWords.length, 4); w++) {
                    prefix.append(' ').append(orgWords[w]);
                    if (TitleParser.isShortDelegation(prefix.toString())) {
                        delegations.put(prefix.toString(), p.organization());
                    }
                }
            }
            if (!namedInFull(p, all)) {
                kept.add(p);
            }
        }
        return kept;
    }

    /**
     * A committee that has no place of its own, written alone, is the one of that name the story named in full last:
     * "Đồng chí Nguyễn Thị Bích Hạnh ... được bầu giữ chức Bí thư Đảng ủy các cơ quan Đảng tỉnh; ... Đồng chí Trương
     * Quang Vũ được bầu giữ chức Phó Bí thư Đảng ủy" (of the Đảng ủy các cơ quan Đảng tỉnh). Records the full names.
     */
    private Post namedInShort(Post p, Map<String, String> latestFull) {
        String org = p.organization();
        for (String name : placelessCommittees) {
            String full = latestFull.get(name);
            if (full != null && (org.equals(name) || org.endsWith(" " + name))) {
                return new Post(p.person(), p.gender(), p.rank(), p.role(),
                        org.substring(0, org.length() - name.length()) + full, p.province(), p.qualifier(), p.asOf(),
                        ChainPosts.CONFIDENCE_FILLED, p.evidence());
            }
            int at = org.indexOf(name + " ");
            if (at == 0 || at > 0 && org.charAt(at - 1) == ' ') {
                latestFull.put(name, org.substring(at));
            }
        }
        return p;
    }

    /**
     * A post named again in short is the same post, not a second one: "Phó Thủ tướng Nguyễn Hòa Bình" after "Nguyễn
     * Hòa Bình, ..., Phó Thủ tướng Thường trực Chính phủ" (a longer role of the same body that starts with its words),
     * "được HĐND thành phố bầu làm Chủ tịch UBND" before "giữ chức Chủ tịch UBND TP Hà Nội" (the same role in a body
     * whose name starts with its words). A post an election or appointment gives is no repeat of a longer one held
     * before it: "Lô Văn Thắng, Phó Bí thư Thường trực Đảng ủy xã" then "được bầu giữ chức Phó Bí thư Đảng ủy xã".
     */
    private static boolean namedInFull(Post p, Collection<Post> all) {
        for (Post q : all) {
            if (q == p || ChainPosts.former(q) != ChainPosts.former(p) || !q.person().equals(p.person())) {
                continue;
            }
            boolean sameBody = q.organization().equalsIgnoreCase(p.organization());
            boolean givenAfter = p.qualifier() == Post.Qualifier.NEW && q.qualifier() != Post.Qualifier.NEW;
            if (sameBody && Offices.startsWithWords(q.role(), p.role()) && !givenAfter
                    || q.role().equalsIgnoreCase(p.role()) && Offices.startsWithWords(q.organization(), p.organization())) {
                return true;
            }
        }
        return false;
    }
}
