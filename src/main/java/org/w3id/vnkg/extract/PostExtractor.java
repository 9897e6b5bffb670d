package org.w3id.vnkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

import org.w3id.vnkg.facts.Gender;
import org.w3id.vnkg.facts.Post;
import org.w3id.vnkg.nlp.PersonMention;
import org.w3id.vnkg.nlp.TokenWords;
import org.w3id.vnkg.nlp.VnAnnotations;
import org.w3id.vnkg.nlp.VnLexicon;
import org.w3id.vnkg.normalize.TextNormalizer;

/**
 * Finds who holds which post: the people of each sentence ({@link VnAnnotations.PersonMentionsAnnotation})
 * and the chains of titles ({@link TitleParser}) written before or after their names.
 * <pre>
 *   "Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Lương Cường có buổi làm việc ..."      titles before
 *   "bà Nguyễn Thanh Hải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Thái Nguyên ghi nhận" titles after ","
 *   "Các đồng chí: Hoàng Duy Chinh - Ủy viên ..., Bí thư Tỉnh ủy; Phương Thị Thanh - ..."  after "-", lists by ";"
 *   "ông Lê Ánh Dương, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bắc Giang"
 *   -> Post[Lê Ánh Dương, MALE, Phó Bí thư, Tỉnh ủy Bắc Giang], Post[Lê Ánh Dương, MALE, Chủ tịch,
 *      Ủy ban nhân dân tỉnh Bắc Giang]  (the chain's province fills the title that leaves it out)
 * </pre>
 * A provincial body whose province the chain leaves out takes the article's province; when the article
 * names none it keeps its generic name ("Tỉnh ủy"). Qualifiers become {@link Post.Qualifier}s: "nguyên"
 * (FORMER) posts are reported as such, not as current ones. Gender and rank given with any mention of a
 * person in the article apply to all of that person's posts. Each post is attested at the event date.
 * <p>
 * It reads the article sentence by sentence and leaves each step to a class of its own: the titles of one name
 * ({@link HolderTitles}), of a group before a colon ({@link GroupTitles}), the body a ";" list says once
 * ({@link ListBodies}), the posts a chain makes ({@link ChainPosts}); then, for the whole article, the titles
 * written without a body ({@link BareTitles}) and the bodies written in short ({@link ShortForms}, {@link ClippedBodies}).
 * <p>
 * For other extractors (meetings: chairs and participants) {@link #mentions(Sentence)} gives the people a
 * sentence names, with gender, rank and offsets.
 */
public final class PostExtractor {
    private final VnLexicon lex = VnLexicon.standard();
    private final TitleParser titles = new TitleParser(lex);
    private final GroupTitles groups = new GroupTitles(lex, titles);
    private final HolderTitles holders = new HolderTitles(titles, groups, new ForeignChains(lex));
    private final SharedTrailingTitles shared = new SharedTrailingTitles(holders, groups);
    private final Offices offices = new Offices(lex);
    private final ListBodies listBodies = new ListBodies(offices);
    private final ChainPosts chainPosts = new ChainPosts(lex, titles, offices);
    private final BareTitles bareTitles = new BareTitles(lex);
    private final ShortForms shortForms = new ShortForms(lex);
    private final ClippedBodies clippedBodies = ClippedBodies.standard(lex);
    private final Removals removals = new Removals(lex, titles);
    private final SoleTitles soleTitles = new SoleTitles(lex);

    /** The people a sentence names, in text order (empty when the pipeline has no vnperson annotator). */
    public static List<PersonMention> mentions(Sentence s) {
        List<PersonMention> m = s.core().coreMap().get(VnAnnotations.PersonMentionsAnnotation.class);
        return m == null ? List.of() : m;
    }

