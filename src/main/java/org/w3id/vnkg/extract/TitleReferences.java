package org.w3id.vnkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

import org.w3id.vnkg.facts.Post;
import org.w3id.vnkg.nlp.PersonMention;
import org.w3id.vnkg.nlp.TokenTrie;
import org.w3id.vnkg.nlp.TokenWords;
import org.w3id.vnkg.nlp.TrieOpenings;
import org.w3id.vnkg.nlp.VnLexicon;

/**
 * The people a story names again by their title alone, once it has written the title with their name:
 * <pre>
 *   "Phó Thủ tướng Trần Hồng Hà đi kiểm tra ... Sau đó, Phó Thủ tướng đã làm việc với lãnh đạo tỉnh" -> Trần Hồng Hà
 *   "ông Vũ Đại Thắng, Bí thư Tỉnh ủy ... Kết luận hội nghị, Bí thư Tỉnh ủy nhấn mạnh"              -> Vũ Đại Thắng
 * </pre>
 * A title refers to the one person the story has so far given that title (role and body, or the role alone for a
 * title written without its body); where two people had it, it refers to no one. A title left ("nguyên"), one of
 * several ("các Phó Chủ tịch"), a title that is part of a body's name ("Ban Bí thư") and a bare membership ("Ủy
 * viên") refer to no one.
 */
final class TitleReferences {
    private static final Set<String> PLURALS = Set.of("các", "những", "hai", "ba");
    /** Marks a title two people of the story had. */
    private static final String AMBIGUOUS = "";

    private final VnLexicon lex;
    private final TitleParser titles;
    private final TrieOpenings titleOpenings;

    TitleReferences(VnLexicon lex, TitleParser titles) {
        this.lex = lex;
        this.titleOpenings = TrieOpenings.of(lex.roles(), lex.qualifiers());
        this.titles = titles;
    }

    /** The people of each sentence of the story, with those its titles alone name after the names it gives. */
    PersonFinder over(PersonFinder base, ArticleContext ctx) {
        Map<Integer, List<PersonFinder.Mention>> byTitle = new HashMap<>();
        Map<String, String> holders = new HashMap<>();
        for (Sentence s : ctx.sentences()) {
            List<PersonFinder.Mention> found = references(s, holders);
            if (!found.isEmpty()) {
                byTitle.put(s.index(), found);
            }
        }
        if (byTitle.isEmpty()) {
            return base;
        }
        return s -> {
            List<PersonFinder.Mention> extra = byTitle.get(s.index());
            if (extra == null) {
                return base.find(s);
            }
            List<PersonFinder.Mention> all = new ArrayList<>(base.find(s));
            all.addAll(extra);
            all.sort(Comparator.comparingInt(PersonFinder.Mention::start));
            return all;
        };
    }

    /** The titles alone of a sentence that name someone, noting the titles it writes with a name. */
    private List<PersonFinder.Mention> references(Sentence s, Map<String, String> holders) {
        if (s.core() == null) {
            return List.of();
        }
        List<CoreLabel> tokens = s.core().tokens();
        List<List<String>> words = TokenWords.of(s.core().coreMap());
        List<PersonMention> named = PostExtractor.mentions(s);
        int n = tokens.size();
        boolean[] taken = null; // in a name, or in a body's name ("Ban Bí thư"); made at the first title
        List<PersonFinder.Mention> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            // from a qualifier on, so that "Nguyên Bí thư Tỉnh ủy" is a title left
            if (!titleOpenings.mayStartAt(words, i)
                    || lex.roles().longestMatch(words, i, n) == null && lex.qualifiers().longestMatch(words, i, n) == null) {
                i++;
                continue;
            }
            if (taken == null) {
                taken = taken(words, named, n);
            }
            if (taken[i]) {
                i++;
                continue;
            }
            TitleParser.Chain chain = titles.parseChain(tokens, words, i, n);
            if (chain == null || chain.titles().isEmpty()) {
                i++;
                continue;
            }
            PersonMention holder = holderOf(named, tokens, words, i, chain.end());
            if (holder != null) {
                for (Title t : chain.titles()) {
                    if (t.qualifier() != Post.Qualifier.FORMER) {
                        note(holders, key(t), holder.name());
                        note(holders, roleKey(t), holder.name());
                    }
                }
            } else if (!plural(words, i) && chain.titles().get(0).qualifier() != Post.Qualifier.FORMER) {
                String name = holders.get(refers(chain.titles().get(0)));
                if (name != null && !name.equals(AMBIGUOUS)) {
                    int start = tokens.get(i).beginPosition() - s.begin();
                    int end = tokens.get(chain.end() - 1).endPosition() - s.begin();
                    if (start >= 0 && end <= s.text().length()) {
                        out.add(new PersonFinder.Mention(name, start, end));
                    }
                }
            }
            i = Math.max(chain.end(), i + 1);
        }
        return out;
    }

    private boolean[] taken(List<List<String>> words, List<PersonMention> named, int n) {
        boolean[] taken = new boolean[n];
        for (PersonMention m : named) {
            mark(taken, m.mentionBegin(), m.tokenEnd());
        }
        for (int i = 0; i < n; i++) {
            TokenTrie.Match<VnLexicon.Body> b = lex.bodies().longestMatch(words, i, n);
            if (b != null) {
                mark(taken, i + 1, b.end());
            }
        }
        return taken;
    }

    /**
     * The person a chain of titles from {@code start} to {@code end} is written with: the name right after it (an
     * honorific between), or the name before it and a comma ("ông A, Bí thư Tỉnh ủy").
     */
    private PersonMention holderOf(List<PersonMention> named, List<CoreLabel> tokens, List<List<String>> words,
                                   int start, int end) {
        for (PersonMention m : named) {
            if (m.mentionBegin() >= end && m.mentionBegin() <= end + 1 && between(tokens, end, m.mentionBegin())) {
                return m;
            }
            if (m.tokenEnd() <= start && start - m.tokenEnd() <= 1 && between(tokens, m.tokenEnd(), start)) {
                return m;
            }
        }
        return null;
    }

    private static boolean between(List<CoreLabel> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).word();
            if (!w.equals(",") && !w.equals("-") && !w.equals("–")) {
                return false;
            }
        }
        return true;
    }

    private static boolean plural(List<List<String>> words, int i) {
        return i > 0 && words.get(i - 1).size() == 1 && PLURALS.contains(words.get(i - 1).get(0));
    }

    /** The key a title alone is looked up by: its role and body, or its role when it has no body. */
    private String refers(Title t) {
        if (!t.bodies().isEmpty()) {
            return key(t);
        }
        return lex.isMembership(t.role()) ? null : roleKey(t);
    }

    private static String key(Title t) {
        return (t.role() + "|" + String.join(" ", t.bodies())).toLowerCase(Locale.ROOT);
    }

    private static String roleKey(Title t) {
        return t.role().toLowerCase(Locale.ROOT) + "|*";
    }

    private static void note(Map<String, String> holders, String key, String name) {
        String had = holders.putIfAbsent(key, name);
        if (had != null && !had.equals(name)) {
            holders.put(key, AMBIGUOUS);
        }
    }

    private static void mark(boolean[] taken, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, taken.length); k++) {
            taken[k] = true;
        }
    }
}
