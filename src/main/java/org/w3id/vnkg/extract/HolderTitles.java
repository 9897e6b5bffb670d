package org.w3id.vnkg.extract;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.CoreLabel;

import org.w3id.vnkg.nlp.PersonMention;

/**
 * The chains of titles ({@link TitleParser}) a sentence gives one named person: before the name, after it, across
 * a list of names, or through a link ("là", "được bầu làm").
 * <pre>
 *   "Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Lương Cường có buổi làm việc ..."      titles before
 *   "bà Nguyễn Thanh Hải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Thái Nguyên ghi nhận" titles after ","
 *   "Các ông A và B được bầu làm Phó Chủ tịch HĐND tỉnh"                                  a list's link
 * </pre>
 */
final class HolderTitles {
    private static final GroupWords GROUP_WORDS = GroupWords.load();
    /** How many words the title grammar cannot read may stand between a name's titles and the link after them. */
    private static final int MAX_UNREAD = 16;

    private final TitleParser titles;
    private final GroupTitles groups;
    private final ForeignChains foreign;

    HolderTitles(TitleParser titles, GroupTitles groups, ForeignChains foreign) {
        this.titles = titles;
        this.groups = groups;
        this.foreign = foreign;
    }

    /** The chains of titles written before the k-th mention and after it (before the next mention). */
    List<TitleParser.Chain> chainsOf(List<CoreLabel> tokens, List<List<String>> words,
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
            before = chainBefore(tokens, words, beforeTerm(tokens, m.mentionBegin() - 1));
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
        int j = afterAspect(tokens, words, afterAge(tokens, m.tokenEnd()), next);
        if (j + 1 < next && GROUP_WORDS.is("cause", tokens.get(j).word()) && titles.appointsAt(words, j + 1, next)) {
            j++; // "miễn nhiệm ... đối với ông A do được điều động giữ chức Phó Giám đốc Sở Nội vụ": the post he goes to
        }
        boolean separated = j < tokens.size() && isTitleSeparator(tokens.get(j).word());
        boolean linked = j < tokens.size() && titles.link(words, j, next) != null;
        if (separated || linked) {
            TitleParser.Chain after = titles.parseChain(tokens, words, separated ? j + 1 : j, next);
            if (separated && !tokens.get(j).word().equals("(")) {
                after = throughUnread(tokens, words, after, j + 1, next, !tokens.get(j).word().equals(","));
            }
            // A chain that runs right up to the next name is that name's ("A, Bí thư Tỉnh ủy B" is rare;
            // "Chủ tịch UBND tỉnh Nguyễn Văn B" is common).
            // So is a chain a holder word joins to it: "A, Trưởng Ban Kinh tế - Ngân sách là đồng chí B" is B's title
            // (not a dash: "A - Chủ tịch UBND huyện - B" is A's).
            boolean ownedByNext = after != null && next < tokens.size() && (after.end() == next
                    || after.end() + 1 == next && GROUP_WORDS.is("holder", tokens.get(after.end()).word())
                        && Character.isLetter(tokens.get(after.end()).word().charAt(0)));
            if (after != null && !ownedByNext) {
                chains.add(after);
            }
        }
        TitleParser.Chain joined = groups.electedInto(tokens, words, m, chains.isEmpty() || chains.get(chains.size() - 1) == before
                ? m.tokenEnd() : chains.get(chains.size() - 1).end(), next);
        if (joined != null) {
            chains.add(joined);
        }
        return chains;
    }

