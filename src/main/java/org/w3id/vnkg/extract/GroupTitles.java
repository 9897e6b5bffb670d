package org.w3id.vnkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreLabel;

import org.w3id.vnkg.nlp.PersonMention;
import org.w3id.vnkg.nlp.TokenTrie;
import org.w3id.vnkg.nlp.VnLexicon;

/**
 * Titles given to a group of people rather than to one name: a plural or counted group before a colon, the members a
 * group elected into a body becomes, the people listed among a counted group (words of group-words.tsv).
 * <pre>
 *   "các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: A, ...; B, ..."            group
 *   "bầu bổ sung 4 đồng chí vào Bộ Chính trị khóa XIII, gồm: ..."              membership: Ủy viên Bộ Chính trị
 *   "cử 5 Phó Chủ tịch Ủy ban MTTQ tỉnh, trong đó có các đồng chí: A, B, C"  among
 * </pre>
 */
final class GroupTitles {
    private static final GroupWords GROUP_WORDS = GroupWords.load();
    static final Pattern COUNT = Pattern.compile("\\d{1,3}");
    /** A term's number after its word: "XII", "I", "2025", "2025-2030". */
    private static final Pattern TERM_NUMBER = Pattern.compile("[IVXLC]+|\\d{4}(?:[-–]\\d{4})?");
    private static final int MAX_BEFORE_LIST = 8;
    /** How far before "vào" the count or "các" of a group joining a body may stand: "4 đồng chí được bầu vào". */
    private static final int GROUP_WINDOW = 5;
    /** How far the titles of the first of two people elected together may run: "ông A, ..., và bà B". */
    private static final int MAX_PAIR_SPAN = 40;

    private final VnLexicon lex;
    private final TitleParser titles;

    /**
     * The titles of a group and whether it is a group its people are listed among ("trong đó có"), whose title
     * without a body is of the office the sentence before names.
     */
    record Group(TitleParser.Chain chain, boolean among) {
    }

    GroupTitles(VnLexicon lex, TitleParser titles) {
        this.lex = lex;
        this.titles = titles;
    }

    /** The group whose titles end at the colon at {@code colon}, or null. */
    Group endingAt(List<CoreLabel> tokens, List<List<String>> words, int colon) {
        TitleParser.Chain group = groupChain(tokens, words, colon);
        if (group == null) {
            group = membershipChain(tokens, words, colon);
        }
        if (group == null) {
            group = memberListChain(tokens, words, colon);
        }
        if (group != null) {
            return new Group(group, false);
        }
        group = amongChain(tokens, words, colon);
        return group == null ? null : new Group(group, true);
    }

    /**
     * "hội nghị đã bầu bổ sung đồng chí A, Bí thư Thị ủy Thuận An vào Ban Thường vụ Tỉnh ủy": a person an election or
     * a designation (group-words.tsv, elects: "bầu", "chỉ định", "chuẩn y") puts into bodies (transfers.tsv, enters:
     * "vào", "tham gia") is their member (membership), as a group elected into one is (as {@link #endingAt} does).
     * The words that join may follow the titles after a comma ("bầu ông A, Chủ nhiệm ..., vào Ủy ban Kiểm tra Trung
     * ương"), stand inside them before the post taken up ("chỉ định đồng chí A, Thứ trưởng ..., tham gia Đảng ủy Khối
     * ... và giữ chức Chánh Văn phòng"), name several bodies ("tham gia Quân ủy Trung ương, Ban Thường vụ Quân ủy
     * Trung ương"), or follow the second of two people the election names ("bầu bổ sung ông A, ..., và bà B, ..., vào Bộ
     * Chính trị"). {@code at} is where the person's name and titles end; null when no body joined follows or no
     * election opens the person's clause.
     */
    TitleParser.Chain electedInto(List<CoreLabel> tokens, List<List<String>> words, PersonMention m, int at,
                                          int next) {
        int joins = joinsAfter(tokens, words, m.tokenEnd(), at, next);
        boolean pairedWithNext = false;
        if (joins < 0 && at < next && next < tokens.size() && onlyAnd(tokens, at, next)) {
            joins = joinsAfter(tokens, words, next, next, Math.min(tokens.size(), next + MAX_PAIR_SPAN));
            pairedWithNext = true; // "ông A, phó thủ tướng, và bà B, phó chủ tịch Quốc hội, vào Bộ Chính trị"
        }
        if (joins < 0 || !electedBefore(tokens, m.mentionBegin())) {
            return null;
        }
        List<Title> joined = new ArrayList<>();
        int k = lex.enterWords().longestMatch(words, joins, tokens.size()).end();
        int limit = pairedWithNext ? tokens.size() : Math.max(next, k);
        while (k < limit) {
            Title t = titles.membership(tokens, words, GROUP_WORDS.written("membership"), k, limit);
            if (t == null) {
                break;
            }
            joined.add(t);
            k = t.end();
            if (k + 1 < limit && (tokens.get(k).word().equals(",") || GROUP_WORDS.is("and", tokens.get(k).word()))) {
                k++; // "tham gia Quân ủy Trung ương, Ban Thường vụ Quân ủy Trung ương"
            } else {
                break;
            }
        }
        return joined.isEmpty() ? null : new TitleParser.Chain(List.copyOf(joined), pairedWithNext ? at : Math.max(k, at));
    }