    public List<Post> extract(ArticleContext ctx) {
        Map<String, Post> out = new LinkedHashMap<>();
        Map<String, Post> removed = new LinkedHashMap<>(); // the posts a decision of the story takes away
        List<BareTitles.Bare> bare = new ArrayList<>();
        Map<String, Gender> genders = new HashMap<>();
        Map<String, String> ranks = new HashMap<>();
        TitleParser.Chain listed = null; // the group titles of a list whose items are the sentences that follow
        boolean item = false; // the sentence before was only the number of an item
        List<Post> previousPosts = List.of(); // the posts of the sentence before, for a group title without its body
        for (Sentence s : ctx.sentences()) {
            List<CoreLabel> tokens = s.core().tokens();
            List<List<String>> words = TokenWords.of(s.core().coreMap());
            List<PersonMention> people = mentions(s);
            List<Post> sentencePosts = new ArrayList<>();
            if (listed != null && !item && !ItemMarkers.enumerated(tokens)) {
                listed = null;
            } else if (listed != null && !people.isEmpty()) {
                chainPosts.add(ctx, s, words, people.get(0), listed, out, bare, sentencePosts);
            }
            // "1." split from its item "Đồng chí A, ..." is a sentence of its own
            item = ItemMarkers.enumerator(tokens);
            TitleParser.Chain opened = groupPosts(ctx, s, tokens, words, people, out, bare, sentencePosts, previousPosts);
            if (opened != null) {
                listed = opened;
            }
            // the last title of the sentence that names its body, for the list items after it; first, the body a
            // list's heading ends with ("bầu các trưởng ban của HĐND thành phố: ông A làm Trưởng ban Pháp chế; ...")
            Title listBody = people.isEmpty() ? null : ListBodies.heading(titles, tokens, words, people.get(0).mentionBegin());
            TitleParser.Chain plural = null; // "các Phó Thủ tướng A, B, C": the titles of a plural before a list
            List<List<TitleParser.Chain>> chainsOfPeople = new ArrayList<>(people.size());
            List<Title> sentenceTitles = new ArrayList<>();
            for (int k = 0; k < people.size(); k++) {
                PersonMention m = people.get(k);
                String personKey = TextNormalizer.key(m.name());
                if (m.gender() != Gender.UNKNOWN) {
                    genders.putIfAbsent(personKey, m.gender());
                }
                if (m.rank() != null) {
                    ranks.putIfAbsent(personKey, m.rank());
                }
                int next = k + 1 < people.size() ? people.get(k + 1).mentionBegin() : tokens.size();
                List<TitleParser.Chain> chains = holders.chainsOf(tokens, words, people, k, next);
                if (chains.isEmpty()) {
                    chains = holders.listChain(tokens, words, people, k);
                }
                if (chains.isEmpty()) {
                    chains = shared.of(tokens, words, people, k);
                }
                chains = holders.withSharedAppointment(tokens, words, people, k, chains);
                if (chains.isEmpty() && plural != null
                        && HolderTitles.joinsList(tokens, people.get(k - 1).tokenEnd(), m.mentionBegin())) {
                    chains = List.of(plural);
                } else {
                    plural = HolderTitles.pluralBefore(tokens, m, chains);
                }
                chainsOfPeople.add(chains);
                chains.forEach(c -> sentenceTitles.addAll(c.titles()));
            }
            // "... được bầu làm phó bí thư Tỉnh ủy. Trong đó ông A là phó bí thư thường trực.": a sentence that opens with
            // "trong đó" singles out people of the sentence before, whose posts its bare titles may refine (gen24a 003)
            boolean among = GroupTitles.opensWithAmong(tokens);
            // the chains are all read first: a list may name the body its items share only in the last of them
            for (int k = 0; k < people.size(); k++) {
                for (TitleParser.Chain chain : chainsOfPeople.get(k)) {
                    chain = soleTitles.withoutOthersPost(chain, people.get(k), out.values(), sentencePosts, words);
                    chain = listBodies.withListBody(tokens, chain, listBody, sentenceTitles);
                    if (among) {
                        List<Post> known = new ArrayList<>(previousPosts);
                        known.addAll(sentencePosts);
                        int had = known.size();
                        chainPosts.add(ctx, s, words, people.get(k), chain, out, bare, known);
                        sentencePosts.addAll(known.subList(had, known.size()));
                    } else {
                        chainPosts.add(ctx, s, words, people.get(k), chain, out, bare, sentencePosts);
                    }
                    listBody = ListBodies.bodied(chain, listBody);
                }
            }
            for (Removals.Removal r : removals.in(tokens, words, people)) {
                if (r.party()) {
                    partyPostsLeft(ctx, s, tokens, words, people, r.person(), r.all(), removed);
                    continue;
                }
                TitleParser.Chain chain = r.grants() ? withOwnTitles(tokens, words, people, r) : r.titles();
                chainPosts.add(ctx, s, words, r.person(), chain, removed, new ArrayList<>(), new ArrayList<>());
            }
            previousPosts = sentencePosts;
        }
        for (Map.Entry<String, Post> r : removed.entrySet()) {
            // "cách chức Bí thư Huyện ủy Phú Bình đối với ông A": A's mentions with that title name a post left
            out.put(r.getKey(), r.getValue());
        }
        bareTitles.place(ctx, bare, out);
        List<Post> result = new ArrayList<>(out.size());
        Map<String, Post> inFull = new LinkedHashMap<>();
        for (Post p : out.values()) {
            if (p.qualifier() != Post.Qualifier.FORMER && ctx.deceased().contains(TextNormalizer.key(p.person()))) {
                p = p.left(); // "Lễ tang đồng chí A, Bí thư Huyện ủy ...": the dead hold no post
            }
            Post full = clippedBodies.inFull(p, ctx);
            inFull.putIfAbsent(TextNormalizer.key(full.person() + "|" + full.role() + "|" + full.organization()), full);
        }
        for (Post p : shortForms.resolve(inFull.values())) {
            String key = TextNormalizer.key(p.person());
            Gender g = p.gender() == Gender.UNKNOWN ? genders.getOrDefault(key, Gender.UNKNOWN) : p.gender();
            String rank = p.rank() == null ? ranks.get(key) : p.rank();
            result.add(new Post(p.person(), g, rank, p.role(), p.organization(), p.province(), p.qualifier(),
                    p.asOf(), p.confidence(), p.evidence()));
        }
        return List.copyOf(result);
    }

