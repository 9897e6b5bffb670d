package org.w3id.vnkg.extract;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.w3id.vnkg.facts.Post;
import org.w3id.vnkg.lexicon.Tsv;
import org.w3id.vnkg.nlp.PersonMention;
import org.w3id.vnkg.nlp.VnLexicon;
import org.w3id.vnkg.normalize.TextNormalizer;

/**
 * A title one person holds at a time, written alone at the head of the titles before another name, is the story's
 * reference to the holder it named before, not one more post of that name:
 * <pre>
 *   "Tổng Bí thư Tô Lâm làm việc ... Báo cáo với Tổng Bí thư, Bí thư Tỉnh ủy Nguyễn Thành Tâm cho biết"
 *   -> Nguyễn Thành Tâm is Bí thư Tỉnh ủy, not Tổng Bí thư
 * </pre>
 * Only titles that name their one national body by themselves (roles.tsv column default_org: Tổng Bí thư, Thủ tướng,
 * Chủ tịch nước) and that one person holds at a time (single-holder-roles.tsv) are read so, and only once the story
 * has given the post to someone else who has not left it.
 */
final class SoleTitles {
    private final VnLexicon lex;
    private final Set<String> soleRoles = Tsv.load("single-holder-roles.tsv").column("role").stream()
            .map(TextNormalizer::key).collect(Collectors.toSet());

    SoleTitles(VnLexicon lex) {
        this.lex = lex;
    }

    /** The chain without a leading title of a post {@code known} gives to another person, or the chain as it is. */
    TitleParser.Chain withoutOthersPost(TitleParser.Chain chain, PersonMention holder, Collection<Post> known) {
        List<Title> ts = chain.titles();
        if (ts.size() < 2) {
            return chain;
        }
        Title first = ts.get(0);
        if (first.end() > holder.mentionBegin() || !soleRoles.contains(TextNormalizer.key(first.role()))) {
            return chain;
        }
        VnLexicon.Role role = lex.role(first.role());
        if (role == null || role.defaultOrg() == null || !first.bodies().equals(List.of(role.defaultOrg()))) {
            return chain;
        }
        String person = TextNormalizer.key(holder.name());
        for (Post p : known) {
            if (p.qualifier() != Post.Qualifier.FORMER && p.role().equals(first.role())
                    && p.organization().equals(role.defaultOrg()) && !TextNormalizer.key(p.person()).equals(person)) {
                return new TitleParser.Chain(ts.subList(1, ts.size()), chain.end());
            }
        }
        return chain;
    }
}
