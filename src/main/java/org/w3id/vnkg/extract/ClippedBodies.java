package org.w3id.vnkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3id.vnkg.facts.Post;
import org.w3id.vnkg.lexicon.Tsv;
import org.w3id.vnkg.normalize.TextNormalizer;
import org.w3id.vnkg.nlp.VnLexicon;

/**
 * The bodies of a story written by their first words only, named in full: "Bí thư Đảng ủy Khối" in a story of the
 * "Đảng bộ Khối các cơ quan tỉnh Hà Tĩnh" is of the Đảng ủy Khối các cơ quan tỉnh Hà Tĩnh. The short names are
 * clipped-bodies.tsv's; what each may stand for is the gazetteer's bodies whose name starts with it.
 * <pre>
 *   "Ủy ban Kiểm tra Đảng ủy Khối", story naming "Khối doanh nghiệp", Nghệ An
 *     -> Ủy ban Kiểm tra Đảng ủy Khối doanh nghiệp tỉnh Nghệ An
 * </pre>
 */
final class ClippedBodies {
    private final VnLexicon lex;
    /** A short name -> the gazetteer's bodies that start with it, longest first. */
    private final Map<String, List<String>> bodiesOf = new LinkedHashMap<>();

    ClippedBodies(VnLexicon lex, List<String> shortNames, List<String> bodyNames) {
        this.lex = lex;
        for (String s : shortNames) {
            List<String> full = new ArrayList<>();
            for (String b : bodyNames) {
                if (b.startsWith(s + " ")) {
                    full.add(b);
                }
            }
            full.sort(Comparator.comparingInt(String::length).reversed());
            bodiesOf.put(s, List.copyOf(full));
        }
    }

    static ClippedBodies standard(VnLexicon lex) {
        return new ClippedBodies(lex, Tsv.load("clipped-bodies.tsv").column("short"), lex.bodyNames());
    }

    /** This post, its body written in full when its name ends with a short name the story names in full. */
    Post inFull(Post p, ArticleContext ctx) {
        String org = p.organization();
        for (Map.Entry<String, List<String>> e : bodiesOf.entrySet()) {
            String s = e.getKey();
            if (!org.equals(s) && !org.endsWith(" " + s)) {
                continue;
            }
            String full = namedInStory(s, e.getValue(), ctx);
            if (full == null) {
                return p;
            }
            String province = p.province() == null && ctx.province() != null && full.endsWith(" " + ctx.province())
                    ? ctx.province() : p.province();
            return new Post(p.person(), p.gender(), p.rank(), p.role(), org.substring(0, org.length() - s.length()) + full,
                    province, p.qualifier(), p.asOf(), ChainPosts.CONFIDENCE_FILLED, p.evidence());
        }
        return p;
    }

    /**
     * The body the short name stands for: of those the story names in full, its province's own when it has one ("Phó
     * Trưởng ban Thường trực Ban Chỉ đạo" in a story of Hải Dương that also names the "Ban Chỉ đạo Trung ương về phòng,
     * chống tham nhũng" in a guest's title), else the longest.
     */
    private String namedInStory(String shortName, List<String> bodies, ArticleContext ctx) {
        String story = TextNormalizer.key(ctx.article().text());
        int lastWord = shortName.lastIndexOf(' ') + 1;
        VnLexicon.Province p = lex.province(ctx.province());
        String first = null;
        List<String> longer = new ArrayList<>();
        for (String b : bodies) {
            // "Đảng ủy Khối các cơ quan" is named by "Khối các cơ quan", after "Đảng ủy" or "Đảng bộ"
            String named = TextNormalizer.key(b.substring(lastWord));
            // "Khối doanh nghiệp" inside "Khối doanh nghiệp Trung ương" names the longer body only
            if (!namesApart(story, named, longer)) {
                longer.add(named);
                continue;
            }
            longer.add(named);
            VnLexicon.Body body = lex.body(b);
            if (body != null && "province".equals(body.level()) && p != null) {
                return b + " " + p.unitWord() + " " + p.name();
            }
            if (first == null) {
                first = b;
            }
        }
        return first;
    }

    /** Whether the text holds these words as whole words once at least where none of the longer names starts. */
    private static boolean namesApart(String text, String words, List<String> longer) {
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            int end = at + words.length();
            int from = at;
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetter(text.charAt(end)))
                    && longer.stream().noneMatch(l -> text.startsWith(l, from))) {
                return true;
            }
        }
        return false;
    }
}