    /**
     * The titles written after the name of a person a decision grants posts to, then the posts granted: "phê chuẩn kết
     * quả bầu chức vụ Chủ tịch UBND tỉnh đối với ông A, Phó Chủ tịch Thường trực UBND tỉnh" reads as "ông A, Phó Chủ
     * tịch Thường trực UBND tỉnh, giữ chức Chủ tịch UBND tỉnh", so the post given ends the ones it would end there.
     */
    private TitleParser.Chain withOwnTitles(List<CoreLabel> tokens, List<List<String>> words, List<PersonMention> people,
                                            Removals.Removal r) {
        int k = people.indexOf(r.person());
        int next = k + 1 < people.size() ? people.get(k + 1).mentionBegin() : tokens.size();
        List<Title> ts = new ArrayList<>();
        for (TitleParser.Chain own : holders.chainsOf(tokens, words, people, k, next)) {
            own.titles().stream().filter(t -> t.start() >= r.person().tokenEnd()).forEach(ts::add);
        }
        ts.addAll(r.titles().titles());
        return new TitleParser.Chain(ts, r.titles().end());
    }

    /**
     * The posts in the party's bodies written with the name of a person a decision takes them from ("cách chức tất cả các
     * chức vụ trong Đảng đối với ông A, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh": the first), as posts left;
     * the state's posts stay until the state's own decision; a decision that retires the person ({@code all}: "trao
     * quyết định nghỉ hưu theo chế độ đối với ông A, Giám đốc Sở Xây dựng") takes them all.
     */
    private void partyPostsLeft(ArticleContext ctx, Sentence s, List<CoreLabel> tokens, List<List<String>> words,
                                List<PersonMention> people, PersonMention person, boolean all,
                                Map<String, Post> removed) {
        int k = people.indexOf(person);
        int next = k + 1 < people.size() ? people.get(k + 1).mentionBegin() : tokens.size();
        Map<String, Post> own = new LinkedHashMap<>();
        for (TitleParser.Chain chain : holders.chainsOf(tokens, words, people, k, next)) {
            chainPosts.add(ctx, s, words, person, chain, own, new ArrayList<>(), new ArrayList<>());
        }
        for (Map.Entry<String, Post> e : own.entrySet()) {
            Post p = e.getValue();
            if (p.qualifier() != Post.Qualifier.FORMER && (all || lex.isPartyBody(p.organization()))) {
                removed.put(e.getKey(), p.left());
            }
        }
    }