    /**
     * The chains of the k-th name with the posts an appointing link after the next name gives both: "phê chuẩn bổ nhiệm
     * ông A, Bộ trưởng Bộ Kế hoạch và Đầu tư, và ông B, Phó Trưởng Ban Tổ chức Trung ương, giữ chức Phó Thủ tướng
     * Chính phủ" (A's titles end at ", và" before B). {@code chains} as they are otherwise.
     */
    List<TitleParser.Chain> withSharedAppointment(List<CoreLabel> tokens, List<List<String>> words,
                                                  List<PersonMention> people, int k, List<TitleParser.Chain> chains) {
        if (chains.isEmpty() || k + 1 >= people.size()) {
            return chains;
        }
        PersonMention m = people.get(k);
        TitleParser.Chain last = chains.get(chains.size() - 1);
        PersonMention other = people.get(k + 1);
        if (last.titles().get(0).start() < m.tokenEnd() || !tokens.get(m.tokenEnd()).word().equals(",")
                || !joinsList(tokens, last.end(), other.mentionBegin())
                || !GROUP_WORDS.is("and", tokens.get(other.mentionBegin() - 1).word())) {
            return chains;
        }
        for (Title t : last.titles()) {
            if (titles.appointsAt(words, t.start(), t.end())) {
                return chains; // "bà A giữ chức Bộ trưởng Bộ Y tế và ông B giữ chức ...": A's own post is given
            }
        }
        int next = k + 2 < people.size() ? people.get(k + 2).mentionBegin() : tokens.size();
        for (TitleParser.Chain c : chainsOf(tokens, words, people, k + 1, next)) {
            List<Title> ts = c.titles();
            for (int i = 0; i < ts.size(); i++) {
                if (ts.get(i).start() >= other.tokenEnd() && titles.appointsAt(words, ts.get(i).start(), ts.get(i).end())) {
                    List<Title> shared = new ArrayList<>(last.titles());
                    shared.addAll(ts.subList(i, ts.size()));
                    List<TitleParser.Chain> out = new ArrayList<>(chains.subList(0, chains.size() - 1));
                    out.add(new TitleParser.Chain(shared, last.end()));
                    return out;
                }
            }
        }
        return chains;
    }

    /**
     * The titles after a name that words the title grammar cannot read interrupt before an appointing link: "bổ nhiệm
     * bà Nguyễn Thị Hà, Trưởng phòng Quản lý văn thư - lưu trữ, giữ chức Phó Cục trưởng ...", "ông A, Phó Cục trưởng
     * phụ trách Cục ..., giữ chức Cục trưởng ...": the titles the link gives, after the next comma of the clause,
     * follow those read before (if any). A title a dash sets after the name may run into the link with no comma: "bổ
     * nhiệm đồng chí A - Trưởng phòng Công chức, viên chức Sở Nội vụ giữ chức Phó Giám đốc Sở Nội vụ" ({@code dashed}).
     * {@code after} as it is when no such link follows.
     */
    private TitleParser.Chain throughUnread(List<CoreLabel> tokens, List<List<String>> words, TitleParser.Chain after,
                                            int from, int next, boolean dashed) {
        int i = after == null ? from : after.end();
        for (int k = i; k < next && k - i <= MAX_UNREAD; k++) {
            String w = tokens.get(k).word();
            if (w.equals("(") && k + 2 < next && tokens.get(k + 2).word().equals(")")) {
                k += 2; // "Ngân hàng TMCP Công Thương Việt Nam (VietinBank), tham gia ...": a short name in brackets
                continue;
            }
            // "điều động đồng chí A, Giám đốc Sở Nội vụ đến nhận công tác tại Huyện ủy Lục Nam; chỉ định tham gia ... và giữ
            // chức Bí thư Huyện ủy Lục Nam": a clause with no name of its own that opens with the link goes on with A
            boolean continued = w.equals(";") && k > i && k + 1 < next && titles.appointsAt(words, k + 1, next);
            if (!continued && (GroupTitles.isClauseBoundary(w) || w.equals("."))) {
                return after;
            }
            // "điều động bà A, Phó Trưởng Ban Dân vận Tỉnh ủy, đến nhận công tác và chỉ định giữ chức Phó Bí thư Thường
            // trực Huyện ủy Tư Nghĩa": the link after "và" too (gen21c 000)
            boolean joined = w.equals(",") || continued || GROUP_WORDS.is("and", w);
            // "đồng chí A, Bí thư Tỉnh ủy Ninh Bình thôi tham gia Ban Chấp hành, Ban Thường vụ, thôi giữ chức Bí thư Tỉnh
            // ủy để nhận nhiệm vụ Phó Trưởng Ban Tổ chức Trung ương": a link of the post left too (gen22m 009)
            int link = joined && k > i && k + 1 < next && (titles.appointsAt(words, k + 1, next)
                    || titles.leavesAt(words, k + 1, next)) ? k + 1
                    : dashed && k > i && titles.appointsAt(words, k, next) ? k : -1;
            if (link > 0) {
                TitleParser.Chain linked = titles.parseChain(tokens, words, link, next);
                if (linked == null) {
                    return after;
                }
                List<Title> ts = new ArrayList<>(after == null ? List.of() : after.titles());
                ts.addAll(linked.titles());
                return new TitleParser.Chain(ts, linked.end());
            }
        }
        return after;
    }

