package org.w3id.vnkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import edu.stanford.nlp.ling.CoreLabel;

import org.w3id.vnkg.facts.Gender;
import org.w3id.vnkg.facts.Post;
import org.w3id.vnkg.nlp.PersonMention;
import org.w3id.vnkg.nlp.TokenTrie;
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
 * For other extractors (meetings: chairs and participants) {@link #mentions(Sentence)} gives the people a
 * sentence names, with gender, rank and offsets.
 */
public final class PostExtractor {
    private static final double CONFIDENCE_FULL = 0.9;
    private static final double CONFIDENCE_FILLED = 0.75;

    private final VnLexicon lex = VnLexicon.standard();
    private final TitleParser titles = new TitleParser(lex);
    private final ImpliedBodies implied = new ImpliedBodies(lex);
    private final Appointments appointments = new Appointments(lex, titles);
    private final List<String> placelessCommittees = lex.placelessCommittees();
    private static final GroupWords GROUP_WORDS = GroupWords.load();
    private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile("\\d{1,3}");
    private static final int MAX_BEFORE_LIST = 8;
    /** How far before "vào" the count or "các" of a group joining a body may stand: "4 đồng chí được bầu vào". */
    private static final int GROUP_WINDOW = 5;
    private static final java.util.regex.Pattern ENUMERATOR = java.util.regex.Pattern.compile(
            "(?:\\d{1,2}|[a-zđ])[.)]|[-–•+*]");
    private static final java.util.regex.Pattern ITEM_NUMBER = java.util.regex.Pattern.compile("\\d{1,2}|[a-zđ]");
    private final ProvinceFinder provinces = new ProvinceFinder();
    private final DistrictFinder districts = new DistrictFinder();
    private final DistrictFinder communes = DistrictFinder.communes();

    /** A title whose body the text leaves out, to be placed once the article's explicit posts are known. */
    private record Bare(Sentence sentence, PersonMention person, Title title, String bodyWord) {
    }

    /** The people a sentence names, in text order (empty when the pipeline has no vnperson annotator). */
    public static List<PersonMention> mentions(Sentence s) {
        List<PersonMention> m = s.core().coreMap().get(VnAnnotations.PersonMentionsAnnotation.class);
        return m == null ? List.of() : m;
    }

    public List<Post> extract(ArticleContext ctx) {
        Map<String, Post> out = new LinkedHashMap<>();
        List<Bare> bare = new ArrayList<>();
        Map<String, Gender> genders = new HashMap<>();
        Map<String, String> ranks = new HashMap<>();
        TitleParser.Chain listed = null; // the group titles of a list whose items are the sentences that follow
        boolean item = false; // the sentence before was only the number of an item
        List<Post> previousPosts = List.of(); // the posts of the sentence before, for a group title without its body
        for (Sentence s : ctx.sentences()) {
            List<CoreLabel> tokens = s.core().tokens();
            List<List<String>> words = TokenWords.of(tokens);
            List<PersonMention> people = mentions(s);
            List<Post> sentencePosts = new ArrayList<>();
            if (listed != null && !item && !enumerated(tokens)) {
                listed = null;
            } else if (listed != null && !people.isEmpty()) {
                addPosts(ctx, s, words, people.get(0), listed, out, bare, sentencePosts);
            }
            item = enumerator(tokens); // "1." split from its item "Đồng chí A, ..." is a sentence of its own
            TitleParser.Chain opened = groupPosts(ctx, s, tokens, words, people, out, bare, sentencePosts, previousPosts);
            if (opened != null) {
                listed = opened;
            }
            Title listBody = null; // the last title of the sentence that names its body, for the list items after it
            TitleParser.Chain plural = null; // "các Phó Thủ tướng A, B, C": the titles of a plural before a list
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
                List<TitleParser.Chain> chains = chainsOf(tokens, words, people, k, next);
                if (chains.isEmpty()) {
                    chains = listChain(tokens, words, people, k);
                }
                if (chains.isEmpty() && plural != null
                        && joinsList(tokens, people.get(k - 1).tokenEnd(), m.mentionBegin())) {
                    chains = List.of(plural);
                } else {
                    plural = pluralBefore(tokens, m, chains);
                }
                for (TitleParser.Chain chain : chains) {
                    chain = withListBody(tokens, chain, listBody);
                    addPosts(ctx, s, words, m, chain, out, bare, sentencePosts);
                    listBody = bodied(chain, listBody);
                }
            }
            previousPosts = sentencePosts;
        }
        placeBareTitles(ctx, bare, out);
        List<Post> result = new ArrayList<>(out.size());
        Map<String, String> latestFull = new HashMap<>(); // a placeless committee's name -> its last full name
        Map<String, String> delegations = new HashMap<>(); // "Đoàn kiểm tra" -> the last one named in full
        for (Post p : out.values()) {
            p = namedInShort(p, latestFull);
            if (TitleParser.isShortDelegation(p.organization())) {
                // "Phó Trưởng Đoàn kiểm tra" after "Đoàn kiểm tra số 7 của Bộ Chính trị" named in an earlier sentence
                String full = delegations.get(p.organization());
                if (full == null) {
                    continue;
                }
                p = new Post(p.person(), p.gender(), p.rank(), p.role(), full, p.province(), p.qualifier(), p.asOf(),
                        CONFIDENCE_FILLED, p.evidence());
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
            if (namedInFull(p, out.values())) {
                continue;
            }
            String key = TextNormalizer.key(p.person());
            Gender g = p.gender() == Gender.UNKNOWN ? genders.getOrDefault(key, Gender.UNKNOWN) : p.gender();
            String rank = p.rank() == null ? ranks.get(key) : p.rank();
            result.add(new Post(p.person(), g, rank, p.role(), p.organization(), p.province(), p.qualifier(),
                    p.asOf(), p.confidence(), p.evidence()));
        }
        return List.copyOf(result);
    }

    /** The chains of titles written before the k-th mention and after it (before the next mention). */
    private List<TitleParser.Chain> chainsOf(List<CoreLabel> tokens, List<List<String>> words,
                                             List<PersonMention> people, int k, int next) {
        PersonMention m = people.get(k);
        List<TitleParser.Chain> chains = new ArrayList<>(2);
        TitleParser.Chain before = chainBefore(tokens, words, m.mentionBegin());
        if (before == null && m.honorific() != null && m.mentionBegin() > 0
                && tokens.get(m.mentionBegin() - 1).word().equals(",")) {
            // "Giám đốc Công an tỉnh, Đại tá Nguyễn Văn A", "Chủ tịch UBND tỉnh, ông Võ Văn Hưng cho biết": the title,
            // a comma, then the honorific or rank; not the titles of the name before ("A, Bí thư Tỉnh ủy, đồng chí B")
            TitleParser.Chain apposed = chainBefore(tokens, words, m.mentionBegin() - 1);
            int start = apposed == null ? -1 : apposed.titles().get(0).start();
            if (apposed != null && (k == 0 || start > people.get(k - 1).tokenEnd() + 1) && opensApposition(tokens, start)) {
                before = apposed;
            }
        }
        if (before == null && m.mentionBegin() > 0 && GROUP_WORDS.is("holder", tokens.get(m.mentionBegin() - 1).word())) {
            // "Trưởng Ban Pháp chế HĐND tỉnh là bà Nguyễn Thị Thu Lan", "Chủ tịch UBND tỉnh - Trần Văn Cần": the title,
            // then who holds it; not in "A - Chủ tịch UBND huyện - B", where the title after a dash is A's
            before = chainBefore(tokens, words, m.mentionBegin() - 1);
            if (before != null && !before.titles().isEmpty() && startsAfterHolder(tokens, before.titles().get(0).start())) {
                before = null;
            }
        }
        if (before == null && k > 0) {
            before = sharedHolderTitle(tokens, words, people.get(k - 1), m);
        }
        if (before != null) {
            chains.add(before);
        }
        int j = afterAge(tokens, m.tokenEnd());
        boolean separated = j < tokens.size() && isTitleSeparator(tokens.get(j).word());
        boolean linked = j < tokens.size() && titles.link(words, j, next) != null;
        if (separated || linked) {
            TitleParser.Chain after = titles.parseChain(tokens, words, separated ? j + 1 : j, next);
            // A chain that runs right up to the next name is that name's ("A, Bí thư Tỉnh ủy B" is rare;
            // "Chủ tịch UBND tỉnh Nguyễn Văn B" is common).
            boolean ownedByNext = after != null && after.end() == next && next < tokens.size();
            if (after != null && !ownedByNext) {
                chains.add(after);
            }
        }
        TitleParser.Chain joined = electedInto(tokens, words, m, chains.isEmpty() || chains.get(chains.size() - 1) == before
                ? m.tokenEnd() : chains.get(chains.size() - 1).end(), next);
        if (joined != null) {
            chains.add(joined);
        }
        return chains;
    }

    /**
     * "hội nghị đã bầu bổ sung đồng chí A, Bí thư Thị ủy Thuận An vào Ban Thường vụ Tỉnh ủy": a person an election
     * (group-words.tsv, elects) puts into a body (joins) is its member (membership), as a group elected into it is
     * ({@link #membershipChain}). {@code at} is where the person's name and titles end; null when no body joined
     * follows there or no election opens the person's clause.
     */
    private TitleParser.Chain electedInto(List<CoreLabel> tokens, List<List<String>> words, PersonMention m, int at,
                                          int next) {
        if (at >= next || !GROUP_WORDS.is("joins", tokens.get(at).word())) {
            return null;
        }
        boolean elected = false;
        for (int i = m.mentionBegin() - 1; i >= 0 && m.mentionBegin() - i <= GROUP_WINDOW + 2; i--) {
            String w = tokens.get(i).word();
            if (isClauseBoundary(w)) {
                break;
            }
            elected |= GROUP_WORDS.is("elects", w);
        }
        if (!elected) {
            return null;
        }
        Title t = titles.membership(tokens, words, GROUP_WORDS.written("membership"), at + 1, next);
        return t == null ? null : new TitleParser.Chain(List.of(t), t.end());
    }

    /**
     * A name listed before others with only "," or "và" between them takes the titles the list's last name is
     * linked to: "Các ông Huỳnh Khánh Toàn, Lê Trí Thanh, Trần Văn Tân được bầu giữ chức Phó Chủ tịch UBND tỉnh",
     * "Các ông A và B được bầu làm Phó Chủ tịch HĐND tỉnh". Only a link ("được bầu làm", "là") carries titles
     * over a list; titles after a comma belong to the last name alone.
     */
    private List<TitleParser.Chain> listChain(List<CoreLabel> tokens, List<List<String>> words,
                                              List<PersonMention> people, int k) {
        int last = k;
        while (last + 1 < people.size()
                && joinsList(tokens, people.get(last).tokenEnd(), people.get(last + 1).mentionBegin())) {
            last++;
        }
        if (last == k) {
            return List.of();
        }
        int j = people.get(last).tokenEnd();
        int next = last + 1 < people.size() ? people.get(last + 1).mentionBegin() : tokens.size();
        if (j >= tokens.size() || titles.link(words, j, next) == null) {
            return List.of();
        }
        TitleParser.Chain after = titles.parseChain(tokens, words, j, next);
        return after == null || after.end() == next && next < tokens.size() ? List.of() : List.of(after);
    }

    /**
     * The chain written before the name after a plural ("Cùng dự có các Phó Thủ tướng Nguyễn Xuân Phúc, Hoàng Trung
     * Hải, Vũ Văn Ninh", "các Phó Chủ tịch UBND tỉnh A, B"), which the names listed after it with "," or "và" share;
     * null when the name's titles are its own.
     */
    private static TitleParser.Chain pluralBefore(List<CoreLabel> tokens, PersonMention m, List<TitleParser.Chain> chains) {
        for (TitleParser.Chain c : chains) {
            int start = c.titles().get(0).start();
            if (c.end() == m.mentionBegin() && start > 0 && GROUP_WORDS.is("group", tokens.get(start - 1).word())) {
                return c;
            }
        }
        return null;
    }

    /** Only "," or "và" (one or two tokens) between two names of a list. */
    private static boolean joinsList(List<CoreLabel> tokens, int from, int to) {
        if (to <= from || to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).word();
            if (!w.equals(",") && !GROUP_WORDS.is("and", w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A title of a ";" list that names no body, or only an organ of one, is held in the body the item before it
     * names, which the list says once: "Trưởng Ban Pháp chế HĐND tỉnh là bà A; Trưởng Ban Kinh tế - Ngân sách là ông
     * B" (the council's committee), "Bí thư Tỉnh ủy Quảng Nam A; Phó Bí thư B". A title with no body takes it only
     * from the same office or its deputy's (group-words.tsv, deputy), so "Bí thư Tỉnh ủy A; Chủ tịch B" leaves B's
     * title bare. A title that a later title of its own chain places ("Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức
     * Tỉnh ủy") is left to it.
     */
    private TitleParser.Chain withListBody(List<CoreLabel> tokens, TitleParser.Chain chain, Title previous) {
        if (previous == null) {
            return chain;
        }
        List<Title> ts = new ArrayList<>(chain.titles());
        boolean changed = false;
        for (int i = 0; i < ts.size(); i++) {
            Title t = ts.get(i);
            if (placedLater(ts, i) || !semicolonBetween(tokens, previous.end(), t.start())) {
                continue;
            }
            Title held = t.onlyOrgan() ? t.inBodyOf(previous)
                    : sameOffice(t.role(), previous.role()) ? t.inSameBodyAs(previous) : null;
            if (held != null) {
                ts.set(i, held);
                changed = true;
            }
        }
        return changed ? new TitleParser.Chain(ts, chain.end()) : chain;
    }

    /**
     * The last title of the chain that names its body, else {@code previous}. A post left names a past body, not the
     * list's: "Phạm Văn Lực, nguyên Chủ tịch Ủy ban MTTQ tỉnh Thái Bình (cũ); Trần Thị Hoa, Phó Chủ tịch ...", nor does
     * a post held besides ("Trần Thị Hoa, Phó Chủ tịch kiêm Chủ tịch Hội LHPN tỉnh; Lưu Quang Minh, Phó Chủ tịch ...").
     */
    private static Title bodied(TitleParser.Chain chain, Title previous) {
        Title last = previous;
        for (Title t : chain.titles()) {
            if (t.hasOrganization() && !t.onlyOrgan() && !former(t) && t.qualifier() != Post.Qualifier.CONCURRENT) {
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
                    || later.national() && later.hasOrganization() && rankOf(ts.get(i), later)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the bare title {@code rank} is the rank of the {@code next} title's holder: a minister's rank of a
     * ministry-level body's head ("Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"), a vice-minister's of its deputy head
     * ("Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc").
     */
    private boolean rankOf(Title rank, Title next) {
        return lex.isRank(rank.role()) && (!lex.isDeputyRank(rank.role()) || !office(next.role()).equals(next.role()));
    }

    private static boolean semicolonBetween(List<CoreLabel> tokens, int from, int to) {
        for (int i = Math.max(0, from); i < to && i < tokens.size(); i++) {
            if (tokens.get(i).word().equals(";")) {
                return true;
            }
        }
        return false;
    }

    /** "Phó Bí thư" and "Bí thư", "Phó Chủ tịch" and "Chủ tịch", "Bí thư Thường trực" and "Bí thư": one office. */
    private static boolean sameOffice(String role, String other) {
        String a = office(role);
        String b = office(other);
        return startsWithWords(a, b) || startsWithWords(b, a) || a.equalsIgnoreCase(b);
    }

    /** The role without the word that makes it a deputy ("Phó Bí thư" -> "Bí thư"). */
    private static String office(String role) {
        int space = role.indexOf(' ');
        return space > 0 && GROUP_WORDS.is("deputy", role.substring(0, space)) ? role.substring(space + 1) : role;
    }

    /**
     * A sentence that is an item of an enumeration: it opens with "1." / "2)" / "a)" or a dash or bullet
     * ("1. Đồng chí Trần Cẩm Tú, Bí thư Trung ương Đảng, ...").
     */
    private static boolean enumerated(List<CoreLabel> tokens) {
        return enumerator(tokens.subList(0, Math.min(2, tokens.size()))) || enumerator(tokens.subList(0, 1));
    }

    /** True when the tokens are only an item's number or bullet: "1 .", "2)", "a)", "-". */
    private static boolean enumerator(List<CoreLabel> tokens) {
        if (tokens.isEmpty()) {
            return false;
        }
        String first = tokens.get(0).word();
        if (tokens.size() == 1) {
            return ENUMERATOR.matcher(first).matches();
        }
        return tokens.size() == 2 && ITEM_NUMBER.matcher(first).matches()
                && (tokens.get(1).word().equals(".") || tokens.get(1).word().equals(")"));
    }

    /**
     * Titles given to a group before a colon hold for every person listed after it: "các Ủy viên Bộ Chính trị:
     * A, Chủ tịch Quốc hội; B, ..." and "các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: A, ...; B, ...". The plural
     * "các" marks the group; without it the colon more often opens speech ("Bí thư Tỉnh ủy nhấn mạnh: ...").
     * A group whose colon ends the sentence lists its people in the enumerated sentences after it: its chain is
     * returned (as {@link Title#carried}), else null.
     */
    private TitleParser.Chain groupPosts(ArticleContext ctx, Sentence s, List<CoreLabel> tokens, List<List<String>> words,
                            List<PersonMention> people, Map<String, Post> out, List<Bare> bare,
                            List<Post> sentencePosts, List<Post> previousPosts) {
        for (int c = 1; c < tokens.size(); c++) {
            if (!tokens.get(c).word().equals(":")) {
                continue;
            }
            TitleParser.Chain group = groupChain(tokens, words, c);
            if (group == null) {
                group = membershipChain(tokens, words, c);
            }
            boolean among = false;
            if (group == null) {
                group = amongChain(tokens, words, c);
                among = group != null;
            }
            if (group == null) {
                continue;
            }
            if (endsSentence(tokens, c)) {
                return new TitleParser.Chain(group.titles().stream().map(Title::carried).toList(), 0);
            }
            int listEnd = c + 1;
            while (listEnd < tokens.size() && !tokens.get(listEnd).word().equals(":")) {
                listEnd++;
            }
            for (PersonMention m : people) {
                if (m.mentionBegin() > c && m.tokenEnd() <= listEnd) {
                    if (among && !group.titles().get(0).hasOrganization()) {
                        // "Hội nghị cũng hiệp thương cử 5 Phó Chủ tịch, trong đó có các đồng chí: ...": the deputies of
                        // the office whose holder the sentence before names ("cử bà A giữ chức Chủ tịch Ủy ban MTTQ")
                        List<Post> known = new ArrayList<>(previousPosts);
                        known.addAll(sentencePosts);
                        int had = known.size();
                        addPosts(ctx, s, words, m, group, out, bare, known);
                        sentencePosts.addAll(known.subList(had, known.size()));
                    } else {
                        addPosts(ctx, s, words, m, group, out, bare, sentencePosts);
                    }
                }
            }
        }
        return null;
    }

    /**
     * "cử 5 Phó Chủ tịch Ủy ban MTTQ tỉnh, trong đó có các đồng chí: A, B, C": the people listed among a counted group
     * (after a comma, a word of group-words.tsv, among, then "các" and an honorific at most) hold the group's titles.
     * Null when no such group ends at the comma before the colon {@code colon}.
     */
    private TitleParser.Chain amongChain(List<CoreLabel> tokens, List<List<String>> words, int colon) {
        int comma = colon - 1;
        while (comma > 0 && colon - comma <= MAX_BEFORE_LIST && !tokens.get(comma).word().equals(",")) {
            if (isClauseBoundary(tokens.get(comma).word())) {
                return null;
            }
            comma--;
        }
        if (comma <= 0 || !tokens.get(comma).word().equals(",") || !amongWords(tokens, words, comma + 1, colon)) {
            return null;
        }
        for (int start = comma - 1; start > 0 && comma - start <= 2 * MAX_BEFORE_LIST; start--) {
            String before = tokens.get(start - 1).word();
            if (isClauseBoundary(before) || before.equals(",")) {
                return null;
            }
            if (COUNT.matcher(before).matches()) {
                TitleParser.Chain c = titles.parseChain(tokens, words, start, comma);
                return c != null && c.end() == comma ? c : null;
            }
        }
        return null;
    }

    /** "trong đó có các đồng chí", "trong đó có": a word of among, then "các" and an honorific at most, up to {@code to}. */
    private boolean amongWords(List<CoreLabel> tokens, List<List<String>> words, int from, int to) {
        int i = -1;
        StringBuilder phrase = new StringBuilder();
        for (int k = from; k < to && k < from + 4; k++) {
            phrase.append(k == from ? "" : " ").append(tokens.get(k).word());
            if (GROUP_WORDS.is("among", phrase.toString())) {
                i = k + 1;
            }
        }
        if (i < 0) {
            return false;
        }
        if (i < to && GROUP_WORDS.is("group", tokens.get(i).word())) {
            i++;
        }
        TokenTrie.Match<VnLexicon.Honorific> h = i < to ? lex.honorifics().longestMatch(words, i, to) : null;
        return h != null ? h.end() == to : i == to;
    }

    /** True when only closing punctuation follows the colon at {@code colon}. */
    private static boolean endsSentence(List<CoreLabel> tokens, int colon) {
        for (int i = colon + 1; i < tokens.size(); i++) {
            if (Character.isLetterOrDigit(tokens.get(i).word().codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "bầu bổ sung 4 đồng chí vào Bộ Chính trị khóa XIII, gồm: ...": a counted or plural group that joins a body
     * (group-words.tsv, joins) takes its membership (group-words.tsv, membership: "Ủy viên Bộ Chính trị") for
     * every person listed after "gồm:".
     */
    private TitleParser.Chain membershipChain(List<CoreLabel> tokens, List<List<String>> words, int colon) {
        if (!GROUP_WORDS.is("list", tokens.get(colon - 1).word())) {
            return null;
        }
        for (int i = colon - 2; i > 0 && colon - i <= 2 * MAX_BEFORE_LIST; i--) {
            String w = tokens.get(i).word();
            if (isClauseBoundary(w)) {
                return null;
            }
            if (!GROUP_WORDS.is("joins", w) || !groupBefore(tokens, i)) {
                continue;
            }
            Title t = titles.membership(tokens, words, GROUP_WORDS.written("membership"), i + 1, colon);
            if (t != null && colon - t.end() <= MAX_BEFORE_LIST) {
                return new TitleParser.Chain(List.of(t), t.end());
            }
            return null;
        }
        return null;
    }

    /** A count or the plural "các" a few words before token {@code at}: "4 đồng chí vào", "các đồng chí được bầu vào". */
    private static boolean groupBefore(List<CoreLabel> tokens, int at) {
        for (int i = at - 1; i >= 0 && at - i <= GROUP_WINDOW; i--) {
            String w = tokens.get(i).word();
            if (COUNT.matcher(w).matches() || GROUP_WORDS.is("group", w)) {
                return true;
            }
        }
        return false;
    }

    /** The chain of titles between "các" and the colon at {@code colon}, or null. */
    private TitleParser.Chain groupChain(List<CoreLabel> tokens, List<List<String>> words, int colon) {
        for (int start = colon - 1; start > 0 && !isClauseBoundary(tokens.get(start - 1).word()); start--) {
            String before = tokens.get(start - 1).word();
            boolean counted = COUNT.matcher(before).matches();
            if (!GROUP_WORDS.is("group", before) && !counted) {
                continue;
            }
            TitleParser.Chain c = titles.parseChain(tokens, words, start, colon);
            if (c != null && (c.end() == colon || counted && listedAfter(tokens, c.end(), colon))) {
                return c;
            }
            if (!counted) {
                return null;
            }
        }
        return null;
    }

    /**
     * "3 phó thủ tướng được phê chuẩn bổ nhiệm gồm: ông A ...; ông B, ...": a counted group whose list "gồm" opens,
     * a few words after the title with no comma between.
     */
    private static boolean listedAfter(List<CoreLabel> tokens, int from, int colon) {
        if (colon - from > MAX_BEFORE_LIST || !GROUP_WORDS.is("list", tokens.get(colon - 1).word())) {
            return false;
        }
        for (int i = from; i < colon; i++) {
            if (tokens.get(i).word().equals(",")) {
                return false;
            }
        }
        return true;
    }

    /** Whether a holder link ("là", "-") stands right before a title's first token: that title follows a holder already. */
    private static boolean startsAfterHolder(List<CoreLabel> tokens, int titleStart) {
        return titleStart > 0 && GROUP_WORDS.is("holder", tokens.get(titleStart - 1).word());
    }

    /** The chain of titles that ends right before the name, starting as early as the clause allows. */
    private TitleParser.Chain chainBefore(List<CoreLabel> tokens, List<List<String>> words, int nameStart) {
        int clause = nameStart;
        while (clause > 0 && !isClauseBoundary(tokens.get(clause - 1).word())) {
            clause--;
        }
        for (int s = clause; s < nameStart; s++) {
            TitleParser.Chain c = titles.parseChain(tokens, words, s, nameStart);
            if (c != null && c.end() == nameStart) {
                return c;
            }
            if (c != null && titles.widerPlaceEnd(tokens, words, c, nameStart) == nameStart) {
                // "Bí thư Đảng ủy phường 1, thành phố Đông Hà Trần Văn Út": the unit the title's place lies in, then
                // the holder
                return new TitleParser.Chain(c.titles(), nameStart);
            }
        }
        return null;
    }

    /**
     * The title a holder link gives two names: "Hai Phó Bí thư Tỉnh ủy là ông Trần Song Tân, Chủ tịch HĐND tỉnh, và ông
     * Phạm Quang Nghĩa, Chủ tịch UBND tỉnh" (the name after "và" shares the title before "là" with the name before it).
     * Null when the name is not so listed.
     */
    private TitleParser.Chain sharedHolderTitle(List<CoreLabel> tokens, List<List<String>> words, PersonMention previous,
                                                PersonMention m) {
        int and = m.mentionBegin() - 1;
        int link = previous.mentionBegin() - 1;
        if (and <= previous.tokenEnd() || link <= 0 || !GROUP_WORDS.is("and", tokens.get(and).word())
                || !GROUP_WORDS.is("holder", tokens.get(link).word())) {
            return null;
        }
        for (int i = previous.tokenEnd(); i < and; i++) {
            if (tokens.get(i).word().equals(";") || tokens.get(i).word().equals(".")) {
                return null;
            }
        }
        return chainBefore(tokens, words, link);
    }

    /**
     * Where the titles after a name start when an age stands between them: "Ông Đoàn Minh Quyết, 54 tuổi, Ủy viên
     * Trung ương Đảng" (the "," before the titles); else the name's end.
     */
    private static int afterAge(List<CoreLabel> tokens, int end) {
        if (end + 3 < tokens.size() && tokens.get(end).word().equals(",") && COUNT.matcher(tokens.get(end + 1).word()).matches()
                && GROUP_WORDS.is("age", tokens.get(end + 2).word()) && tokens.get(end + 3).word().equals(",")) {
            return end + 3;
        }
        return end;
    }

    private static boolean isTitleSeparator(String w) {
        return w.equals(",") || w.equals("-") || w.equals("–") || w.equals("—") || w.equals("(");
    }

    /**
     * Whether a title that starts at token {@code start} can be in apposition to a name after a comma: at the head of
     * the sentence or of a clause, or after a word of group-words.tsv's use {@code apposition} ("Dự có").
     */
    private static boolean opensApposition(List<CoreLabel> tokens, int start) {
        if (start == 0) {
            return true;
        }
        String w = tokens.get(start - 1).word();
        return !Character.isLetterOrDigit(w.codePointAt(0)) || GROUP_WORDS.is("apposition", w);
    }

    private static boolean isClauseBoundary(String w) {
        return w.equals(";") || w.equals(":") || w.equals("(") || w.equals(")");
    }

    /** @param words the key words of the sentence's tokens ({@link TokenWords#of}), made once per sentence */
    private void addPosts(ArticleContext ctx, Sentence s, List<List<String>> words, PersonMention m,
                          TitleParser.Chain chain, Map<String, Post> out, List<Bare> bare, List<Post> sentencePosts) {
        List<Title> ts = chain.titles();
        boolean transfer = !ts.isEmpty() && ts.get(0).start() >= m.tokenEnd()
                && appointments.transferred(s.core().tokens().stream().map(CoreLabel::word).toList(), words, m);
        int transferredAt = 0; // the titles before it are the posts a transfer after the name leaves
        for (int i = 0; i < ts.size(); i++) {
            if (ts.get(i).start() >= m.tokenEnd() && appointments.transfersBy(words, ts.get(i))) {
                transferredAt = i; // "ông A, Phó Chủ tịch UBND xã B, được điều động, chỉ định giữ chức ..."
                break;
            }
        }
        List<Post> made = new ArrayList<>(ts.size());
        List<Boolean> appointed = new ArrayList<>(ts.size());
        for (int i = 0; i < ts.size(); i++) {
            Title t = ts.get(i);
            boolean appoints = appointments.appoints(words, t);
            // "Phó Chủ tịch kiêm Bí thư Tỉnh Đoàn": the title after "kiêm" is another post, in another body
            if ((!t.hasOrganization() || t.onlyOrgan()) && i + 1 < ts.size()
                    && ts.get(i + 1).qualifier() != Post.Qualifier.CONCURRENT) {
                Title held = rankOf(t, ts.get(i + 1)) ? t.inNationalBodyOf(ts.get(i + 1)) : t.inCommitteeOf(ts.get(i + 1));
                t = held == null ? t : held;
            } else if (i + 1 < ts.size() && t.bodies().size() == 1) {
                Title held = t.inPartyCommitteeOf(ts.get(i + 1), lex.body(t.bodies().get(0)));
                t = held == null ? t : held;
            }
            t = placedByChain(t, ts, i);
            Post named = t.hasOrganization() ? null : namedAgain(s.core().tokens(), t, made, sentencePosts);
            if (named != null) {
                made.add(new Post(m.name(), m.gender(), m.rank(), t.role(), named.organization(), named.province(),
                        t.qualifier(), ctx.eventDate(), CONFIDENCE_FILLED, ctx.evidence(s)));
                appointed.add(appoints);
                continue;
            }
            Post head = t.hasOrganization() ? null : headOf(t, sentencePosts);
            if (head != null) {
                made.add(new Post(m.name(), m.gender(), m.rank(), t.role(), head.organization(), head.province(),
                        t.qualifier(), ctx.eventDate(), CONFIDENCE_FILLED, ctx.evidence(s)));
                appointed.add(appoints);
                continue;
            }
            if (!t.hasOrganization()) {
                VnLexicon.Role role = lex.role(t.role());
                if (role != null && role.bodyWord() != null) {
                    bare.add(new Bare(s, m, t, role.bodyWord()));
                }
                continue;
            }
            String fill = null;
            String unit = null;
            double confidence = CONFIDENCE_FULL;
            Title local = t.inDistrict(ctx.district());
            if (local == null) {
                local = t.inDistrict(ctx.commune()); // "Chủ tịch UBND xã" in a story about xã Ia Hrung
            }
            if (local == null && t.hasOrganization() && !t.national() && t.place() == null) {
                // "Đảng ủy phường Việt Trì công bố quyết định chỉ định đồng chí A giữ chức Bí thư Đảng ủy phường":
                // the unit the sentence itself names at that level
                local = t.inDistrict(districts.mainDistrict(s.text()));
                if (local == null) {
                    local = t.inDistrict(communes.mainDistrict(s.text()));
                }
            }
            boolean ownDistrict = local != null
                    || ctx.district() != null && ctx.district().name().equalsIgnoreCase(t.place())
                    || ctx.commune() != null && ctx.commune().name().equalsIgnoreCase(t.place());
            if (local != null) {
                t = local;
                confidence = CONFIDENCE_FILLED;
            }
            if (t.needsProvince()) {
                fill = chainProvince(ts, i);
                if (fill == null && ctx.province() != null) {
                    fill = ctx.province();
                    confidence = CONFIDENCE_FILLED;
                }
                VnLexicon.Province p = lex.province(fill);
                unit = p == null ? "tỉnh" : p.unitWord();
                String level = t.unitWord() != null ? t.unitWord() : levelWordOf(t);
                if (level != null && !level.equals(unit)) {
                    // "UBND thành phố" in a provincial article is a city's, not the province's; "Bí thư Tỉnh ủy,
                    // Trưởng Đoàn ĐBQH tỉnh" in a story about TP.HCM is of the one tỉnh its sentence names: "Tại
                    // điểm cầu tỉnh Bình Dương có đồng chí A, Bí thư Tỉnh ủy"
                    fill = provinceOfLevel(s.text(), level);
                    unit = level;
                }
            }
            String org = written(t.organization(fill, unit), t.place() != null ? t.place() : fill);
            String province = t.province() != null ? t.province() : fill;
            if (province == null && ownDistrict) {
                province = ctx.province(); // "Huyện ủy Lục Nam" in a story about huyện Lục Nam, tỉnh Bắc Giang
            }
            Post.Qualifier q = (transfer || i < transferredAt) && !appoints && appointments.leftByTransfer(t.role(), org)
                    ? Post.Qualifier.FORMER : t.qualifier();
            made.add(new Post(m.name(), m.gender(), m.rank(), t.role(), org, t.national() ? null : province,
                    q, ctx.eventDate(), confidence, ctx.evidence(s)));
            appointed.add(appoints);
        }
        for (int i = 0; i < made.size(); i++) {
            Post p = made.get(i);
            for (int k = i + 1; k < made.size(); k++) {
                if (appointed.get(k) && made.get(k).organization().equalsIgnoreCase(p.organization())) {
                    p = left(p); // "Phó Giám đốc Sở Tài chính, giữ chức Giám đốc Sở Tài chính"
                }
            }
            String key = TextNormalizer.key(p.person() + "|" + p.role() + "|" + p.organization());
            Post had = out.putIfAbsent(key, p);
            if (had != null && former(had) && !former(p) && had.evidence().equals(p.evidence())) {
                // "bà A, nguyên Phó Bí thư Thường trực Tỉnh ủy Tuyên Quang (cũ), giữ chức Phó Bí thư Thường trực Tỉnh
                // ủy": the post of the merged province has the old one's name, and the sentence gives it anew
                out.put(key, p);
            }
            if (!former(p)) {
                sentencePosts.add(p);
            }
        }
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
                        CONFIDENCE_FILLED, p.evidence());
            }
            int at = org.indexOf(name + " ");
            if (at == 0 || at > 0 && org.charAt(at - 1) == ' ') {
                latestFull.put(name, org.substring(at));
            }
        }
        return p;
    }

    /**
     * The body a title names again by its first word and "này": "Ông A, Phó Giám đốc Sở Nông nghiệp và Môi trường, được
     * bổ nhiệm làm Giám đốc sở này" is Giám đốc of that Sở; the latest post of the sentence whose body starts with the
     * word. Null for a title not followed so.
     */
    private static Post namedAgain(List<CoreLabel> tokens, Title t, List<Post> made, List<Post> sentencePosts) {
        int at = t.end();
        if (at + 1 >= tokens.size() || !GROUP_WORDS.is("this", tokens.get(at + 1).word())) {
            return null;
        }
        String word = tokens.get(at).word();
        for (List<Post> posts : List.of(made, sentencePosts)) {
            for (int k = posts.size() - 1; k >= 0; k--) {
                String org = posts.get(k).organization();
                if (org.regionMatches(true, 0, word + " ", 0, word.length() + 1)) {
                    return posts.get(k);
                }
            }
        }
        return null;
    }

    /**
     * The post of the sentence whose body a deputy's title written alone shares: "bầu bà A giữ chức Chủ tịch Ủy ban
     * MTTQ Việt Nam tỉnh; các ông B, C giữ chức Phó Chủ tịch" (the head's title "Chủ tịch", or a longer deputy's
     * title "Phó Chủ tịch Thường trực", named last before it). Null for other titles or when no such post precedes.
     */
    private static Post headOf(Title t, List<Post> sentencePosts) {
        int space = t.role().indexOf(' ');
        if (space < 0 || !GROUP_WORDS.is("deputy", t.role().substring(0, space))) {
            return null;
        }
        String headRole = t.role().substring(space + 1);
        for (int k = sentencePosts.size() - 1; k >= 0; k--) {
            Post p = sentencePosts.get(k);
            if (p.qualifier() == Post.Qualifier.CONCURRENT) {
                continue; // "Trần Thị Hoa, Phó Chủ tịch kiêm Chủ tịch Hội LHPN tỉnh; Lưu Quang Minh, Phó Chủ tịch"
            }
            if (p.role().equalsIgnoreCase(headRole) || startsWithWords(p.role(), t.role())) {
                return p;
            }
        }
        return null;
    }

    /** The title placed where another title of its chain places the same body ({@link Title#placedAs}), or as it is. */
    private static Title placedByChain(Title t, List<Title> ts, int i) {
        for (int k = 0; k < ts.size(); k++) {
            Title placed = k == i || former(ts.get(k)) ? null : t.placedAs(ts.get(k));
            if (placed != null) {
                return placed;
            }
        }
        return t;
    }

    /**
     * A post named again in short is the same post, not a second one: "Phó Thủ tướng Nguyễn Hòa Bình" after "Nguyễn
     * Hòa Bình, ..., Phó Thủ tướng Thường trực Chính phủ" (a longer role of the same body that starts with its words),
     * "được HĐND thành phố bầu làm Chủ tịch UBND" before "giữ chức Chủ tịch UBND TP Hà Nội" (the same role in a body
     * whose name starts with its words).
     */
    private static boolean namedInFull(Post p, java.util.Collection<Post> all) {
        for (Post q : all) {
            if (q == p || former(q) != former(p) || !q.person().equals(p.person())) {
                continue;
            }
            boolean sameBody = q.organization().equalsIgnoreCase(p.organization());
            if (sameBody && startsWithWords(q.role(), p.role())
                    || q.role().equalsIgnoreCase(p.role()) && startsWithWords(q.organization(), p.organization())) {
                return true;
            }
        }
        return false;
    }

    /** "Phó Thủ tướng Thường trực" starts with the words "Phó Thủ tướng"; "Phó Chủ tịch" does not start with "Phó Chủ". */
    private static boolean startsWithWords(String longer, String shorter) {
        return longer.regionMatches(true, 0, shorter + " ", 0, shorter.length() + 1);
    }

    private static Post left(Post p) {
        return new Post(p.person(), p.gender(), p.rank(), p.role(), p.organization(), p.province(),
                Post.Qualifier.FORMER, p.asOf(), p.confidence(), p.evidence());
    }

    /**
     * "Thứ trưởng Phùng Đức Tiến" with no ministry: the one the sentence names, else the one the lead names
     * ({@link ImpliedBodies}). A person the article gives that title with its body elsewhere keeps that one.
     */
    private void placeBareTitles(ArticleContext ctx, List<Bare> bare, Map<String, Post> out) {
        Map<String, Optional<String>> leadBodies = new HashMap<>(); // the lead is read once per body word
        for (Bare b : bare) {
            String personRole = TextNormalizer.key(b.person().name() + "|" + b.title().role() + "|");
            if (out.keySet().stream().anyMatch(k -> k.startsWith(personRole))) {
                continue;
            }
            String body = implied.inSentence(b.sentence(), b.bodyWord());
            if (body == null) {
                body = leadBodies.computeIfAbsent(b.bodyWord(), w -> Optional.ofNullable(implied.inLead(ctx, w)))
                        .orElse(null);
            }
            if (body == null) {
                continue;
            }
            PersonMention m = b.person();
            Post p = new Post(m.name(), m.gender(), m.rank(), b.title().role(), body, null, b.title().qualifier(),
                    ctx.eventDate(), CONFIDENCE_FILLED, ctx.evidence(b.sentence()));
            out.putIfAbsent(TextNormalizer.key(p.person() + "|" + p.role() + "|" + p.organization()), p);
            unitsPartyCommittee(out, p);
        }
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
                    + placed.organization(), null, q.qualifier(), q.asOf(), CONFIDENCE_FILLED, q.evidence());
            out.putIfAbsent(TextNormalizer.key(unit.person() + "|" + unit.role() + "|" + unit.organization()), unit);
        }
    }


    /** The organization with its place written in full: "Thành ủy TP.HCM" -> "Thành ủy Thành phố Hồ Chí Minh". */
    private String written(String org, String place) {
        String full = lex.writtenName(place);
        int at = full == null ? -1 : org.lastIndexOf(place);
        if (at < 0) {
            return org;
        }
        String head = org.substring(0, at).stripTrailing();
        // "Ủy ban nhân dân thành phố" + "Thành phố Hồ Chí Minh": the level word is not repeated
        int level = full.indexOf(' ', full.indexOf(' ') + 1);
        if (level > 0 && head.toLowerCase(Locale.ROOT).endsWith(full.substring(0, level).toLowerCase(Locale.ROOT))) {
            head = head.substring(0, head.length() - level).stripTrailing();
        }
        return head + " " + full + org.substring(at + place.length());
    }

    /**
     * The level word a title's body implies when the text writes none: a party committee of a province's level is a
     * "Tỉnh ủy", of a "tỉnh" (a "Thành ủy" may be a province's or a city's: bodies.tsv, level city).
     */
    private String levelWordOf(Title t) {
        if (t.bodies().isEmpty()) {
            return null;
        }
        VnLexicon.Body b = lex.body(t.bodies().get(t.bodies().size() - 1));
        return b != null && b.kind() == VnLexicon.Body.Kind.COMMITTEE && "province".equals(b.level()) ? "tỉnh" : null;
    }

    /** The one province of that level word the sentence names after a level word, or null. */
    private String provinceOfLevel(String sentence, String level) {
        List<String> named = provinces.placedProvinces(sentence).stream()
                .filter(name -> lex.province(name) != null && level.equals(lex.province(name).unitWord())).toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    /** The province named by a later title of the chain, else by an earlier one, or null. */
    private static String chainProvince(List<Title> ts, int i) {
        for (int k = i + 1; k < ts.size(); k++) {
            if (ts.get(k).province() != null && !former(ts.get(k))) {
                return ts.get(k).province();
            }
        }
        for (int k = i - 1; k >= 0; k--) {
            if (ts.get(k).province() != null && !former(ts.get(k))) {
                return ts.get(k).province();
            }
        }
        return null;
    }

    /**
     * "nguyên Bí thư Tỉnh ủy Hòa Bình, giữ chức Phó Bí thư Thường trực Tỉnh ủy": a post left names the province of
     * the past, not that of the posts beside it.
     */
    private static boolean former(Title t) {
        return t.qualifier() == Post.Qualifier.FORMER;
    }

    private static boolean former(Post p) {
        return p.qualifier() == Post.Qualifier.FORMER;
    }
}