    /**
     * Where the words that join bodies start after a person's name ({@code from}) and before {@code limit}: right at
     * {@code at} (the end of the titles), after a comma there, or after a comma inside the titles when bodies follow
     * them; -1 when none does.
     */
    private int joinsAfter(List<CoreLabel> tokens, List<List<String>> words, int from, int at, int limit) {
        for (int i = from; i < limit; i++) {
            String w = tokens.get(i).word();
            if (w.equals(".") || isClauseBoundary(w) && !w.equals("(") && !w.equals(")")) {
                return -1;
            }
            boolean opens = i == at || i > from && tokens.get(i - 1).word().equals(",");
            TokenTrie.Match<Boolean> enters = opens ? lex.enterWords().longestMatch(words, i, limit) : null;
            if (enters != null && enters.end() < limit && lex.bodies().longestMatch(words, enters.end(), limit) != null) {
                return i;
            }
        }
        return -1;
    }

    /** True when only a comma and "và" (and an honorific of the next name) stand between {@code from} and {@code to}. */
    private static boolean onlyAnd(List<CoreLabel> tokens, int from, int to) {
        boolean and = false;
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).word();
            if (GROUP_WORDS.is("and", w)) {
                and = true;
            } else if (!w.equals(",")) {
                return false;
            }
        }
        return and;
    }

    /**
     * True when an election (group-words.tsv, elects) opens the clause of the name that starts at {@code begin}: a few
     * words before it, or before the first of two names joined by "và" ("bầu bổ sung ông A, ..., và bà B").
     */
    private boolean electedBefore(List<CoreLabel> tokens, int begin) {
        int window = GROUP_WINDOW + 2;
        for (int i = begin - 1; i >= 0 && begin - i <= window; i--) {
            String w = tokens.get(i).word();
            if (isClauseBoundary(w) || w.equals(".")) {
                return false;
            }
            if (GROUP_WORDS.is("elects", w) || i + 1 < begin && GROUP_WORDS.is("elects", w + " " + tokens.get(i + 1).word())) {
                return true;
            }
            if (GROUP_WORDS.is("and", w) && i > 0 && tokens.get(i - 1).word().equals(",")) {
                window = begin - i + MAX_PAIR_SPAN; // the second of a pair: the election stands before the first
            }
        }
        return false;
    }

    /**
     * "bầu 5 Phó Chủ tịch UBND tỉnh, trong đó có các đồng chí A và B": the group whose people are listed right after
     * the words that name them among it, without a colon; {@code at} is where the first person's mention (its
     * honorific) starts. Null when no counted group ends at the comma before them.
     */
    Group amongBefore(List<CoreLabel> tokens, List<List<String>> words, int at) {
        if (at <= 0 || tokens.get(at - 1).word().equals(":")) {
            return null; // a colon's list is endingAt's
        }
        TitleParser.Chain group = amongChain(tokens, words, at);
        return group == null ? null : new Group(group, true);
    }

    /**
     * "cử 5 Phó Chủ tịch Ủy ban MTTQ tỉnh, trong đó có các đồng chí: A, B, C": the people listed among a counted group
     * (after a comma, a word of group-words.tsv, among, then "các" and an honorific at most) hold the group's titles.
     * Null when no such group ends at the comma before the colon {@code colon}.
     */
    private TitleParser.Chain amongChain(List<CoreLabel> tokens, List<List<String>> words, int colon) {
        int comma = colon - 1;
        while (comma > 0 && colon - comma <= MAX_BEFORE_LIST && !tokens.get(comma).word().equals(",")
                && !GROUP_WORDS.is("list", tokens.get(comma).word())) {
            if (isClauseBoundary(tokens.get(comma).word())) {
                return null;
            }
            comma--;
        }
        // "bầu 2 Phó Chủ tịch UBND đặc khu gồm các đồng chí A và B": a word of list right after the group, no comma
        boolean listed = comma > 0 && GROUP_WORDS.is("list", tokens.get(comma).word())
                && groupOfHonorifics(tokens, words, comma + 1, colon);
        if (comma <= 0 || !listed && (!tokens.get(comma).word().equals(",")
                || !amongWords(tokens, words, comma + 1, colon))) {
            return null;
        }
        for (int start = comma - 1; start > 0 && comma - start <= 2 * MAX_BEFORE_LIST; start--) {
            String before = tokens.get(start - 1).word();
            if (isClauseBoundary(before) || before.equals(",")) {
                return null;
            }
            if (isCount(before)) {
                TitleParser.Chain c = titles.parseChain(tokens, words, start, comma);
                return c != null && c.end() == comma ? c : null;
            }
        }
        return null;
    }

    /** "trong đó có các đồng chí", "trong đó có": a word of among, then "các" and an honorific at most, up to {@code to}. */
    /** Whether the sentence opens with a word of among ("Trong đó ông A là phó bí thư thường trực."). */
    static boolean opensWithAmong(List<CoreLabel> tokens) {
        StringBuilder phrase = new StringBuilder();
        for (int k = 0; k < tokens.size() && k < 3; k++) {
            phrase.append(k == 0 ? "" : " ").append(tokens.get(k).word());
            if (GROUP_WORDS.is("among", phrase.toString())) {
                return true;
            }
        }
        return false;
    }

    private boolean amongWords(List<CoreLabel> tokens, List<List<String>> words, int from, int to) {
        int i = -1;
        StringBuilder phrase = new StringBuilder();
        for (int k = from; k < to && k < from + 4; k++) {
            phrase.append(k == from ? "" : " ").append(tokens.get(k).word());
            if (GROUP_WORDS.is("among", phrase.toString())) {
                i = k + 1;
            }
        }
        return i >= 0 && groupOfHonorifics(tokens, words, i, to);
    }

    /** "các đồng chí", "đồng chí": "các" at most, then honorifics, from {@code i} up to {@code to}. */
    private boolean groupOfHonorifics(List<CoreLabel> tokens, List<List<String>> words, int i, int to) {
        if (i < to && GROUP_WORDS.is("group", tokens.get(i).word())) {
            i++;
        }
        return honorificsTo(tokens, words, i, to);
    }

    /**
     * "có các đồng chí:", "các ông, bà:": the plural "các" and honorifics alone right before the colon at {@code colon},
     * with no titles of a group.
     */
    boolean honorificGroupEndingAt(List<CoreLabel> tokens, List<List<String>> words, int colon) {
        for (int i = colon - 1; i > 0 && colon - i <= 4; i--) {
            if (GROUP_WORDS.is("group", tokens.get(i - 1).word()) && honorificsTo(tokens, words, i, colon)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when honorifics joined by a comma or "và" run from {@code from} right up to {@code to} ("các đồng chí:",
     * "các ông, bà:", "các ông và bà:"), or when nothing stands between them.
     */
    private boolean honorificsTo(List<CoreLabel> tokens, List<List<String>> words, int from, int to) {
        int i = from;
        while (i < to) {
            TokenTrie.Match<VnLexicon.Honorific> h = lex.honorifics().longestMatch(words, i, to);
            if (h == null) {
                return false;
            }
            i = h.end();
            if (i + 1 < to && (tokens.get(i).word().equals(",") || GROUP_WORDS.is("and", tokens.get(i).word()))) {
                i++;
            } else {
                break;
            }
        }
        return i == to;
    }

    /** True when only closing punctuation follows the colon at {@code colon}. */
    static boolean endsSentence(List<CoreLabel> tokens, int colon) {
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

    /**
     * "bầu Ban Thường vụ Đảng ủy xã gồm các đồng chí: A, B, C", "Ban Thường vụ Đảng ủy Khối gồm 5 đồng chí:" then one
     * person a line: a body named right before "gồm" (group-words.tsv, list; then a count, "các" and an honorific at
     * most) lists its members, who take its membership (group-words.tsv, membership: "Ủy viên Ban Thường vụ ...").
     * An organ alone ("Đoàn Chủ tịch đại hội gồm các đồng chí:", the presidium of a congress) lists no members.
     */
    private TitleParser.Chain memberListChain(List<CoreLabel> tokens, List<List<String>> words, int colon) {
        TitleParser.Chain roll = rollChain(tokens, words, colon);
        if (roll != null) {
            return roll;
        }
        int list = colon - 1;
        while (list > 0 && colon - list <= 4 && !GROUP_WORDS.is("list", tokens.get(list).word())) {
            list--;
        }
        if (list <= 0 || !GROUP_WORDS.is("list", tokens.get(list).word())) {
            return null;
        }
        int after = list + 1;
        if (after < colon && isCount(tokens.get(after).word())) {
            after++;
        }
        if (after < colon && GROUP_WORDS.is("group", tokens.get(after).word())) {
            after++;
        }
        if (!honorificsTo(tokens, words, after, colon)) {
            return null;
        }
        for (int i = Math.max(0, list - 2 * MAX_BEFORE_LIST); i < list; i++) {
            Title t = titles.membership(tokens, words, GROUP_WORDS.written("membership"), i, list);
            if (t != null && (t.end() == list || termOnly(tokens, t.end(), list))) {
                return new TitleParser.Chain(List.of(t), t.end()); // "Bộ Chính trị khóa XIV gồm các đồng chí:"
            }
        }
        return null;
    }

    /**
     * Whether the tokens from {@code from} to {@code to} are only the term a body's name is written with ("khóa XIV",
     * "khóa XVI, nhiệm kỳ 2025 - 2030": group-words.tsv use term, numbers, a comma or a dash), and at least one word
     * of it.
     */
    private static boolean termOnly(List<CoreLabel> tokens, int from, int to) {
        boolean term = false;
        for (int k = from; k < to; k++) {
            int end = GROUP_WORDS.phraseEnd("term", tokens, k, to);
            if (end > 0) {
                k = end - 1;
                term = true;
                continue;
            }
            String w = tokens.get(k).word();
            if (!w.equals(",") && !w.equals("-") && !w.equals("–") && !TERM_NUMBER.matcher(w).matches()) {
                return false;
            }
        }
        return term;
    }

    /**
     * "Danh sách Ban Thường vụ Tỉnh ủy Lâm Đồng khóa XII, nhiệm kỳ 2025 - 2030:" then one person a line: a heading word
     * (group-words.tsv, roll) that opens its sentence, a body's name, its term at most (use term, numbers, a comma or a
     * dash), and the colon: the people listed take the body's membership, as after "gồm".
     */
    private TitleParser.Chain rollChain(List<CoreLabel> tokens, List<List<String>> words, int colon) {
        int body = -1;
        for (int k = 0; k < colon && k <= 2; k++) {
            int end = GROUP_WORDS.phraseEnd("roll", tokens, k, colon);
            if (end > 0) {
                body = end;
                break;
            }
            if (Character.isLetterOrDigit(tokens.get(k).word().codePointAt(0))) {
                return null; // the heading word opens the sentence, after a bullet at most
            }
        }
        if (body < 0) {
            return null;
        }
        Title t = titles.membership(tokens, words, GROUP_WORDS.written("membership"), body, colon);
        if (t == null || t.end() < colon && !termOnly(tokens, t.end(), colon)) {
            return null;
        }
        return new TitleParser.Chain(List.of(t), t.end());
    }

    /** A count or the plural "các" a few words before token {@code at}: "4 đồng chí vào", "các đồng chí được bầu vào". */
    private static boolean groupBefore(List<CoreLabel> tokens, int at) {
        for (int i = at - 1; i >= 0 && at - i <= GROUP_WINDOW; i--) {
            String w = tokens.get(i).word();
            if (isCount(w) || GROUP_WORDS.is("group", w)) {
                return true;
            }
        }
        return false;
    }

    /** The chain of titles between "các" and the colon at {@code colon}, or null. */
    private TitleParser.Chain groupChain(List<CoreLabel> tokens, List<List<String>> words, int colon) {
        for (int start = colon - 1; start > 0 && !isClauseBoundary(tokens.get(start - 1).word()); start--) {
            String before = tokens.get(start - 1).word();
            boolean counted = isCountBeforeTitle(before);
            if (!GROUP_WORDS.is("group", before) && !counted) {
                continue;
            }
            TitleParser.Chain c = titles.parseChain(tokens, words, start, colon);
            if (c != null && (c.end() == colon || listedAfter(tokens, words, c.end(), colon))) {
                return c; // "các Ủy viên Bộ Chính trị khóa XIV có các đồng chí:" lists the plural group's people too
            }
            if (!counted && !(start > 1 && GROUP_WORDS.is("roster", tokens.get(start - 2).word()))) {
                return null; // "gồm các ông:", "có các đồng chí:" close a group's list: the group stands before it
            }
        }
        return null;
    }

    /** A count of a group, in digits ("4 đồng chí") or in words ("bốn Phó Thủ tướng": group-words.tsv, count). */
    static boolean isCount(String w) {
        return COUNT.matcher(w).matches() || GROUP_WORDS.is("count", w);
    }

    /** A count right before a group's title, where "năm" is five, not the year (group-words.tsv, title-count). */
    static boolean isCountBeforeTitle(String w) {
        return isCount(w) || GROUP_WORDS.is("title-count", w);
    }

    /**
     * "3 phó thủ tướng được phê chuẩn bổ nhiệm gồm: ông A ...; ông B, ...", "bốn Phó Thủ tướng Chính phủ gồm các ông: A,
     * B", "5 Phó Chủ tịch Quốc hội khóa XVI gồm các ông, bà:", "Các Ủy viên Bộ Chính trị khóa XIV có các đồng chí:": a
     * counted or plural group whose list a word of group-words.tsv use roster opens (then "các" and honorifics at
     * most), a few words after the title with no comma between.
     */
    private boolean listedAfter(List<CoreLabel> tokens, List<List<String>> words, int from, int colon) {
        int list = colon - 1;
        while (list > from && !GROUP_WORDS.is("roster", tokens.get(list).word())) {
            list--;
        }
        if (colon - from > MAX_BEFORE_LIST || !GROUP_WORDS.is("roster", tokens.get(list).word())) {
            return false;
        }
        int after = list + 1;
        if (after < colon && GROUP_WORDS.is("group", tokens.get(after).word())) {
            after++;
        }
        if (!honorificsTo(tokens, words, after, colon)) {
            return false;
        }
        for (int i = from; i < list - 1; i++) {
            if (tokens.get(i).word().equals(",")) {
                return false;
            }
        }
        return true; // a comma may stand right before the roster word: "5 đồng chí giữ chức Phó Chủ tịch ..., gồm:"
    }

    static boolean isClauseBoundary(String w) {
        return w.equals(";") || w.equals(":") || w.equals("(") || w.equals(")");
    }
}