    /**
     * A name listed before others with only "," or "và" between them takes the titles the list's last name is
     * linked to: "Các ông Huỳnh Khánh Toàn, Lê Trí Thanh, Trần Văn Tân được bầu giữ chức Phó Chủ tịch UBND tỉnh",
     * "Các ông A và B được bầu làm Phó Chủ tịch HĐND tỉnh". Only a link ("được bầu làm", "là") carries titles
     * over a list; titles after a comma belong to the last name alone, and so the link after them is shared from its
     * appointed title on: "Ông A và ông B, chủ tịch UBND tỉnh, được bầu làm phó bí thư Tỉnh ủy" (gen24a 003).
     */
    List<TitleParser.Chain> listChain(List<CoreLabel> tokens, List<List<String>> words,
                                              List<PersonMention> people, int k) {
        int last = k;
        while (last + 1 < people.size()
                && joinsList(tokens, people.get(last).tokenEnd(), people.get(last + 1).mentionBegin())) {
            last++;
        }
        if (last == k) {
            return List.of();
        }
        int next = last + 1 < people.size() ? people.get(last + 1).mentionBegin() : tokens.size();
        int j = afterAspect(tokens, words, people.get(last).tokenEnd(), next);
        if (j >= tokens.size() || titles.link(words, j, next) == null) {
            return appointedPastOwnTitles(tokens, words, people, last, next);
        }
        TitleParser.Chain after = titles.parseChain(tokens, words, j, next);
        return after == null || after.end() == next && next < tokens.size() ? List.of() : List.of(after);
    }

    /**
     * The titles a link appoints after the own titles the last name of a list has set off by a comma: "ông B, chủ tịch
     * UBND tỉnh, được bầu làm phó bí thư Tỉnh ủy" gives the names before B the titles from "được bầu làm" on. Empty
     * when no such link follows B's titles.
     */
    private List<TitleParser.Chain> appointedPastOwnTitles(List<CoreLabel> tokens, List<List<String>> words,
                                                           List<PersonMention> people, int last, int next) {
        int end = people.get(last).tokenEnd();
        if (end >= next || !tokens.get(end).word().equals(",")) {
            return List.of();
        }
        for (TitleParser.Chain c : chainsOf(tokens, words, people, last, next)) {
            List<Title> ts = c.titles();
            for (int i = 1; i < ts.size(); i++) {
                if (ts.get(i).start() > end && titles.appointsAt(words, ts.get(i).start(), ts.get(i).end())) {
                    return List.of(new TitleParser.Chain(ts.subList(i, ts.size()), c.end()));
                }
            }
        }
        return List.of();
    }

