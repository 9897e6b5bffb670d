package org.w3id.vnkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import edu.stanford.nlp.ling.CoreLabel;

import org.w3id.vnkg.facts.Post;
import org.w3id.vnkg.nlp.PlaceSpans;
import org.w3id.vnkg.nlp.TokenTrie;
import org.w3id.vnkg.nlp.TokenWords;
import org.w3id.vnkg.nlp.VnLexicon;
import org.w3id.vnkg.nlp.VnLexicon.Body;

/**
 * The grammar of Vietnamese titles over the tokens of a sentence:
 * <pre>
 *   chain     := title ( ("," | "kiêm") title )*
 *   title     := (honorific | qualifier | link)* role organization?     link: "giữ chức", "là" ...
 *   organization := organ* body place?              Ban Thường vụ | Tỉnh ủy | Bắc Giang
 *                 | organ "Trung ương" "Đảng"?       Ban Tổ chức Trung ương
 *   place     := level-word (province | name)? | province | name (after a district committee)
 * </pre>
 * Roles, bodies, level words and qualifiers are data ({@link VnLexicon}); a role with a {@code head}
 * shares its last words with the organization ("Trưởng Ban Tổ chức Trung ương").
 * <pre>
 *   parseChain("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bắc Giang phát biểu", 0, n)
 *   -> [Title[Phó Bí thư, Tỉnh ủy], Title[Chủ tịch, Ủy ban nhân dân, tỉnh, Bắc Giang]], ending before "phát"
 * </pre>
 */
public final class TitleParser {
    /** The tokens between "được" and the appointing link: the body or person that appoints and the decision
     * words before the link ("được Ban Thường vụ Tỉnh ủy điều động, bổ nhiệm làm"). */
    private static final int MAX_AGENT = 12;
    private static final GroupWords GROUP_WORDS = GroupWords.load();
    private static final ForeignParties PARTIES = ForeignParties.standard();

    private final VnLexicon lex;
    private final PlaceSpans places;
    private final NamedBodies named;

    public TitleParser(VnLexicon lex) {
        this.lex = lex;
        this.places = new PlaceSpans(lex);
        this.named = new NamedBodies(lex);
    }

    /** A chain of titles and the index just past it. */
    public record Chain(List<Title> titles, int end) {
        public Chain {
            titles = List.copyOf(titles);
        }
    }

    /**
     * The longest chain of titles that starts at token {@code start}, or null when no title starts there. Titles
     * follow one another after ",", "kiêm", an appointing link, or "và" ("Ủy viên Ban Thường vụ và Chủ tịch Hội
     * Nông dân tỉnh"); a chain that "và" would run up to the next name stops before "và", since the titles after
     * it are that name's ("A, Bí thư Tỉnh ủy và Chủ tịch UBND tỉnh B"). A post left by a link ("thôi giữ chức
     * Ủy viên Ban Chấp hành, Ủy viên Ban Thường vụ và Chủ tịch Hội", "từng giữ chức A, B") makes every title of
     * its list a post left, until a title brings its own link; so does a "nguyên" before a title that names no place
     * of its own ("nguyên Bí thư Huyện ủy, Chủ tịch UBND huyện Giồng Riềng": both left).
     */
    public Chain parseChain(List<CoreLabel> tokens, List<List<String>> words, int start, int limit) {
        List<Title> titles = new ArrayList<>();
        int i = start;
        int end = start;
        int titlesBeforeAnd = -1;
        int endBeforeAnd = start;
        boolean leftList = false;
        boolean dashed = false;
        while (i < limit) {
            Title t = parseTitle(tokens, words, i, limit);
            if (t == null) {
                break;
            }
            t = PARTIES.widen(t, tokens, words, limit); // "Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào"
            TokenTrie.Match<Post.Qualifier> own = link(words, i, limit);
            if (own != null) {
                leftList = own.value() == Post.Qualifier.FORMER;
            } else if (leftList && (t.qualifier() == Post.Qualifier.NONE || t.qualifier() == Post.Qualifier.CONCURRENT)) {
                t = t.withQualifier(Post.Qualifier.FORMER);
            } else if (t.qualifier() == Post.Qualifier.FORMER && t.place() == null) {
                // "ông A, nguyên Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh khóa IX": one "nguyên" leaves the titles
                // listed after it too, as a link of a post left does, until a title brings its own link ("nay là");
                // not after a title that names its own place, a step of a career closed there: "ông B, nguyên bí
                // thư Tỉnh ủy Hà Tĩnh, phó chủ nhiệm thường trực Ủy ban Kiểm tra trung ương" holds the second
                leftList = true;
            }
            if (!titles.isEmpty() && nowAt(tokens, i, limit) && !lex.isMembership(t.role())) {
                // "ông A, Chủ tịch UBND huyện B giai đoạn 2016-2021, nay là Phó Giám đốc Sở Nội vụ": the titles before
                // the one held now are posts left, but for memberships ("Ủy viên Ban Thường vụ Tỉnh ủy")
                for (int k = 0; k < titles.size(); k++) {
                    Title before = titles.get(k);
                    if (before.qualifier() == Post.Qualifier.NONE && !lex.isMembership(before.role())) {
                        titles.set(k, before.withQualifier(Post.Qualifier.FORMER));
                    }
                }
            }
            int last = titles.size() - 1;
            if (dashed && last >= 0 && t.inSameBodyAs(titles.get(last)) == null
                    && titles.get(last).inSameBodyAs(t) != null) {
                titles.set(last, titles.get(last).inSameBodyAs(t)); // "Phó Chủ tịch - Tổng Thư ký Ủy ban TW MTTQ"
            }
            if (gone(tokens, t.end(), limit)
                    && (t.qualifier() == Post.Qualifier.NONE || t.qualifier() == Post.Qualifier.CONCURRENT)) {
                t = t.withQualifier(Post.Qualifier.FORMER); // "ông A, Bí thư Tỉnh ủy Hải Dương (cũ), được chỉ định ..."
            }
            titles.add(t);
            if (own != null) {
                titles.addAll(committeesJoined(tokens, words, own, t)); // "vào Ban Chấp hành, Ban Thường vụ và giữ chức"
            } else {
                titles.addAll(electedCommitteeJoined(tokens, words, i, limit, t)); // "tham gia Ban Chấp hành, Ban Thường vụ Đảng ủy Khối"
            }
            dashed = false;
            end = afterTerm(tokens, afterEra(tokens, t.end(), limit), limit);
            if (end + 1 < limit && !t.hasOrganization() && isDash(tokens.get(end).word())
                    && parseTitle(tokens, words, end + 1, limit) != null) {
                dashed = true; // one person's two offices of one body, written with a dash between
                i = end + 1;
            } else if (end < limit && tokens.get(end).word().equals(",")) {
                i = end + 1;
            } else if (end + 1 < limit && isDash(tokens.get(end).word()) && appointsAt(words, end + 1, limit)) {
                i = end + 1; // "bổ nhiệm ông A - phó chánh án TAND TP.HCM - giữ chức chánh án": the dash closes the title
            } else if (end < limit && lex.qualifiers().longestMatch(words, end, limit) != null) {
                i = end; // "Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh"
            } else if (end < limit && (appointsAt(words, end, limit) || leavesAt(words, end, limit))) {
                i = end; // "bầu ông A - Phó Bí thư Tỉnh ủy giữ chức Chủ tịch UBND tỉnh": no comma before the link; "đồng
                // chí A, Bí thư Tỉnh ủy Ninh Bình thôi giữ chức Bí thư Tỉnh ủy để nhận nhiệm vụ ..." (gen22m 009)
            } else if (end < limit && bodyJoined(tokens, words, end, end, limit) != null) {
                i = end; // "bà A, nguyên Trưởng Ban Dân vận Tỉnh ủy được bầu vào Ban Thường vụ Tỉnh ủy"
            } else if (end + 1 < limit && GROUP_WORDS.is("cause", tokens.get(end).word()) && appointsAt(words, end + 1, limit)) {
                i = end + 1; // "thôi giữ chức Chủ tịch Hội Nông dân tỉnh do được điều động giữ chức Phó Trưởng Ban ..."
            } else if (end + 1 < limit && words.get(end).size() == 1 && GROUP_WORDS.is("and", words.get(end).get(0))) {
                titlesBeforeAnd = titles.size();
                endBeforeAnd = end;
                i = end + 1;
            } else {
                break;
            }
        }
        if (titlesBeforeAnd > 0 && titles.size() > titlesBeforeAnd && end == limit && limit < tokens.size()) {
            titles.subList(titlesBeforeAnd, titles.size()).clear();
            end = endBeforeAnd;
        }
        return titles.isEmpty() ? null : new Chain(titles, end);
    }

    private static boolean isDash(String w) {
        return w.equals("-") || w.equals("–") || w.equals("—");
    }