    /**
     * Titles given to a group before a colon hold for every person listed after it: "các Ủy viên Bộ Chính trị:
     * A, Chủ tịch Quốc hội; B, ..." and "các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: A, ...; B, ...". The plural
     * "các" marks the group; without it the colon more often opens speech ("Bí thư Tỉnh ủy nhấn mạnh: ...").
     * A group whose colon ends the sentence lists its people in the enumerated sentences after it: its chain is
     * returned (as {@link Title#carried}), else null.
     */
    private TitleParser.Chain groupPosts(ArticleContext ctx, Sentence s, List<CoreLabel> tokens, List<List<String>> words,
                            List<PersonMention> people, Map<String, Post> out, List<BareTitles.Bare> bare,
                            List<Post> sentencePosts, List<Post> previousPosts) {
        for (int c = 1; c < tokens.size(); c++) {
            if (!tokens.get(c).word().equals(":")) {
                continue;
            }
            GroupTitles.Group found = groups.endingAt(tokens, words, c);
            if (found == null) {
                continue;
            }
            TitleParser.Chain group = found.chain();
            if (GroupTitles.endsSentence(tokens, c)) {
                return new TitleParser.Chain(group.titles().stream().map(Title::carried).toList(), 0);
            }
            int listEnd = listEnd(tokens, people, c);
            for (int k = 0; k < people.size(); k++) {
                PersonMention m = people.get(k);
                int next = k + 1 < people.size() ? people.get(k + 1).mentionBegin() : tokens.size();
                if (m.mentionBegin() > c && m.tokenEnd() <= listEnd && !holdsOwnOffice(tokens, words, m, group, next)) {
                    Title item = group.titles().size() == 1 ? titles.withItemBody(tokens, words, group.titles().get(0),
                            itemStart(tokens, c, m.mentionBegin()), m.mentionBegin()) : null;
                    if (item != null) {
                        // "các bộ trưởng: Kế hoạch và Đầu tư Nguyễn Chí Dũng, ...": the item names the ministry
                        chainPosts.add(ctx, s, words, m, new TitleParser.Chain(List.of(item), group.end()), out, bare,
                                sentencePosts);
                    } else if (found.among() && !group.titles().get(0).hasOrganization()) {
                        // "Hội nghị cũng hiệp thương cử 5 Phó Chủ tịch, trong đó có các đồng chí: ...": the deputies of
                        // the office whose holder the sentence before names ("cử bà A giữ chức Chủ tịch Ủy ban MTTQ")
                        List<Post> known = new ArrayList<>(previousPosts);
                        known.addAll(sentencePosts);
                        int had = known.size();
                        chainPosts.add(ctx, s, words, m, group, out, bare, known);
                        sentencePosts.addAll(known.subList(had, known.size()));
                    } else {
                        chainPosts.add(ctx, s, words, m, group, out, bare, sentencePosts);
                    }
                }
            }
        }
        for (int k = 0; k < people.size(); k++) {
            GroupTitles.Group found = groups.amongBefore(tokens, words, people.get(k).mentionBegin());
            if (found == null) {
                continue;
            }
            // "bầu 5 Phó Chủ tịch UBND tỉnh, trong đó có các đồng chí A và B": the names joined by "," or "và" hold
            // the group's titles
            chainPosts.add(ctx, s, words, people.get(k), found.chain(), out, bare, sentencePosts);
            while (k + 1 < people.size() && joinsListPastOwnTitles(tokens, words, people, k)) {
                k++;
                chainPosts.add(ctx, s, words, people.get(k), found.chain(), out, bare, sentencePosts);
            }
        }
        return null;
    }