    /**
     * The chain written before the name after a plural ("Cùng dự có các Phó Thủ tướng Nguyễn Xuân Phúc, Hoàng Trung
     * Hải, Vũ Văn Ninh", "các Phó Chủ tịch UBND tỉnh A, B"), which the names listed after it with "," or "và" share;
     * null when the name's titles are its own.
     */
    static TitleParser.Chain pluralBefore(List<CoreLabel> tokens, PersonMention m, List<TitleParser.Chain> chains) {
        int link = m.mentionBegin() - 1;
        boolean held = link > 0 && GROUP_WORDS.is("holder", tokens.get(link).word());
        for (TitleParser.Chain c : chains) {
            int start = c.titles().get(0).start();
            if (c.end() == m.mentionBegin() && start > 0 && GROUP_WORDS.is("group", tokens.get(start - 1).word())) {
                return c;
            }
            // "các Phó Chủ tịch Quốc hội khóa XIV là ông A, bà B, ông C và ông D": a plural or counted title, its term,
            // then the holder link before the list
            if (held && c.end() == beforeTerm(tokens, link) && start > 0
                    && (GROUP_WORDS.is("group", tokens.get(start - 1).word())
                        || GroupTitles.isCountBeforeTitle(tokens.get(start - 1).word()))) {
                return c;
            }
        }
        return null;
    }

    /**
     * Where a title ends before the holder link at {@code link} when its term stands between them ("các Phó Chủ tịch
     * Quốc hội khóa XIV là ông A": the term word of group-words.tsv and its number); else {@code link}.
     */
    private static int beforeTerm(List<CoreLabel> tokens, int link) {
        if (link >= 2 && GROUP_WORDS.is("term", tokens.get(link - 2).word())
                && TERM_NUMBER.matcher(tokens.get(link - 1).word()).matches()) {
            return link - 2;
        }
        return link;
    }

    private static final java.util.regex.Pattern TERM_NUMBER = java.util.regex.Pattern.compile("[IVXL]+|\\d{1,2}");