    /**
     * Past the era written after a body's place, "Tỉnh ủy Yên Bái (cũ)", "tỉnh Tuyên Quang (mới)": the title goes on
     * to the next one of its chain; else {@code end} itself.
     */
    private static int afterEra(List<CoreLabel> tokens, int end, int limit) {
        if (end + 2 < limit && tokens.get(end).word().equals("(") && GROUP_WORDS.is("era", tokens.get(end + 1).word())
                && tokens.get(end + 2).word().equals(")")) {
            return end + 3;
        }
        return end;
    }

    /**
     * Whether the era written after a body's place says the merger ended it ("Tỉnh ủy Hải Dương (cũ)": group-words.tsv,
     * gone): a title of that body is a post left.
     */
    private static boolean gone(List<CoreLabel> tokens, int end, int limit) {
        return end + 2 < limit && tokens.get(end).word().equals("(") && GROUP_WORDS.is("gone", tokens.get(end + 1).word())
                && tokens.get(end + 2).word().equals(")");
    }

    /** Whether the words at token i say the title after them is the one held now: "nay là", "hiện là" (group-words.tsv). */
    private static boolean nowAt(List<CoreLabel> tokens, int i, int limit) {
        return i + 1 < limit && GROUP_WORDS.is("now", tokens.get(i).word() + " " + tokens.get(i + 1).word())
                || i + 2 < limit && GROUP_WORDS.is("now", tokens.get(i).word() + " " + tokens.get(i + 1).word() + " "
                        + tokens.get(i + 2).word());
    }

    /** The words that open and close a span of time: "từ", "đến" (time-words.tsv, bound). */
    private static final java.util.Set<String> BOUNDS = java.util.Set.copyOf(TimeWords.standard().words("bound"));
    /** "nay" of "đến nay": a span that runs to the time of writing (time-words.tsv, relative). */
    private static final java.util.Set<String> NOW = java.util.Set.copyOf(TimeWords.standard().words("relative"));
    private static final java.util.regex.Pattern YEAR_IN = java.util.regex.Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");
    /** How many tokens a span of time after a title may take: "từ tháng 3 năm 2016 đến tháng 10 năm 2020". */
    private static final int MAX_SPAN = 12;

    /**
     * The last year of the term written right after a title that ends at token {@code end}: "giai đoạn 2011-2016"
     * 2016, "(2010 - 2015)" 2015; null when none is written or the term has no years ("khóa XVI"). A post whose term
     * ended before the story is one left.
     */
    static Integer termEndYear(List<CoreLabel> tokens, int end) {
        int from = afterEra(tokens, end, tokens.size());
        return lastYear(tokens, from, afterTerm(tokens, from, tokens.size()));
    }

    /** As {@link #termEndYear} for a span "từ ... đến ..." only: a post held then, even one a link gave. */
    static Integer spanEndYear(List<CoreLabel> tokens, int end) {
        int from = afterEra(tokens, end, tokens.size());
        return lastYear(tokens, from, afterSpan(tokens, from, tokens.size()));
    }

    /**
     * The last year of a span or term that opens the sentence, set off by a comma, when the clause after it reaches
     * token {@code before} (a name) with no other comma: "Từ tháng 8/2010 đến tháng 12/2015, ông A là Giám đốc Sở ...",
     * "Giai đoạn 2010-2015, ông B là ..."; null otherwise. The titles of that clause are of that time.
     */
    static Integer openingSpanEndYear(List<CoreLabel> tokens, int before) {
        int end = afterSpan(tokens, 0, before);
        if (end == 0) {
            end = afterTerm(tokens, 0, before);
        }
        if (end == 0 || end >= before || !tokens.get(end).word().equals(",")) {
            return null;
        }
        for (int k = end + 1; k < before; k++) {
            if (CLAUSE_ENDS.contains(tokens.get(k).word())) {
                return null; // "Từ ngày 8 đến 10/1/2020, tại Hà Nội, ..." sets a scene, not a clause of the name
            }
        }
        return lastYear(tokens, 0, end);
    }

    /** The marks that end the clause a fronted span opens. */
    private static final java.util.Set<String> CLAUSE_ENDS = java.util.Set.of(",", ";", ":", ".");

    private static Integer lastYear(List<CoreLabel> tokens, int from, int to) {
        Integer year = null;
        for (int k = from; k < to; k++) {
            java.util.regex.Matcher m = YEAR_IN.matcher(tokens.get(k).word());
            while (m.find()) {
                year = Integer.valueOf(m.group());
            }
        }
        return year;
    }

    /** Past a span "từ ... đến ..." with a year after its "đến" (not "đến nay"), else {@code from} itself. */
    private static int afterSpan(List<CoreLabel> tokens, int from, int limit) {
        if (from >= limit || !BOUNDS.contains(tokens.get(from).word().toLowerCase(java.util.Locale.ROOT))) {
            return from;
        }
        for (int k = from + 1; k < limit && k <= from + MAX_SPAN; k++) {
            String w = tokens.get(k).word().toLowerCase(java.util.Locale.ROOT);
            if (BOUNDS.contains(w)) {
                for (int j = k + 1; j < limit && j <= k + 3; j++) {
                    String x = tokens.get(j).word().toLowerCase(java.util.Locale.ROOT);
                    if (NOW.contains(x)) {
                        return from; // "từ tháng 11/2020 đến nay": held now
                    }
                    if (YEAR_IN.matcher(x).find()) {
                        return j + 1;
                    }
                }
                return from;
            }
        }
        return from;
    }