    /**
     * Whether the next person goes on the list of person {@code k}: right after the name (", " or "và"), or after the
     * titles written with it ("Ba phó bí thư Tỉnh ủy gồm ông A - phó bí thư thường trực Tỉnh ủy, ông B - chủ tịch HĐND
     * tỉnh và ông C - chủ tịch UBND tỉnh": gen22m 004).
     */
    private boolean joinsListPastOwnTitles(List<CoreLabel> tokens, List<List<String>> words, List<PersonMention> people,
                                           int k) {
        int to = people.get(k + 1).mentionBegin();
        if (HolderTitles.joinsList(tokens, people.get(k).tokenEnd(), to)) {
            return true;
        }
        int titled = -1;
        for (TitleParser.Chain c : holders.chainsOf(tokens, words, people, k, to)) {
            titled = Math.max(titled, c.end());
        }
        return titled > people.get(k).tokenEnd() && HolderTitles.joinsList(tokens, titled, to);
    }

    /**
     * Where the item of a list that names a person at {@code name} starts: after the "," or ";" before it (a ministry's
     * name may hold "và": "Kế hoạch và Đầu tư Nguyễn Chí Dũng").
     */
    private static int itemStart(List<CoreLabel> tokens, int colon, int name) {
        int i = name;
        while (i > colon + 1 && !Set.of(",", ";").contains(tokens.get(i - 1).word())) {
            i--;
        }
        return i;
    }

    /**
     * Where the list of a group's people after the colon at {@code colon} ends: at the next colon, or at the first ";"
     * when the list begins with bare names joined by commas ("các Thứ trưởng: Thượng tướng A, Thượng tướng B; Trung
     * tướng C, Phó Chánh văn phòng Bộ Công an": C is no Thứ trưởng). Names with titles of their own are items of the
     * list that ";" separates ("các Ủy viên Bộ Chính trị: A, Chủ tịch Quốc hội; B, ...").
     */
    private static int listEnd(List<CoreLabel> tokens, List<PersonMention> people, int colon) {
        int end = colon + 1;
        while (end < tokens.size() && !tokens.get(end).word().equals(":")) {
            end++;
        }
        for (int k = 0; k + 1 < people.size(); k++) {
            PersonMention first = people.get(k);
            if (first.mentionBegin() <= colon) {
                continue;
            }
            int after = first.tokenEnd();
            boolean bareNames = after + 1 == people.get(k + 1).mentionBegin() && tokens.get(after).word().equals(",");
            for (int i = after; bareNames && i < end; i++) {
                if (tokens.get(i).word().equals(";")) {
                    return i;
                }
            }
            break;
        }
        return end;
    }

    /**
     * True when the titles written after a listed name hold the group's office in a body of its own: "các Thứ trưởng
     * Bộ Tài nguyên và Môi trường: A, B và ông C, Thứ trưởng Bộ Nội vụ" (C is no Thứ trưởng of that Bộ); other titles
     * after a name add to the group's ("các Ủy viên Bộ Chính trị: A, Chủ tịch Quốc hội").
     */
    private boolean holdsOwnOffice(List<CoreLabel> tokens, List<List<String>> words, PersonMention m,
                                   TitleParser.Chain group, int next) {
        int j = m.tokenEnd();
        if (j + 1 >= next || !tokens.get(j).word().equals(",")) {
            return false;
        }
        TitleParser.Chain own = titles.parseChain(tokens, words, j + 1, next);
        if (own == null) {
            return false;
        }
        for (Title t : own.titles()) {
            for (Title g : group.titles()) {
                if (t.hasOrganization() && t.role().equalsIgnoreCase(g.role())) {
                    return true;
                }
            }
        }
        return false;
    }
}