    /** Only "," or "và" (one or two tokens) between two names of a list. */
    static boolean joinsList(List<CoreLabel> tokens, int from, int to) {
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

    /** Whether a holder link ("là", "-") stands right before a title's first token: that title follows a holder already. */
    private static boolean startsAfterHolder(List<CoreLabel> tokens, int titleStart) {
        return titleStart > 0 && GROUP_WORDS.is("holder", tokens.get(titleStart - 1).word());
    }

    /** The chain of titles that ends right before the name, starting as early as the clause allows. */
    private TitleParser.Chain chainBefore(List<CoreLabel> tokens, List<List<String>> words, int nameStart) {
        int clause = nameStart;
        while (clause > 0) {
            int open = DefinedShortNames.bracketOpening(tokens, clause - 1);
            if (open >= 0) {
                clause = open; // "Thống đốc Ngân hàng Nhà nước Việt Nam (NHNN) Nguyễn Thị Hồng": a short name's brackets
                continue;
            }
            if (GroupTitles.isClauseBoundary(tokens.get(clause - 1).word())) {
                break;
            }
            clause--;
        }
        for (int s = clause; s < nameStart; s++) {
            TitleParser.Chain c = titles.parseChain(tokens, words, s, nameStart);
            if (c != null && c.end() == nameStart) {
                return c;
            }
            if (c != null && foreign.countryEnd(tokens, words, c.end(), nameStart) == nameStart) {
                // "Thủ tướng nước Cộng hòa Dân chủ Nhân dân Lào Thongloun Sisoulith": the country, then the holder
                return new TitleParser.Chain(c.titles(), nameStart);
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
     * Names set side by side share a title counted or made plural before it ("Hai phó chủ tịch HĐND TP là ông A và ông
     * B"), not a title one holds ("Chủ tịch là ông A và ông B là Phó Chủ tịch" gives B his own). Null when the name is
     * not so listed.
     */
    private TitleParser.Chain sharedHolderTitle(List<CoreLabel> tokens, List<List<String>> words, PersonMention previous,
                                                PersonMention m) {
        int and = m.mentionBegin() - 1;
        int link = previous.mentionBegin() - 1;
        if (and < previous.tokenEnd() || link <= 0 || !GROUP_WORDS.is("and", tokens.get(and).word())
                || !GROUP_WORDS.is("holder", tokens.get(link).word())) {
            return null;
        }
        for (int i = previous.tokenEnd(); i < and; i++) {
            if (tokens.get(i).word().equals(";") || tokens.get(i).word().equals(".")) {
                return null;
            }
        }
        TitleParser.Chain shared = chainBefore(tokens, words, beforeTerm(tokens, link));
        if (shared != null && and == previous.tokenEnd()) {
            int start = shared.titles().get(0).start();
            String before = start > 0 ? tokens.get(start - 1).word() : "";
            return GroupTitles.isCount(before) || GROUP_WORDS.is("group", before) ? shared : null;
        }
        return shared;
    }

    /**
     * Where the titles after a name start when an age or a year of birth stands between them: "Ông Đoàn Minh Quyết, 54
     * tuổi, Ủy viên Trung ương Đảng" (the "," before the titles); else the name's end.
     */
    private static int afterAge(List<CoreLabel> tokens, int end) {
        if (end + 3 < tokens.size() && tokens.get(end).word().equals(",")
                && GroupTitles.COUNT.matcher(tokens.get(end + 1).word()).matches()
                && GROUP_WORDS.is("age", tokens.get(end + 2).word()) && tokens.get(end + 3).word().equals(",")) {
            return end + 3;
        }
        // "Ông Trần Văn An (sinh năm 1970), Bí thư Huyện ủy", "ông A (SN 1975, quê Hà Nam) - Giám đốc Sở ...": a year of
        // birth in brackets; "Ông A, sinh năm 1970, Bí thư ...": set off by commas after a word of birth
        if (end < tokens.size() && tokens.get(end).word().equals("(")) {
            for (int k = end + 1; k < tokens.size() && k <= end + MAX_ASIDE; k++) {
                String w = tokens.get(k).word();
                if (w.equals("(")) {
                    break;
                }
                if (w.equals(")")) {
                    return hasYear(tokens, end + 1, k) && k + 1 < tokens.size() ? k + 1 : end;
                }
            }
        }
        if (end + 2 < tokens.size() && tokens.get(end).word().equals(",")
                && GROUP_WORDS.is("age", tokens.get(end + 1).word())) {
            for (int k = end + 2; k < tokens.size() && k <= end + MAX_ASIDE / 2; k++) {
                if (tokens.get(k).word().equals(",")) {
                    return hasYear(tokens, end + 2, k) ? k : end;
                }
            }
        }
        return end;
    }

    /**
     * Where a passive appointing link starts when words of tense stand between it and the name: "ông A đã được các đại
     * biểu bầu giữ chức ...", "bà B vừa được bổ nhiệm làm ...", "bà C tiếp tục được tín nhiệm bầu giữ chức ..."
     * (group-words.tsv, use aspect); else {@code j}. Only
     * before "được" and a link: "ông A đã làm việc với ..." keeps its words.
     */
    private int afterAspect(List<CoreLabel> tokens, List<List<String>> words, int j, int next) {
        int k = j;
        for (int n = 0; n < 2 && k < next; n++) { // "đã", "cũng đã", "tiếp tục"
            int e = GROUP_WORDS.phraseEnd("aspect", tokens, k, next);
            if (e < 0) {
                break;
            }
            k = e;
        }
        if (k == j || k >= next || !TitleParser.isPassive(words.get(k)) || titles.link(words, k, next) == null) {
            return j;
        }
        return k;
    }

    /** How many tokens an aside between a name and its titles may take: "(SN 1975, quê xã Liêm Tuyền, Hà Nam)". */
    private static final int MAX_ASIDE = 12;
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?:19|20)\\d\\d");

    private static boolean hasYear(List<CoreLabel> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (YEAR.matcher(tokens.get(k).word()).matches()) {
                return true;
            }
        }
        return false;
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
}