    /** A year, or a span of years written as one token ("2011-2016"). */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?:19|20)\\d\\d");
    private static final java.util.regex.Pattern YEARS = java.util.regex.Pattern.compile("(?:19|20)\\d\\d[-–](?:19|20)\\d\\d");
    private static final java.util.regex.Pattern TERM_NUMBER = java.util.regex.Pattern.compile("[IVXLC]+|\\d{1,2}");

    /**
     * Past the term or the years written after a title (group-words.tsv, use term): "nguyên Bí thư Tỉnh Đoàn khóa XVI,
     * nay là Phó Bí thư Huyện ủy Tĩnh Gia", "nguyên Chủ tịch UBND huyện Phú Quốc giai đoạn 2011-2016, hiện là Phó Giám
     * đốc Sở Xây dựng", "Bí thư Huyện ủy (2010 - 2015)": the chain goes on to the next title; else {@code end} itself.
     */
    private static int afterTerm(List<CoreLabel> tokens, int end, int limit) {
        int i = end;
        boolean bracket = i < limit && tokens.get(i).word().equals("(");
        if (bracket) {
            i++;
        }
        int termWords = 0;
        if (i < limit && GROUP_WORDS.is("term", tokens.get(i).word())) {
            termWords = 1;
        } else if (i + 1 < limit && GROUP_WORDS.is("term", tokens.get(i).word() + " " + tokens.get(i + 1).word())) {
            termWords = 2;
        }
        if (termWords == 0 && !bracket) {
            return end;
        }
        int after = termEnd(tokens, i + termWords, limit, termWords > 0);
        if (after < 0) {
            return end;
        }
        if (bracket) {
            return after < limit && tokens.get(after).word().equals(")") ? after + 1 : end;
        }
        return after;
    }

    /** The end of a term's years ("2011-2016", "2011 - 2016", "2020") or number ("XVI", after a term word), or -1. */
    private static int termEnd(List<CoreLabel> tokens, int i, int limit, boolean afterTermWord) {
        if (i >= limit) {
            return -1;
        }
        String w = tokens.get(i).word();
        if (YEARS.matcher(w).matches()) {
            return i + 1;
        }
        if (YEAR.matcher(w).matches()) {
            if (i + 2 < limit && (tokens.get(i + 1).word().equals("-") || tokens.get(i + 1).word().equals("–"))
                    && YEAR.matcher(tokens.get(i + 2).word()).matches()) {
                return i + 3;
            }
            return afterTermWord ? i + 1 : -1;
        }
        return afterTermWord && TERM_NUMBER.matcher(w).matches() ? i + 1 : -1;
    }

    /**
     * The link between a name and its titles that starts at token i, or null: one of title-links.tsv, or
     * "được", the body or person that appoints, then an appointing link ("được Bộ Chính trị điều động giữ
     * chức", "được Thủ tướng Chính phủ bổ nhiệm làm"), which is NEW.
     */
    public TokenTrie.Match<Post.Qualifier> link(List<List<String>> words, int i, int limit) {
        TokenTrie.Match<Boolean> tense = lex.tenseWords().longestMatch(words, i, limit);
        if (tense != null) {
            // "ông A, nguyên Bí thư Tỉnh ủy, đã được Bộ Chính trị điều động giữ chức ...": the link after its tense
            TokenTrie.Match<Post.Qualifier> after = link(words, tense.end(), limit);
            return after == null ? null : new TokenTrie.Match<>(after.value(), i, after.end());
        }
        TokenTrie.Match<Post.Qualifier> q = beforeTitle(lex.titleLinks(), words, i, limit);
        if (q == null) {
            q = afterCommitteesJoined(words, i, limit);
        }
        TokenTrie.Match<Boolean> verb = q == null ? lex.appointingVerbs().longestMatch(words, i, limit) : null;
        if (verb != null) {
            // "A, Phó Chánh Văn phòng Thành ủy về huyện Đông Anh, chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ
            // chức Bí thư Huyện ủy": the verb of the decision, with no "được" before it
            TokenTrie.Match<Post.Qualifier> joined = afterCommitteesJoined(words, verb.end(), limit);
            q = joined == null ? null : new TokenTrie.Match<>(Post.Qualifier.NEW, i, joined.end());
        }
        if (q != null || i >= limit || !isPassive(words.get(i))) {
            return q;
        }
        for (int k = i + 1; k < Math.min(limit, i + 1 + MAX_AGENT); k++) {
            if (words.get(k).equals(List.of(".")) || words.get(k).equals(List.of(",")) && !decisionWordEndsAt(words, i + 1, k)) {
                return null; // "được điều động, chỉ định giữ chức": only words of the decision stand around a comma
            }
            if (lex.proposingWords().longestMatch(words, k, limit) != null) {
                return null; // "được giới thiệu để bầu giữ chức", "được đề cử giữ chức": proposed, not yet holding
            }
            TokenTrie.Match<Boolean> a = beforeTitle(lex.appointingLinks(), words, k, limit);
            if (a != null) {
                return new TokenTrie.Match<>(Post.Qualifier.NEW, i, a.end());
            }
            // "được Bộ Chính trị điều động, chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy"
            TokenTrie.Match<Post.Qualifier> joined = afterCommitteesJoined(words, k, limit);
            if (joined != null) {
                return new TokenTrie.Match<>(Post.Qualifier.NEW, i, joined.end());
            }
        }
        return null;
    }

    /** True when a word of a decision ("điều động", "chỉ định": transfers.tsv) ends right before token k. */
    /**
     * The longest link at token i that leaves a title whole after it: "giữ chức Vụ trưởng" is the link "giữ chức" before
     * the title "Vụ trưởng", not "giữ chức vụ" before "trưởng".
     */
    private <V> TokenTrie.Match<V> beforeTitle(TokenTrie<V> links, List<List<String>> words, int i, int limit) {
        TokenTrie.Match<V> m = links.longestMatch(words, i, limit);
        if (m != null && m.end() - 1 > i && lex.roles().longestMatch(words, m.end(), limit) == null
                && lex.roles().longestMatch(words, m.end() - 1, limit) != null) {
            TokenTrie.Match<V> shorter = links.longestMatch(words, i, m.end() - 1);
            return shorter != null ? shorter : m;
        }
        return m;
    }

    private boolean decisionWordEndsAt(List<List<String>> words, int from, int k) {
        for (int s = Math.max(from, k - 3); s < k; s++) {
            TokenTrie.Match<Boolean> d = lex.decisionWords().longestMatch(words, s, k);
            if (d != null && d.end() == k) {
                return true;
            }
        }
        return false;
    }

    /**
     * "tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư", "vào Ban Chấp hành, Ban Thường vụ và giữ chức
     * Chủ tịch": the committees joined (bodies, with their level word, between "," and "và") pass over to the
     * appointing link that follows, which links the name to the post taken up. Null when no such link follows.
     */
    private TokenTrie.Match<Post.Qualifier> afterCommitteesJoined(List<List<String>> words, int i, int limit) {
        TokenTrie.Match<Boolean> enters = lex.enterWords().longestMatch(words, i, limit);
        if (enters == null) {
            return null;
        }
        int k = enters.end();
        int joined = 0;
        while (k < limit) {
            TokenTrie.Match<Body> b = lex.bodies().longestMatch(words, k, limit);
            if (b != null) {
                joined++;
                k = b.end();
                TokenTrie.Match<String> level = lex.localities().longestMatch(words, k, limit);
                k = level == null ? k : level.end();
            } else if (joined > 0 && (words.get(k).equals(List.of(",")) || words.get(k).equals(List.of("và")))) {
                k++;
            } else {
                break;
            }
        }
        if (joined == 0 || lex.appointingLinks().longestMatch(words, k, limit) == null) {
            return null;
        }
        TokenTrie.Match<Post.Qualifier> post = lex.titleLinks().longestMatch(words, k, limit);
        return new TokenTrie.Match<>(post.value(), i, post.end());
    }

    /**
     * The memberships of the organs a link joins before the post it gives, in the body of that post ({@code post}):
     * "được bầu vào Ban Chấp hành, Ban Thường vụ và giữ chức Chủ tịch LĐLĐ tỉnh Gia Lai" makes A Ủy viên of the Ban Chấp
     * hành and of the Ban Thường vụ of the Liên đoàn Lao động tỉnh Gia Lai. A party committee's Ban Chấp hành is named
     * after its Đảng bộ ("tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Huyện ủy Lục Nam": Ủy viên of the Ban
     * Chấp hành Đảng bộ huyện Lục Nam and of the Ban Thường vụ Huyện ủy Lục Nam), as its member title names it
     * (member-titles.tsv, "Huyện ủy viên"); a committee without one (a bare "Đảng ủy", "Đảng ủy Khối ...") gives none.
     * Empty when the link joins no organ.
     */
    private List<Title> committeesJoined(List<CoreLabel> tokens, List<List<String>> words,
                                         TokenTrie.Match<Post.Qualifier> link, Title post) {
        List<Title> out = new ArrayList<>();
        String body = post.hasOrganization() ? post.mainBody().toLowerCase(java.util.Locale.ROOT) : "";
        VnLexicon.MemberTitle partyMember = post.kind() == Body.Kind.COMMITTEE ? lex.memberTitleOfCommittee(post.mainBody()) : null;
        if (partyMember != null && partyMember.ofOwnUnit()) {
            // "giữ chức Bí thư Đảng ủy phường Vị Tân": the Ban Chấp hành Đảng bộ phường Vị Tân
            partyMember = post.place() != null && isCommuneLevel(post.unitWord()) ? partyMember.atLevel(post.unitWord()) : null;
        }
        String branch = partyBranchOf(post);
        if (post.kind() == Body.Kind.COMMITTEE && partyMember == null && branch == null || body.isEmpty()) {
            return out;
        }
        VnLexicon.Role member = lex.role(GROUP_WORDS.written("membership"));
        for (int i = link.start(); i < link.end(); i++) {
            TokenTrie.Match<Boolean> enters = lex.enterWords().longestMatch(words, i, link.end());
            if (enters == null) {
                continue;
            }
            int k = enters.end();
            while (k < link.end()) {
                TokenTrie.Match<Body> b = lex.bodies().longestMatch(words, k, link.end());
                if (b == null) {
                    if (!out.isEmpty() && (words.get(k).equals(List.of(",")) || words.get(k).equals(List.of("và")))) {
                        k++;
                        continue;
                    }
                    break;
                }
                Title organ = b.value().kind() == Body.Kind.ORGAN
                        ? organization(tokens, words, Post.Qualifier.NEW, member, k, k, b.end()) : null;
                boolean electedCommittee = GROUP_WORDS.is("elected-committee", b.value().name());
                Title joined = organ == null || organ.end() != b.end() ? null
                        : partyMember != null && electedCommittee ? partyCommitteeMember(partyMember, post, k, b.end())
                        : branch != null && electedCommittee ? branchCommitteeMember(member, branch, post, k, b.end())
                        : organ.inBodyOf(post);
                if (joined == null) {
                    return List.of();
                }
                out.add(joined);
                k = b.end();
            }
            return out;
        }
        return out;
    }

    /**
     * "bà A, nguyên Trưởng Ban Dân vận Tỉnh ủy được bầu vào Ban Thường vụ Tỉnh ủy", "chỉ định ông B, Giám đốc Công ty
     * ..., tham gia Ban Chấp hành, Ban Thường vụ Đảng ủy Khối": a person an election or a designation (transfers.tsv
     * appoints, after "được" and words of tense or not) puts into a body (transfers.tsv enters) with no post after it
     * is a member of the first whole body listed (Ủy viên, as "Ủy viên Ban Thường vụ Tỉnh ủy" writes it; bare organs
     * before it are passed over). Null when no such words start at token i (gen21c 006, 008).
     */
    private Title bodyJoined(List<CoreLabel> tokens, List<List<String>> words, int start, int i, int limit) {
        Joined j = joined(tokens, words, start, i, limit);
        return j == null ? null : j.body();
    }

    /** A body an election or a designation puts a person into, and whether an elected committee was listed first. */
    private record Joined(Title body, boolean electedCommitteeFirst) {
    }

    /**
     * The Ban Chấp hành listed bare before the party committee {@link #bodyJoined} found at token {@code i}: "tham gia
     * Ban Chấp hành, Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh" also makes an Ủy viên of the Ban Chấp hành Đảng bộ
     * Khối doanh nghiệp tỉnh (group-words.tsv, party-body; gen21c 008). Empty otherwise.
     */
    private List<Title> electedCommitteeJoined(List<CoreLabel> tokens, List<List<String>> words, int i, int limit,
                                               Title joined) {
        Joined j = joined(tokens, words, i, i, limit);
        String branch = partyBranchOf(joined);
        if (j == null || !j.electedCommitteeFirst() || branch == null || !lex.isMembership(joined.role())) {
            return List.of();
        }
        return List.of(branchCommitteeMember(lex.role(joined.role()), branch, joined, joined.start(), joined.end()));
    }

    private Joined joined(List<CoreLabel> tokens, List<List<String>> words, int start, int i, int limit) {
        int k = i;
        TokenTrie.Match<Boolean> tense = k < limit ? lex.tenseWords().longestMatch(words, k, limit) : null;
        k = tense == null ? k : tense.end();
        if (k < limit && isPassive(words.get(k))) {
            k++;
        }
        TokenTrie.Match<Boolean> verb = k < limit ? lex.appointingVerbs().longestMatch(words, k, limit) : null;
        if (verb == null && k == i) {
            verb = k < limit ? lex.enterWords().longestMatch(words, k, limit) : null; // "A, ..., tham gia Ban Chấp hành"
            if (verb == null || !words.get(k).equals(List.of("tham"))) {
                return null;
            }
        } else if (verb == null) {
            return null;
        } else {
            k = verb.end();
        }
        TokenTrie.Match<Boolean> enters = k < limit ? lex.enterWords().longestMatch(words, k, limit) : null;
        if (enters == null) {
            return null;
        }
        k = enters.end();
        boolean electedCommitteeFirst = false;
        while (k < limit) {
            TokenTrie.Match<Body> b = lex.bodies().longestMatch(words, k, limit);
            if (b == null) {
                return null;
            }
            Title t = membership(tokens, words, GROUP_WORDS.written("membership"), k, limit);
            if (t != null) {
                return new Joined(t.startingAt(start), electedCommitteeFirst);
            }
            electedCommitteeFirst |= GROUP_WORDS.is("elected-committee", b.value().name());
            k = b.end(); // a bare organ listed first ("Ban Chấp hành, Ban Thường vụ Đảng ủy Khối")
            if (k < limit && (words.get(k).equals(List.of(",")) || words.get(k).equals(List.of("và")))) {
                k++;
            } else {
                return null;
            }
        }
        return null;
    }

    /** Whether a level word names a unit of the communes' level (xã, phường, đặc khu: localities.tsv). */
    private boolean isCommuneLevel(String unitWord) {
        if (unitWord == null) {
            return false;
        }
        List<List<String>> levelWords = TokenWords.ofPhrase(unitWord).stream().map(List::of).toList();
        TokenTrie.Match<String> unit = lex.localities().longestMatch(levelWords, 0, levelWords.size());
        return unit != null && unit.end() == levelWords.size() && unit.value().equals("commune");
    }

    /**
     * The Đảng bộ a committee named "Đảng ủy" and the body it serves stands for ("Đảng ủy Khối các cơ quan" for "Đảng bộ
     * Khối các cơ quan"; group-words.tsv, party-body), or null for a committee named otherwise (a Tỉnh ủy, whose Ban Chấp
     * hành member-titles.tsv names) or a bare "Đảng ủy".
     */
    private static String partyBranchOf(Title post) {
        if (!post.hasOrganization() || post.kind() == Body.Kind.ORGAN) {
            return null;
        }
        String body = post.mainBody();
        for (String w : GROUP_WORDS.words("party-body")) {
            if (body.length() > w.length() + 1 && body.regionMatches(true, 0, w + " ", 0, w.length() + 1)) {
                return GROUP_WORDS.written("party-branch") + body.substring(w.length());
            }
            if (body.equalsIgnoreCase(w) && post.place() != null) {
                return GROUP_WORDS.written("party-branch"); // "Đảng ủy xã Chiềng Sơn", "Đảng ủy Khối" (clipped-bodies.tsv)
            }
        }
        return null;
    }

    /**
     * A member of the Ban Chấp hành of {@code branch}, the Đảng bộ the committee of {@code post} leads, placed as that
     * committee is: "tham gia Ban Chấp hành, Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh" makes an Ủy viên of the Ban
     * Chấp hành Đảng bộ Khối doanh nghiệp tỉnh (gen21c 008, soe16 009).
     */
    private static Title branchCommitteeMember(VnLexicon.Role member, String branch, Title post, int start, int end) {
        List<String> bodies = List.of(GROUP_WORDS.written("branch-committee") + " " + branch);
        return new Title(Post.Qualifier.NEW, member.name(), bodies, post.kind(), post.national(), post.impliedLevel(),
                post.provinceLevel(), post.unitWord(), post.place(), post.province(), start, end);
    }

    /** A member of the Ban Chấp hành of the Đảng bộ whose committee {@code post} names, placed as that committee is. */
    private Title partyCommitteeMember(VnLexicon.MemberTitle m, Title post, int start, int end) {
        List<List<String>> levelWords = TokenWords.ofPhrase(m.levelWord()).stream().map(List::of).toList();
        TokenTrie.Match<String> unit = lex.localities().longestMatch(levelWords, 0, levelWords.size());
        boolean provinceLevel = unit != null && (unit.value().equals("province") || unit.value().equals("city"));
        return new Title(Post.Qualifier.NEW, m.role(), List.of(m.body()), Body.Kind.LOCAL, false, false,
                provinceLevel && post.provinceLevel(), m.levelWord(), post.place(), post.province(), start, end);
    }

    /** True when an appointing link ({@link #link}) starts at token i: "giữ chức", "được ... bổ nhiệm làm". */
    /** Whether a link of a post left ("thôi giữ chức": title-links.tsv, FORMER) starts at token {@code i}. */
    public boolean leavesAt(List<List<String>> words, int i, int limit) {
        TokenTrie.Match<Post.Qualifier> q = link(words, i, limit);
        return q != null && q.value() == Post.Qualifier.FORMER;
    }

    public boolean appointsAt(List<List<String>> words, int i, int limit) {
        TokenTrie.Match<Post.Qualifier> q = link(words, i, limit);
        return q != null && (q.value() == Post.Qualifier.NEW || lex.appointingLinks().longestMatch(words, i, limit) != null
                || afterCommitteesJoined(words, i, limit) != null);
    }

    /** One title that starts at token {@code start}, or null. */
    public Title parseTitle(List<CoreLabel> tokens, List<List<String>> words, int start, int limit) {
        int i = start;
        Post.Qualifier qualifier = Post.Qualifier.NONE;
        while (i < limit) {
            TokenTrie.Match<VnLexicon.Honorific> h = lex.honorifics().longestMatch(words, i, limit);
            if (h != null && !h.value().isRank()) {
                i = h.end();
                continue;
            }
            TokenTrie.Match<Post.Qualifier> q = lex.qualifiers().longestMatch(words, i, limit);
            if (q == null) {
                q = link(words, i, limit); // "giữ chức", "được bầu làm", "được Bộ Chính trị điều động giữ chức"
            }
            if (q != null) {
                if (q.value() != Post.Qualifier.NONE) {
                    qualifier = q.value();
                }
                i = q.end();
                continue;
            }
            break;
        }
        Title member = memberTitle(tokens, words, qualifier, start, i, limit);
        if (member != null) {
            return member;
        }
        Title joined = bodyJoined(tokens, words, start, i, limit);
        if (joined != null) {
            return joined;
        }
        TokenTrie.Match<VnLexicon.Role> r = lex.roles().longestMatch(words, i, limit);
        if (r == null || !writtenAsATitle(tokens, words, i)) {
            return null;
        }
        VnLexicon.Role role = r.value();
        if (role.name().startsWith("Quyền ") && qualifier == Post.Qualifier.NONE) {
            qualifier = Post.Qualifier.ACTING;
        }
        int orgStart = r.end() - role.headWords();
        Title delegation = delegation(tokens, words, qualifier, role, start, orgStart, limit);
        if (delegation != null) {
            return delegation;
        }
        NamedBodies.Named mission = named.missionOf(role.name(), tokens, words, r.end(), limit);
        if (mission != null) {
            // "làm Đại sứ Đặc mệnh toàn quyền Việt Nam tại Nhật Bản": the mission abroad the envoy heads
            return new Title(qualifier, role.name(), List.of(mission.name()), Body.Kind.NATIONAL, true, false, false,
                    null, null, null, start, mission.end());
        }
        Title withOrg = organization(tokens, words, qualifier, role, start, orgStart, limit);
        if (withOrg != null) {
            withOrg = withOrg.endingAt(afterShortName(tokens, withOrg.end(), limit));
        }
        Title shortened = bodyWithoutItsFirstWord(tokens, words, qualifier, role, start, r.end(), limit);
        if (withOrg != null && (withOrg.national() || shortened == null || shortened.end() < withOrg.end())) {
            return withOrg;
        }
        // "Bộ trưởng Công an", "Thứ trưởng Công an": the ministry whose first word the press drops, not a province's
        // police that a minister never heads
        if (shortened != null) {
            return shortened;
        }
        Title unitHead = unitHead(tokens, words, qualifier, role, start, r.end(), limit);
        if (unitHead != null) {
            return unitHead;
        }
        if (role.defaultOrg() != null) {
            return new Title(qualifier, role.name(), List.of(role.defaultOrg()), Body.Kind.NATIONAL, true, false, false,
                    null, null, null, start, r.end());
        }
        // "Phó Tư lệnh, Tham mưu trưởng Quân khu được bổ nhiệm ...": the body's first word written alone, the unit left to
        // the story (BareTitles), is part of the title, so the chain goes on past it
        int end = r.end() + bodyWordAlone(words, role, r.end(), limit);
        NamedBodies.Named unit = named.at(tokens, words, orgStart, limit);
        if (unit != null && unit.end() > end && appointsAt(words, unit.end(), limit)) {
            // "Thượng tá A, Trưởng phòng Cảnh sát hình sự được bổ nhiệm giữ chức ...": the name of a unit the text leaves
            // unplaced is stepped over, so the chain goes on to the post the link gives
            end = unit.end();
        }
        return new Title(qualifier, role.name(), List.of(), null, false, false, false, null, null, null, start, end);
    }

    /** How many tokens the first word of the role's bodies takes right at token i, written alone; else 0. */
    private static int bodyWordAlone(List<List<String>> words, VnLexicon.Role role, int i, int limit) {
        if (role.bodyWord() == null) {
            return 0;
        }
        List<String> body = TokenWords.ofPhrase(role.bodyWord());
        int k = i;
        List<String> seen = new ArrayList<>();
        while (k < limit && seen.size() < body.size()) {
            seen.addAll(words.get(k++));
        }
        return seen.equals(body) ? k - i : 0;
    }

    private static List<String> wordsOf(List<List<String>> words, int from, int to) {
        List<String> all = new ArrayList<>();
        words.subList(from, to).forEach(all::addAll);
        return all;
    }

    /**
     * A title of a foreign unit's head (roles.tsv, unit) heads the unit of that level it names: "Tỉnh trưởng tỉnh
     * Phông-sa-lỳ", "Phó Huyện trưởng huyện Mimot", the governors of Lao and Cambodian provinces and districts, "Thị
     * trưởng thành phố Busan". The unit is the organization, and its name the place of the chain's other titles ("Bí
     * thư Tỉnh ủy, Tỉnh trưởng tỉnh Phông-sa-lỳ" is the Bí thư of Tỉnh ủy Phông-sa-lỳ).
     */
    private Title unitHead(List<CoreLabel> tokens, List<List<String>> words, Post.Qualifier qualifier,
                           VnLexicon.Role role, int start, int i, int limit) {
        TokenTrie.Match<String> level = role.unitWord() == null ? null : lex.localities().longestMatch(words, i, limit);
        if (level == null || !TokenWords.ofPhrase(role.unitWord()).equals(wordsOf(words, i, level.end()))) {
            return null;
        }
        int end = level.end();
        while (end < limit && end - level.end() < 4
                && (PlaceSpans.isCapitalised(tokens.get(end).word()) || PlaceSpans.isHyphened(tokens.get(end).word()))) {
            end++;
        }
        if (end == level.end()) {
            return null;
        }
        String unit = surface(tokens, i, level.end());
        String place = surface(tokens, level.end(), end);
        boolean provinceLevel = level.value().equals("province") || level.value().equals("city");
        return new Title(qualifier, role.name(), List.of(unit), Body.Kind.LOCAL, false, false, provinceLevel, null, place,
                place, start, end);
    }

    /**
     * "Tỉnh ủy viên", "Huyện ủy viên": an Ủy viên of the Ban Chấp hành Đảng bộ of the unit the word names
     * (member-titles.tsv), whose place is left out as in "Ủy viên Ban Thường vụ Tỉnh ủy" and filled alike.
     * A member title with no level word names the committee after it: "Thường vụ Tỉnh ủy" is an Ủy viên of the
     * Ban Thường vụ Tỉnh ủy of that province, so it needs a party committee right after it.
     */
    private Title memberTitle(List<CoreLabel> tokens, List<List<String>> words, Post.Qualifier qualifier, int start,
                              int i, int limit) {
        TokenTrie.Match<VnLexicon.MemberTitle> m = lex.memberTitles().longestMatch(words, i, limit);
        if (m == null || m.value().ofOwnUnit() || !writtenAsATitle(tokens, words, i) || insideBodyName(words, i, limit)) {
            return null; // "Đảng ủy viên" names no unit of its own
        }
        String level = m.value().levelWord();
        if (level == null || level.isEmpty()) {
            return organOfCommittee(tokens, words, qualifier, m.value(), start, m.end(), limit);
        }
        List<List<String>> levelWords = TokenWords.ofPhrase(level).stream().map(List::of).toList();
        TokenTrie.Match<String> unit = lex.localities().longestMatch(levelWords, 0, levelWords.size());
        boolean provinceLevel = unit != null && (unit.value().equals("province") || unit.value().equals("city"));
        return new Title(qualifier, m.value().role(), List.of(m.value().body()), Body.Kind.LOCAL, false, false,
                provinceLevel, level, null, null, start, m.end());
    }

    /**
     * "Thường vụ Tỉnh ủy Ninh Bình", "Thường vụ Huyện ủy": the member title's organ (Ban Thường vụ) of the party
     * committee that starts at token {@code i}, placed as that committee is; null when no committee starts there.
     */
    private Title organOfCommittee(List<CoreLabel> tokens, List<List<String>> words, Post.Qualifier qualifier,
                                   VnLexicon.MemberTitle member, int start, int i, int limit) {
        VnLexicon.Role role = lex.role(member.role());
        if (role == null) {
            throw new IllegalStateException("member-titles.tsv names a role that roles.tsv lacks: " + member.role());
        }
        Title committee = organization(tokens, words, qualifier, role, start, i, limit);
        if (committee == null || committee.bodies().size() != 1 || committee.kind() != Body.Kind.COMMITTEE
                && !nationalCommittee(committee.bodies().get(0))) {
            return null;
        }
        return new Title(qualifier, role.name(), List.of(member.body(), committee.bodies().get(0)), committee.kind(),
                committee.national(), committee.impliedLevel(), committee.provinceLevel(), committee.unitWord(),
                committee.place(), committee.province(), start, committee.end());
    }

    /** A national body that is a party committee ("Quân ủy Trung ương": bodies.tsv, level party). */
    private boolean nationalCommittee(String body) {
        Body b = lex.body(body);
        return b != null && b.kind() == Body.Kind.NATIONAL && "party".equals(b.level());
    }

    /**
     * The title {@code role} in the body that starts at token {@code start}: a group elected "vào Bộ Chính trị khóa
     * XIII" becomes "Ủy viên" of Bộ Chính trị. Null when no body starts there, or only an organ of one.
     */
    public Title membership(List<CoreLabel> tokens, List<List<String>> words, String role, int start, int limit) {
        VnLexicon.Role r = lex.role(role);
        if (r == null) {
            throw new IllegalStateException("group-words.tsv names a membership role that roles.tsv lacks: " + role);
        }
        Title t = organization(tokens, words, Post.Qualifier.NEW, r, start, start, limit);
        return t == null || t.onlyOrgan() ? null : t;
    }

    /**
     * A group's bare title of a minister given the body its list item names right before the name: "các bộ trưởng: Kế
     * hoạch và Đầu tư Nguyễn Chí Dũng, Giao thông vận tải Nguyễn Văn Thắng" (roles.tsv, body_word), as "Bộ trưởng Kế
     * hoạch và Đầu tư Nguyễn Chí Dũng" written in full is; also after another name and "và" ("Tài chính Võ Thành Hưng và
     * Xây dựng Nguyễn Văn Sinh"). Null where no such body, starting at {@code from} or after, ends right at {@code name}.
     */
    public Title withItemBody(List<CoreLabel> tokens, List<List<String>> words, Title bare, int from, int name) {
        VnLexicon.Role role = bare.hasOrganization() ? null : lex.role(bare.role());
        if (role == null) {
            return null;
        }
        for (int i = from; i < name; i++) {
            Title t = bodyWithoutItsFirstWord(tokens, words, bare.qualifier(), role, bare.start(), i, name);
            if (t != null && t.end() == name) {
                return t;
            }
        }
        return null;
    }

    /**
     * "Bộ trưởng Xây dựng", "Thứ trưởng Y tế": the press drops the first word of a ministry after its
     * minister's title (roles.tsv, body_word). The name must start with a capital, so "Thứ trưởng xây dựng
     * kế hoạch" stays a bare title.
     */
    private Title bodyWithoutItsFirstWord(List<CoreLabel> tokens, List<List<String>> words, Post.Qualifier qualifier,
                                          VnLexicon.Role role, int start, int i, int limit) {
        if (role.bodyWord() == null || i >= limit || !PlaceSpans.isCapitalised(tokens.get(i).word())) {
            return null;
        }
        TokenTrie.Match<Body> b = lex.bodiesAfter(role.bodyWord()).longestMatch(words, i, limit);
        if (b == null || b.value().kind() != Body.Kind.NATIONAL) {
            return null;
        }
        return new Title(qualifier, role.name(), List.of(b.value().name()), Body.Kind.NATIONAL, true, false, false,
                null, null, null, start, b.end());
    }

    /**
     * A title opens with a capitalised or lower-case word, or with an abbreviation that stands for several
     * ("PCT UBND tỉnh", "PBT Tỉnh ủy"): not with a word of an all-capitals headline.
     */
    /**
     * True when the word before token i opens a body's name that runs over it: "Thay mặt Ban Thường vụ Tỉnh ủy, Bí thư
     * Tỉnh ủy A" names the body A speaks for, not A's seat in it ("Thường vụ Tỉnh ủy" alone is a title).
     */
    private boolean insideBodyName(List<List<String>> words, int i, int limit) {
        TokenTrie.Match<Body> b = i > 0 ? lex.bodies().longestMatch(words, i - 1, limit) : null;
        return b != null && b.end() > i;
    }

    private static boolean writtenAsATitle(List<CoreLabel> tokens, List<List<String>> words, int i) {
        String w = tokens.get(i).word();
        return PlaceSpans.isCapitalised(w) || isLowerCaseWord(w) || words.get(i).size() > 1;
    }

    private static boolean isLowerCaseWord(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.codePointAt(0));
    }

    /**
     * The name of a body after an organ of it, without the organ its own name opens with: the Ban Thường vụ of the "Ban
     * Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh" is the "Ban Thường vụ Trung ương Đoàn Thanh niên Cộng
     * sản Hồ Chí Minh", as the press names it.
     */
    private String withoutOrgan(String body) {
        String[] w = body.split(" ");
        for (int n = w.length - 1; n > 0; n--) {
            String prefix = String.join(" ", Arrays.copyOf(w, n));
            Body b = lex.body(prefix);
            if (b != null && b.kind() == Body.Kind.ORGAN) {
                return body.substring(prefix.length() + 1);
            }
        }
        return body;
    }

    private Title organization(List<CoreLabel> tokens, List<List<String>> words, Post.Qualifier qualifier,
                               VnLexicon.Role role, int start, int i, int limit) {
        List<String> parts = new ArrayList<>();
        Body main = null;
        while (i < limit) {
            TokenTrie.Match<Body> b = lex.bodies().longestMatch(words, i, limit);
            if (b == null) {
                TokenTrie.Match<String> organ = named.organAt(words, i, limit);
                if (organ != null && parentStart(tokens, words, organ.end(), limit) == organ.end()) {
                    parts.add(organ.value()); // "Chủ tịch HĐTV Tập đoàn Điện lực Việt Nam"
                    i = organ.end();
                    continue;
                }
                if (organ != null && parts.isEmpty() && organ.end() + 1 < limit && tokens.get(organ.end()).word().equals(",")
                        && parseTitle(tokens, words, organ.end() + 1, limit) != null) {
                    // "Thành viên Hội đồng thành viên, Tổng Giám đốc EVN": an organ of the company the title after it
                    // names (ChainPosts), else of none
                    return new Title(qualifier, role.name(), List.of(organ.value()), Body.Kind.ORGAN, false, false, false,
                            null, null, null, start, organ.end());
                }
                int at = i;
                NamedBodies.Named n = named.at(tokens, words, i, limit);
                if (n == null) {
                    break;
                }
                // a body the gazetteer lacks ("Cục Tổ chức cán bộ"): a part of the body written after it, also after
                // a comma ("Cục Tổ chức cán bộ, Bộ Công an"), else a body of its own, placed by a level word after it
                parts.add(n.name());
                i = n.end();
                int parent = parentStart(tokens, words, i, limit);
                if (parent >= 0) {
                    i = parent;
                    continue;
                }
                boolean placed = lex.localities().longestMatch(words, i, limit) != null
                        || n.shortName() && places.provinceAt(words, i, limit) != null; // "Giám đốc CDC Thanh Hóa"
                if (!placed && !n.national() && !n.shortName() && places.endsWithProvince(words, at, n.end())) {
                    // "Phó Giám đốc Công ty cổ phần Thủy sản Cần Thơ": a name that ends with its province is complete
                    main = new Body(n.name(), Body.Kind.NATIONAL, "any");
                    break;
                }
                if (!placed && !n.national() && !n.shortName()) {
                    // "Trưởng phòng Quản lý văn thư, giữ chức ...": a unit of a body the text leaves unnamed
                    parts.remove(parts.size() - 1);
                    i = at;
                    break;
                }
                // a short name of a body of a place, written alone ("Giám đốc CDC" after "Trung tâm Kiểm soát bệnh tật
                // (CDC) tỉnh"), is the body of the story's province
                main = new Body(n.name(), placed || !n.national() ? Body.Kind.LOCAL : Body.Kind.NATIONAL,
                        !placed && !n.national() ? "province" : "any");
                break;
            }
            parts.add(b.value().name());
            i = b.end();
            if (b.value().kind() != Body.Kind.ORGAN) {
                main = b.value();
                break;
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        if (main != null && parts.size() > 1) {
            parts.set(parts.size() - 1, withoutOrgan(main.name()));
        }
        if (main == null) {
            // "Ban Tổ chức Trung ương", "Ủy ban Kiểm tra Trung ương Đảng": an organ of the Central Committee
            int central = centralEnd(words, i, limit);
            boolean isCentral = central > i;
            if (isCentral) {
                parts.add(words.get(central - 1).equals(List.of("đảng")) ? "Trung ương Đảng" : "Trung ương");
                i = central;
            } else if (parts.size() == 1 && lex.localities().longestMatch(words, i, limit) != null) {
                // "Trưởng ban Dân tộc tỉnh Trà Vinh": the organ's name is that of a body of the place itself; with the
                // level word alone ("Trưởng Ban Dân tộc tỉnh"), of the story's place of that level, not an organ of the
                // body the title before it names ("Phó Chủ tịch UBND tỉnh; Trưởng Ban Dân tộc tỉnh")
                main = new Body(parts.get(0), Body.Kind.LOCAL, "any");
            }
            if (main == null) {
                return new Title(qualifier, role.name(), parts, isCentral ? Body.Kind.NATIONAL : Body.Kind.ORGAN,
                        isCentral, false, false, null, null, null, start, i);
            }
        }
        if (main.kind() == Body.Kind.NATIONAL && "branch".equals(main.level())
                && lex.localities().longestMatch(words, i, limit) != null) {
            main = new Body(main.name(), Body.Kind.LOCAL, "province"); // "Chỉ huy trưởng BĐBP tỉnh Quảng Trị"
        }
        if (main.kind() == Body.Kind.NATIONAL) {
            NamedBodies.Named seat = "seat".equals(main.level()) ? named.seatAt(tokens, words, i, limit) : null;
            if (seat != null) {
                // "Chánh án TAND cấp cao tại Hà Nội": a body of several seats is named with its own
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + seat.name());
                i = seat.end();
            }
            int region = "region".equals(main.level()) ? regionEnd(tokens, words, i, limit) : i;
            if (region > i) {
                // "Chánh án TAND khu vực 1 - Đắk Lắk": a province's courts of a region, by their number and province
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + " " + regionName(tokens, words, i, region));
                i = region;
            }
            return new Title(qualifier, role.name(), parts, main.kind(), true, false, false, null, null, null, start, i);
        }
        // a party committee of any level followed by "Bộ" alone is a ministry's too ("Bí thư Đảng ủy Bộ" once the story
        // has named Bộ Tài chính), as is "Thanh tra Bộ"; before a ministry's name it is read with the name below
        boolean committee = main.kind() == Body.Kind.COMMITTEE;
        if ((main.kind() == Body.Kind.LOCAL || committee) && "any".equals(main.level()) && parts.size() == 1
                && i < limit) {
            // "Chánh Thanh tra Bộ Tài chính": a body of any level followed by a ministry is that ministry's; followed by
            // "Bộ" alone ("Chánh Thanh tra Bộ"), of the ministry the story names (ChainPosts)
            TokenTrie.Match<Body> parent = lex.bodies().longestMatch(words, i, limit);
            boolean alone = words.get(i).equals(List.of("bộ")) && tokens.get(i).word().equals("Bộ")
                    && (i + 1 >= limit || !PlaceSpans.isCapitalised(tokens.get(i + 1).word()))
                    && (parent == null || parent.end() == i + 1); // not "Đảng ủy Bộ đội Biên phòng tỉnh"
            if (!committee && parent != null && parent.value().kind() == Body.Kind.NATIONAL || alone) {
                parts.add(alone ? "Bộ" : parent.value().name());
                return new Title(qualifier, role.name(), parts, Body.Kind.NATIONAL, true, false, false, null, null, null,
                        start, alone ? i + 1 : parent.end());
            }
        }
        boolean implied = main.kind() == Body.Kind.COMMITTEE && !main.level().equals("any");
        String unitWord = null;
        String place = null;
        String province = null;
        boolean provinceLevel = main.level().equals("province") || main.level().equals("city");
        TokenTrie.Match<String> level = lex.localities().longestMatch(words, i, limit);
        if (level != null) {
            unitWord = unitWord(level.value(), words.subList(i, level.end()));
            provinceLevel = level.value().equals("province") || level.value().equals("city");
            int placeEnd = places.placeEnd(tokens, words, level.end(), limit, level.value().equals("province"));
            if (placeEnd > level.end()) {
                place = surface(tokens, level.end(), placeEnd);
            }
            i = placeEnd;
        } else if (i < limit && isNumberedUnit(words.get(i))) {
            // "UBND Q.1": the level word and the unit's number written as one token
            unitWord = words.get(i).get(0);
            place = words.get(i).get(1);
            provinceLevel = false;
            i++;
        } else {
            TokenTrie.Match<VnLexicon.Province> p = places.provinceAt(words, i, limit);
            // "Bí thư Thành ủy Điện Biên Phủ": a city whose name opens with its province's is that city
            TokenTrie.Match<String> longer = p == null || main.level().equals("province") ? null
                    : lex.placeNames().longestMatch(words, i, limit);
            if (longer != null && longer.end() > p.end()) {
                place = surface(tokens, i, longer.end());
                provinceLevel = false;
                i = longer.end();
            } else if (p != null) {
                place = surface(tokens, i, p.end());
                i = p.end();
            } else if (main.kind() == Body.Kind.COMMITTEE && !main.level().equals("province")
                    && nationalUnitEnd(words, i, limit) > i) {
                // "Phó Bí thư Đảng ủy Bộ Tổng Tham mưu": the committee of a national unit, named in full (its name
                // need not be capitalised throughout)
                int unitEnd = nationalUnitEnd(words, i, limit);
                place = surface(tokens, i, unitEnd);
                provinceLevel = false;
                i = unitEnd;
            } else if (main.kind() == Body.Kind.COMMITTEE && !main.level().equals("province") && parts.size() == 1
                    && (localBodyAt(words, i, limit) || named.at(tokens, words, i, limit) != null)
                    && organization(tokens, words, qualifier, role, start, i, limit) != null) {
                // "Bí thư Đảng ủy Sở Y tế": the party committee of a department, placed as the department is (not a
                // place "Sở Y" read off its capitals); "Bí thư Đảng ủy Tập đoàn Điện lực Việt Nam": of a body the
                // gazetteer lacks, named in full (not a place "Tập")
                Title of = organization(tokens, words, qualifier, role, start, i, limit);
                List<String> all = new ArrayList<>(parts);
                all.addAll(of.bodies());
                return new Title(qualifier, role.name(), all, of.kind(), of.national(), of.impliedLevel(),
                        of.provinceLevel(), of.unitWord(), of.place(), of.province(), start, of.end());
            } else if (main.kind() == Body.Kind.COMMITTEE && !main.level().equals("province")) {
                int placeEnd = main.level().equals("city") ? places.cityPlaceEnd(tokens, words, i, limit)
                        : places.placeEnd(tokens, words, i, limit, false);
                if (placeEnd > i) {
                    place = surface(tokens, i, placeEnd);
                    provinceLevel = false;
                    i = placeEnd;
                }
            }
        }
        if (place != null) {
            VnLexicon.Province p = lex.province(place);
            province = p == null ? null : p.name();
            if (p != null && unitWord == null && !implied) {
                unitWord = p.unitWord();
            }
        }
        if (main.level().equals("district")) {
            provinceLevel = false;
        }
        return new Title(qualifier, role.name(), parts, main.kind(), false, implied, provinceLevel, unitWord, place,
                province, start, i);
    }

    /**
     * Where the parent of a body read by {@link NamedBodies} starts, or -1: a body right after its name ("Phòng Cảnh
     * sát hình sự Công an tỉnh", "Hội đồng thành viên Tập đoàn ..."), or a national one after a comma ("Cục Tổ chức
     * cán bộ, Bộ Công an"; not "Cục trưởng Cục X, Ủy viên ...", whose comma opens the next title).
     */
    private int parentStart(List<CoreLabel> tokens, List<List<String>> words, int i, int limit) {
        if (i < limit && (lex.bodies().longestMatch(words, i, limit) != null || named.headAt(tokens, words, i, limit))) {
            return i;
        }
        if (i + 1 < limit && words.get(i).equals(List.of(","))) {
            TokenTrie.Match<Body> b = lex.bodies().longestMatch(words, i + 1, limit);
            if (b != null && b.value().kind() == Body.Kind.NATIONAL) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Whether a local body of its own (not a party committee nor an organ) starts at token i: "Sở Y tế". */
    private boolean localBodyAt(List<List<String>> words, int i, int limit) {
        TokenTrie.Match<Body> b = i < limit ? lex.bodies().longestMatch(words, i, limit) : null;
        return b != null && b.value().kind() == Body.Kind.LOCAL;
    }

    /**
     * Past the short name a story defines in brackets right after a body ("Thống đốc Ngân hàng Nhà nước Việt Nam (NHNN)
     * Nguyễn Thị Hồng": {@link DefinedShortNames}), else {@code end}.
     */
    private static int afterShortName(List<CoreLabel> tokens, int end, int limit) {
        if (end + 2 >= limit || !tokens.get(end).word().equals("(")) {
            return end;
        }
        DefinedShortNames.ShortName s = tokens.get(end + 1).get(DefinedShortNames.ShortNameAnnotation.class);
        int close = s == null ? -1 : end + 1 + s.length();
        return close > 0 && close < limit && tokens.get(close).word().equals(")") ? close + 1 : end;
    }

    /** Where the name of a national body that starts at token i ends ("Bộ Tổng Tham mưu"), or i. */
    private int nationalUnitEnd(List<List<String>> words, int i, int limit) {
        TokenTrie.Match<Body> unit = i < limit ? lex.bodies().longestMatch(words, i, limit) : null;
        return unit != null && unit.value().kind() == Body.Kind.NATIONAL ? unit.end() : i;
    }

    /**
     * The head of a delegation a national body sends: "Trưởng Đoàn kiểm tra số 7 của Bộ Chính trị", "Trưởng đoàn công
     * tác của Ban Bí thư" are of "Đoàn kiểm tra số 7 của Bộ Chính trị", "Đoàn công tác của Ban Bí thư":
     * <pre>
     *   delegation := "Đoàn" mission ("số" number)? (of national-body)?      mission, of: group-words.tsv
     * </pre>
     * Written without its body ("Trưởng Đoàn kiểm tra, dẫn đầu"), the delegation is the one of that mission the
     * sentence names in full ("Đoàn kiểm tra số 7 của Bộ Chính trị do đồng chí A, ..., Trưởng Đoàn kiểm tra, dẫn
     * đầu"); with none, it is named by its mission alone ("Đoàn kiểm tra"), which ShortForms gives the one an
     * earlier sentence names in full, else drops. Null when no delegation starts at token i.
     */
    private Title delegation(List<CoreLabel> tokens, List<List<String>> words, Post.Qualifier qualifier,
                             VnLexicon.Role role, int start, int i, int limit) {
        int mission = missionEnd(words, i, limit);
        if (mission < 0) {
            String led = leadDelegation(tokens, words, start, i, limit);
            return led == null ? null : new Title(qualifier, role.name(), List.of(led), Body.Kind.NATIONAL, true, false,
                    false, null, null, null, start, i + 1);
        }
        int end = mission;
        String name = fullDelegation(tokens, words, i, limit);
        if (name != null) {
            end = delegationEnd(tokens, words, i, limit);
        } else {
            end = numberEnd(tokens, words, mission, limit);
            for (int k = 0; k < tokens.size() && name == null; k++) {
                if (k != i && missionEnd(words, k, tokens.size()) > 0
                        && sameWords(words, i + 1, mission, k + 1)) {
                    name = fullDelegation(tokens, words, k, tokens.size());
                }
            }
            if (name == null) {
                // of the delegation an earlier sentence names in full (ShortForms), else dropped
                return new Title(qualifier, role.name(), List.of(shortDelegation(tokens, i, mission)), Body.Kind.NATIONAL,
                        true, false, false, null, null, null, start, end);
            }
        }
        return new Title(qualifier, role.name(), List.of(name), Body.Kind.NATIONAL, true, false, false, null, null,
                null, start, end);
    }

    /**
     * The numbered delegation a bare "trưởng đoàn" (its "Đoàn" at token {@code i}) heads in a sentence that names it
     * before its leader: "Đoàn kiểm tra số 3 của Ban Chỉ đạo Trung ương về ... do đồng chí A, Phó Trưởng Ban Nội chính
     * Trung ương, làm trưởng đoàn" makes A the Trưởng Đoàn of "Đoàn kiểm tra số 3 của Ban Chỉ đạo Trung ương về ..."
     * (court17 006, gen21c 001, gen22c 010, long14 010). Only a numbered one: "đoàn công tác của Ban Tổ chức Trung ương do
     * ông B làm trưởng đoàn" is a party of visitors the pages do not agree to give a post. Null otherwise.
     */
    private String leadDelegation(List<CoreLabel> tokens, List<List<String>> words, int start, int i, int limit) {
        if (i >= limit || words.get(i).size() != 1 || !GROUP_WORDS.is("delegation", words.get(i).get(0))) {
            return null;
        }
        if (i + 1 < limit && !tokens.get(i + 1).word().isEmpty() && Character.isUpperCase(tokens.get(i + 1).word().charAt(0))) {
            return null; // "Trưởng Đoàn ĐBQH tỉnh": a body of its own follows
        }
        for (int k = start - 1; k >= 0; k--) {
            int mission = missionEnd(words, k, start);
            if (mission < 0 || numberEnd(tokens, words, mission, start) == mission) {
                continue;
            }
            String name = fullDelegation(tokens, words, k, start);
            int end = name == null ? -1 : delegationEnd(tokens, words, k, start);
            return end >= 0 && end < start && words.get(end).size() == 1 && GROUP_WORDS.is("led-by", words.get(end).get(0))
                    ? name : null;
        }
        return null;
    }

    /** "Đoàn kiểm tra": the delegation by its mission alone, as {@link #isShortDelegation} knows it. */
    private static String shortDelegation(List<CoreLabel> tokens, int i, int mission) {
        return "Đoàn " + surface(tokens, i + 1, mission).toLowerCase(java.util.Locale.ROOT);
    }

    /** True for a delegation named by its mission alone ("Đoàn kiểm tra"), which is no body of its own. */
    public static boolean isShortDelegation(String organization) {
        return organization.startsWith("Đoàn ") && GROUP_WORDS.is("mission", organization.substring("Đoàn ".length()));
    }

    /** The end of "Đoàn" and its mission at token i ("Đoàn kiểm tra"), or -1. */
    private static int missionEnd(List<List<String>> words, int i, int limit) {
        if (i >= limit || words.get(i).size() != 1 || !GROUP_WORDS.is("delegation", words.get(i).get(0))) {
            return -1;
        }
        StringBuilder s = new StringBuilder();
        for (int k = i + 1; k < Math.min(limit, i + 4); k++) {
            if (words.get(k).size() != 1) {
                return -1;
            }
            s.append(s.length() == 0 ? "" : " ").append(words.get(k).get(0));
            if (GROUP_WORDS.is("mission", s.toString())) {
                return k + 1;
            }
        }
        return -1;
    }

    private static boolean sameWords(List<List<String>> words, int from, int to, int other) {
        for (int k = from; k < to; k++) {
            int o = other + k - from;
            if (o >= words.size() || !words.get(o).equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Past "số 7" at token i, else i. */
    private static int numberEnd(List<CoreLabel> tokens, List<List<String>> words, int i, int limit) {
        if (i + 1 < limit && words.get(i).equals(List.of("số")) && tokens.get(i + 1).word().chars().allMatch(Character::isDigit)) {
            return i + 2;
        }
        return i;
    }

    /** The national body after the delegation at token i ("... của Bộ Chính trị"), or null. */
    private Title sender(List<CoreLabel> tokens, List<List<String>> words, int i, int limit) {
        int mission = missionEnd(words, i, limit);
        int of = numberEnd(tokens, words, mission, limit);
        if (of + 1 >= limit || words.get(of).size() != 1 || !GROUP_WORDS.is("of", words.get(of).get(0))) {
            return null;
        }
        Title body = organization(tokens, words, Post.Qualifier.NONE, new VnLexicon.Role("", 0, null), of + 1, of + 1, limit);
        return body == null || !body.national() ? null : body;
    }

    /** "Đoàn kiểm tra số 7 của Bộ Chính trị", the delegation written in full at token i, or null. */
    private String fullDelegation(List<CoreLabel> tokens, List<List<String>> words, int i, int limit) {
        Title body = sender(tokens, words, i, limit);
        if (body == null) {
            return null;
        }
        int of = numberEnd(tokens, words, missionEnd(words, i, limit), limit);
        return "Đoàn " + surface(tokens, i + 1, of).toLowerCase(java.util.Locale.ROOT) + " "
                + tokens.get(of).word().toLowerCase(java.util.Locale.ROOT) + " " + body.organization(null, null);
    }

    private int delegationEnd(List<CoreLabel> tokens, List<List<String>> words, int i, int limit) {
        return sender(tokens, words, i, limit).end();
    }

    /**
     * The end of the wider unit written after a comma past a local title's place: "Bí thư Đảng ủy phường 1, thành phố
     * Đông Hà", "Chủ tịch UBND xã Gio Quang, huyện Gio Linh" (a level word and its place); -1 when none follows the
     * chain. The unit only locates the place, so it stays out of the body's name.
     */
    public int widerPlaceEnd(List<CoreLabel> tokens, List<List<String>> words, Chain chain, int limit) {
        Title last = chain.titles().get(chain.titles().size() - 1);
        int i = chain.end();
        if (last.national() || last.place() == null || i + 2 >= limit || !tokens.get(i).word().equals(",")) {
            return -1;
        }
        TokenTrie.Match<String> level = lex.localities().longestMatch(words, i + 1, limit);
        if (level == null) {
            return -1;
        }
        int end = places.placeEnd(tokens, words, level.end(), limit, level.value().equals("province"));
        return end > level.end() ? end : -1;
    }

    /** A token whose key is a level word and a number ("Q.1" = quận 1). */
    /**
     * The end of a region's number and the province after a dash ("1 - Đắk Lắk"), or after the number alone; {@code i}
     * when no number follows.
     */
    private int regionEnd(List<CoreLabel> tokens, List<List<String>> words, int i, int limit) {
        if (i >= limit || !tokens.get(i).word().chars().allMatch(Character::isDigit)) {
            return i;
        }
        int dash = i + 1;
        if (dash + 1 < limit && isDash(tokens.get(dash).word())) {
            TokenTrie.Match<VnLexicon.Province> p = places.provinceAt(words, dash + 1, limit);
            if (p != null) {
                return p.end();
            }
        }
        return i + 1;
    }

    /** "1 - Đắk Lắk", the province by its name in the gazetteer; "1" alone. */
    private String regionName(List<CoreLabel> tokens, List<List<String>> words, int i, int end) {
        String number = tokens.get(i).word();
        if (end == i + 1) {
            return number;
        }
        TokenTrie.Match<VnLexicon.Province> p = places.provinceAt(words, i + 2, end);
        return number + " - " + p.value().name();
    }

    private boolean isNumberedUnit(List<String> tokenWords) {
        return tokenWords.size() == 2 && tokenWords.get(1).chars().allMatch(Character::isDigit)
                && lex.localities().longestMatch(List.of(List.of(tokenWords.get(0))), 0, 1) != null;
    }

    /** The end of "Trung ương" or "Trung ương Đảng" at token i (TW and T.Ư expanded), or i. */
    private static int centralEnd(List<List<String>> words, int i, int limit) {
        List<String> flat = new ArrayList<>();
        int t = i;
        while (t < limit && flat.size() < 2) {
            flat.addAll(words.get(t));
            t++;
        }
        if (flat.size() < 2 || !flat.get(0).equals("trung") || !flat.get(1).equals("ương") || flat.size() > 2) {
            return i;
        }
        if (t < limit && words.get(t).equals(List.of("đảng"))) {
            return t + 1;
        }
        return t;
    }

    /** The level word as output: "thị xã" whole, "Q." as "quận" (its key), any city as "thành phố". */
    private static String unitWord(String level, List<List<String>> levelWords) {
        if (level.equals("city")) {
            return "thành phố";
        }
        List<String> flat = new ArrayList<>();
        levelWords.forEach(flat::addAll);
        return String.join(" ", flat);
    }

    static String surface(List<CoreLabel> tokens, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from && tokens.get(k).beginPosition() > tokens.get(k - 1).endPosition()) {
                s.append(' ');
            }
            s.append(tokens.get(k).word());
        }
        return s.toString();
    }

    /** Whether a token's key words are the passive word of an appointment ("được": group-words.tsv, passive). */
    static boolean isPassive(List<String> tokenWords) {
        return tokenWords.size() == 1 && GROUP_WORDS.is("passive", tokenWords.get(0));
    }
}
