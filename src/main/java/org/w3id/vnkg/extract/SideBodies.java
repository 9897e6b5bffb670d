package org.w3id.vnkg.extract;

import java.util.List;

import edu.stanford.nlp.ling.CoreLabel;

import org.w3id.vnkg.nlp.PlaceSpans;
import org.w3id.vnkg.nlp.TokenTrie;
import org.w3id.vnkg.nlp.VnLexicon;

/**
 * The body a sentence names as one side of a meeting, before the people who came for it: their titles written without
 * a body are of it.
 * <pre>
 *   "Về phía Agribank có ông Phạm Đức Ấn, Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên; ông Phạm Toàn Vượng, Tổng
 *    Giám đốc"   -> Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam (the short name the story defined)
 *   "Phía Bộ Công Thương gồm ông A, Thứ trưởng"         -> Bộ Công Thương
 *   "Về phía tỉnh Sơn La có ông B, Phó Chủ tịch UBND tỉnh" -> null: a province's titles name their bodies
 * </pre>
 * The sentence opens with a side word (group-words.tsv, use {@code side}), then the body, then a roster word ("có",
 * "gồm") or a colon. The body is a national one of the gazetteer or one read by its head or short name
 * ({@link NamedBodies}) that stands alone: a side of a place is the place's, which the province grammar reads.
 */
final class SideBodies {
    private static final GroupWords GROUP_WORDS = GroupWords.load();

    private final VnLexicon lex;
    private final NamedBodies named;

    SideBodies(VnLexicon lex, NamedBodies named) {
        this.lex = lex;
        this.named = named;
    }

    /** The side's body when the sentence opens with one and the person's mention comes after it, else null. */
    String of(List<CoreLabel> tokens, List<List<String>> words, int mentionBegin) {
        int n = tokens.size();
        int from;
        if (n > 2 && GROUP_WORDS.is("side", tokens.get(0).word() + " " + tokens.get(1).word())) {
            from = 2;
        } else if (n > 1 && GROUP_WORDS.is("side", tokens.get(0).word())) {
            from = 1;
        } else {
            return null;
        }
        // the side's name runs up to the roster word ("có": no name's end word, so the name is read up to it)
        int stop = from;
        while (stop < mentionBegin && !tokens.get(stop).word().equals(":")
                && !GROUP_WORDS.is("roster", tokens.get(stop).word())) {
            stop++;
        }
        if (stop == from || stop >= mentionBegin) {
            return null;
        }
        TokenTrie.Match<VnLexicon.Body> b = lex.bodies().longestMatch(words, from, stop);
        if (b != null && b.end() == stop) {
            return b.value().kind() == VnLexicon.Body.Kind.NATIONAL ? b.value().name() : null;
        }
        NamedBodies.Named nb = named.at(tokens, words, from, stop);
        if (nb == null || !nb.national()) {
            return null;
        }
        // "Tập đoàn Dầu khí Việt Nam": the country or place the name ends with is read after it
        StringBuilder name = new StringBuilder(nb.name());
        int end = nb.end();
        while (end < stop && PlaceSpans.isCapitalised(tokens.get(end).word())) {
            name.append(' ').append(tokens.get(end).word());
            end++;
        }
        return end == stop ? name.toString() : null;
    }
}
