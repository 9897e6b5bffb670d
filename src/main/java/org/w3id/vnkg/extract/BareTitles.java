package org.w3id.vnkg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.w3id.vnkg.facts.Post;
import org.w3id.vnkg.nlp.PersonMention;
import org.w3id.vnkg.nlp.VnLexicon;
import org.w3id.vnkg.normalize.TextNormalizer;

/**
 * Places the titles the text gives without their body, once the article's explicit posts are known: in the body of
 * that kind the sentence, else the lead, names ({@link ImpliedBodies}).
 * <pre>
 *   "Thứ trưởng Phùng Đức Tiến" in a story whose lead names Bộ Nông nghiệp và Phát triển nông thôn
 *   -> Post[Phùng Đức Tiến, Thứ trưởng, Bộ Nông nghiệp và Phát triển nông thôn]
 * </pre>
 */
final class BareTitles {
    private final VnLexicon lex;
    private final ImpliedBodies implied;

    /** A title whose body the text leaves out, to be placed once the article's explicit posts are known. */
    record Bare(Sentence sentence, PersonMention person, Title title, String bodyWord, boolean appointedAfter) {
    }

    BareTitles(VnLexicon lex) {
        this.lex = lex;
        this.implied = new ImpliedBodies(lex);
    }

    /**
     * "Thứ trưởng Phùng Đức Tiến" with no ministry: the one the sentence names, else the one the lead names
     * ({@link ImpliedBodies}). A person the article gives that title with its body elsewhere keeps that one.
     */
    void place(ArticleContext ctx, List<Bare> bare, Map<String, Post> out) {
        Map<String, Optional<String>> leadBodies = new HashMap<>(); // the lead is read once per body word
        Map<String, Optional<String>> leadTitleBodies = new HashMap<>();
        for (Bare b : bare) {
            String personRole = TextNormalizer.key(b.person().name() + "|" + b.title().role() + "|");
            if (out.keySet().stream().anyMatch(k -> k.startsWith(personRole))) {
                continue;
            }
            String body = implied.inSentence(b.sentence(), b.bodyWord(), b.title().role());
            if (body == null) {
                body = leadBodies.computeIfAbsent(b.bodyWord(), w -> Optional.ofNullable(implied.inLead(ctx, w)))
                        .orElse(null);
            }
            if (body == null) {
                body = leadTitleBodies.computeIfAbsent(b.bodyWord(),
                        w -> Optional.ofNullable(implied.inLeadTitles(ctx, w))).orElse(null);
            }
            if (body == null) {
                continue;
            }
            PersonMention m = b.person();
            Post.Qualifier q = b.appointedAfter() && appointedTo(out, m, body, ctx.evidence(b.sentence()))
                    ? Post.Qualifier.FORMER : b.title().qualifier();
            Post p = new Post(m.name(), m.gender(), m.rank(), b.title().role(), body, null, q,
                    ctx.eventDate(), ChainPosts.CONFIDENCE_FILLED, ctx.evidence(b.sentence()));
            out.putIfAbsent(TextNormalizer.key(p.person() + "|" + p.role() + "|" + p.organization()), p);
            unitsPartyCommittee(out, p);
        }
    }

    /**
     * Whether the sentence appoints the person to a new post in {@code body}: "Phó Tư lệnh, Tham mưu trưởng Quân khu được
     * bổ nhiệm giữ chức Tư lệnh Quân khu 7" leaves the posts held in Quân khu 7 before, as a title written with its body
     * would be left (ChainPosts).
     */
    private static boolean appointedTo(Map<String, Post> out, PersonMention m, String body, org.w3id.vnkg.facts.Evidence evidence) {
        return out.values().stream().anyMatch(p -> p.person().equals(m.name()) && p.qualifier() == Post.Qualifier.NEW
                && p.organization().equals(body) && p.evidence().begin() == evidence.begin());
    }

    /**
     * "Phó Bí thư Đảng ủy, Tư lệnh Quân khu" once "Tư lệnh Quân khu" is placed in Quân khu 4: the bare party committee
     * the same sentence gave the person ({@link Title#inPartyCommitteeOf}) is that unit's, Đảng ủy Quân khu 4.
     */
    private void unitsPartyCommittee(Map<String, Post> out, Post placed) {
        for (Map.Entry<String, Post> e : List.copyOf(out.entrySet())) {
            Post q = e.getValue();
            VnLexicon.Body own = lex.body(q.organization());
            if (!q.person().equals(placed.person()) || q.evidence().begin() != placed.evidence().begin() || own == null
                    || own.kind() != VnLexicon.Body.Kind.COMMITTEE || !"any".equals(own.level())) {
                continue;
            }
            out.remove(e.getKey());
            Post unit = new Post(q.person(), q.gender(), q.rank(), q.role(), q.organization() + " "
                    + placed.organization(), null, q.qualifier(), q.asOf(), ChainPosts.CONFIDENCE_FILLED, q.evidence());
            out.putIfAbsent(TextNormalizer.key(unit.person() + "|" + unit.role() + "|" + unit.organization()), unit);
        }
    }
}
