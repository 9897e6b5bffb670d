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
 * <p>
 * A title of a post many hold at once is read so only where a word of address (address-words.tsv) stands right
 * before it and a comma after it, and the story gave that title, or a longer one it begins, to someone else:
 * <pre>
 *   "Phó Thủ tướng Thường trực Trương Hòa Bình làm việc ... Báo cáo với Phó Thủ tướng, Chủ tịch UBND tỉnh Phạm Minh
 *   Huấn cho biết" -> Phạm Minh Huấn is Chủ tịch UBND tỉnh, the Phó Thủ tướng is the one he reports to
 * </pre>
 */
final class SoleTitles {
    private final VnLexicon lex;
    private final Set<String> soleRoles = Tsv.load("single-holder-roles.tsv").column("role").stream()
            .map(TextNormalizer::key).collect(Collectors.toSet());
    private final Set<String> addressWords = Tsv.load("address-words.tsv").column("word").stream()
            .map(TextNormalizer::key).collect(Collectors.toSet());

    SoleTitles(VnLexicon lex) {
        this.lex = lex;
    }

    /**
     * The chain without a leading title of a post {@code known} gives to another person, or the chain as it is.
     *
     * @param ofSentence the posts of {@code known} this sentence gave
     * @param words      the key words of the sentence's tokens ({@code TokenWords.of}), the chain's titles indexing them
     */
    TitleParser.Chain withoutOthersPost(TitleParser.Chain chain, PersonMention holder, Collection<Post> known,
                                        Collection<Post> ofSentence, List<List<String>> words) {
        List<Title> ts = chain.titles();
        if (ts.size() < 2) {
            return chain;
        }
        Title first = ts.get(0);
        if (first.end() > holder.mentionBegin()) {
            return chain;
        }
        VnLexicon.Role role = lex.role(first.role());
        if (role == null || role.defaultOrg() == null || !first.bodies().equals(List.of(role.defaultOrg()))) {
            return chain;
        }
        String roleKey = TextNormalizer.key(first.role());
        boolean sole = soleRoles.contains(roleKey);
        if (!sole && !addressed(first, words)) {
            return chain;
        }
        String person = TextNormalizer.key(holder.name());
        for (Post p : known) {
            // the one addressed was named before: in "A làm việc với Phó Thủ tướng, Bộ trưởng ... B" B is both
            boolean samePost = sole ? p.role().equals(first.role())
                    : TextNormalizer.key(p.role()).startsWith(roleKey) && !ofSentence.contains(p);
            if (p.qualifier() != Post.Qualifier.FORMER && samePost
                    && p.organization().equals(role.defaultOrg()) && !TextNormalizer.key(p.person()).equals(person)) {
                return new TitleParser.Chain(ts.subList(1, ts.size()), chain.end());
            }
        }
        return chain;
    }

    /** Whether the title stands between a word of address and a comma: "(Báo cáo) với Phó Thủ tướng, ...". */
    private boolean addressed(Title t, List<List<String>> words) {
        return t.start() > 0 && t.end() < words.size() && words.get(t.end()).equals(List.of(","))
                && words.get(t.start() - 1).size() == 1 && addressWords.contains(words.get(t.start() - 1).get(0));
    }
}
