package org.w3id.vnkg.extract;

import java.util.List;
import java.util.Map;

import edu.stanford.nlp.ling.CoreLabel;

import org.w3id.vnkg.lexicon.Tsv;
import org.w3id.vnkg.nlp.PlaceSpans;
import org.w3id.vnkg.nlp.TokenTrie;
import org.w3id.vnkg.nlp.TokenWords;
import org.w3id.vnkg.nlp.VnLexicon;
import org.w3id.vnkg.normalize.Abbreviations;

/**
 * A body the gazetteer does not list, read by the word its name opens with and its proper name (lexicon/body-heads.tsv):
 * <pre>
 *   body   := head Name                          "Cục Tổ chức cán bộ", "Tập đoàn Điện lực Việt Nam"
 *   Name   := Capitalised word*                   up to a comma, a bracket, a title, a link, a rank, a level word,
 *                                                 a body of the gazetteer or an end word ("được", "giữ chức" ...)
 * </pre>
 * What follows the name (its parent, "Bộ Công an"; its place, "tỉnh Thanh Hóa") is the title grammar's
 * ({@link TitleParser}). Abbreviations inside the name are written out ("Cục Cảnh sát PCCC" -> "Cục Cảnh sát phòng
 * cháy, chữa cháy").
 */
final class NamedBodies {
    /** The longest name the grammar reads, in tokens after the head. */
    private static final int MAX_NAME = 14;

    /**
     * A body read off the text: its name as output, whether it stands alone as a national body (else it is read only
     * with a place or a parent after it), and its end.
     */
    record Named(String name, boolean national, int end, boolean shortName) {
        Named(String name, boolean national, int end) {
            this(name, national, end, false);
        }
    }

    private final VnLexicon lex;
    private final TokenTrie<Boolean> heads = new TokenTrie<>(); // value: national when alone
    private final TokenTrie<Boolean> ministryHeads = new TokenTrie<>();
    private final TokenTrie<Boolean> ends = new TokenTrie<>();
    private final TokenTrie<Boolean> seats = new TokenTrie<>();
    private final TokenTrie<Boolean> fillers = new TokenTrie<>();
    private final TokenTrie<String> organs = new TokenTrie<>(); // value: the organ as written
    private final Map<String, String> envoys = new java.util.HashMap<>(); // title -> its mission's name before the seat
    private String home; // the country whose missions an envoy's title heads when no other is written
    private final ForeignChains foreign;

    NamedBodies(VnLexicon lex) {
        this.lex = lex;
        this.foreign = new ForeignChains(lex);
        for (Map<String, String> r : Tsv.load("body-heads.tsv").rows()) {
            List<String> w = TokenWords.ofPhrase(r.get("word"));
            switch (r.get("kind")) {
                case "head" -> {
                    heads.put(w, !"any".equals(r.get("value")));
                    if ("ministry".equals(r.get("value"))) {
                        ministryHeads.put(w, Boolean.TRUE);
                    }
                }
                case "end" -> ends.put(w, Boolean.TRUE);
                case "seat" -> seats.put(w, Boolean.TRUE);
                case "filler" -> fillers.put(w, Boolean.TRUE);
                case "organ" -> organs.put(w, r.get("word"));
                case "envoy" -> envoys.put(r.get("word"), r.get("value"));
                case "home" -> home = r.get("word");
                default -> throw new IllegalArgumentException("body-heads.tsv: unknown kind " + r.get("kind"));
            }
        }
    }

    /**
     * The body named at token {@code i}, or null when no head and capitalised name start there, nor a short name the
     * story defines ({@link DefinedShortNames}: "Tổng Giám đốc EVN" after "Tập đoàn Điện lực Việt Nam (EVN)").
     */
    Named at(List<CoreLabel> tokens, List<List<String>> words, int i, int limit) {
        DefinedShortNames.ShortName shortName = i < limit ? tokens.get(i).get(DefinedShortNames.ShortNameAnnotation.class) : null;
        if (shortName != null && i + shortName.length() <= limit) {
            return new Named(shortName.body(), shortName.complete(), i + shortName.length(), true);
        }
        TokenTrie.Match<Boolean> head = heads.longestMatch(words, i, limit);
        if (head == null || head.end() >= limit || !opensName(tokens.get(head.end()).word())) {
            return null;
        }
        int end = head.end();
        boolean listed = false; // the name lists its fields: "phòng cháy, chữa cháy và cứu nạn, cứu hộ"
        while (end < limit && end - head.end() < MAX_NAME) {
            if (goesOn(tokens, words, end, head.end(), limit)) {
                end++;
                continue;
            }
            int item = listedItemEnd(tokens, words, end, limit, listed);
            if (item < 0) {
                break;
            }
            listed = true;
            end = item;
        }
        int named = end;
        if (end + 2 < limit && tokens.get(end).word().equals("(") && isAbbreviation(tokens.get(end + 1).word())
                && tokens.get(end + 2).word().equals(")")) {
            end += 3; // "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh": the short name in brackets is no part of the name
        }
        StringBuilder name = new StringBuilder(written(tokens, i, head.end()));
        for (int k = head.end(); k < named; k++) {
            String w = tokens.get(k).word();
            if (!w.equals(",")) {
                name.append(' ');
            }
            name.append(Abbreviations.standard().expand(w));
        }
        return new Named(name.toString(), head.value(), end);
    }

    /** The head as a name opens with it: "Phòng" of "Trưởng phòng Cảnh sát hình sự". */
    private static String written(List<CoreLabel> tokens, int from, int to) {
        String h = TitleParser.surface(tokens, from, to);
        return h.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + h.substring(1);
    }

    /**
     * The organ of a company named at token i, as written ("Hội đồng thành viên"; "HĐTV" written out), when a body
     * follows it ({@code bodyFollows} at its end); else null.
     */
    TokenTrie.Match<String> organAt(List<List<String>> words, int i, int limit) {
        return organs.longestMatch(words, i, limit);
    }

    /**
     * Whether a body's head word stands in a title, which then heads a part of a body, not the whole: "Vụ trưởng",
     * "Phó Cục trưởng", "Trưởng phòng", against "Tổng Giám đốc", "Phó Chủ tịch".
     */
    boolean namesAHead(String role) {
        List<List<String>> w = TokenWords.ofPhrase(role).stream().map(List::of).toList();
        for (int k = 0; k < w.size(); k++) {
            if (heads.longestMatch(w, k, w.size()) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code body}, as output, is an organ of a company written alone ("Hội đồng thành viên"). */
    boolean isOrgan(String body) {
        List<List<String>> w = TokenWords.ofPhrase(body).stream().map(List::of).toList();
        TokenTrie.Match<String> organ = organs.longestMatch(w, 0, w.size());
        return organ != null && organ.end() == w.size();
    }

    /**
     * The place a body sits in, written after the seat word at token i: " tại Hà Nội" of "Tòa án nhân dân cấp cao tại Hà
     * Nội", " tại Vương quốc Thái Lan"; a run of capitalised words, with the lower-case word of a state's form inside it
     * ("Cộng hòa Pháp"); abbreviations written out ("TP.HCM"). Null when none is written there.
     */
    Named seatAt(List<CoreLabel> tokens, List<List<String>> words, int i, int limit) {
        TokenTrie.Match<Boolean> seat = seats.longestMatch(words, i, limit);
        // "tại TP.Hồ Chí Minh", "tại thành phố Hồ Chí Minh": a level word before the seat's name
        TokenTrie.Match<String> level = seat == null ? null : lex.localities().longestMatch(words, seat.end(), limit);
        int name = level != null && level.end() < limit && opensName(tokens.get(level.end()).word())
                ? level.end() : seat == null ? i : seat.end();
        if (seat == null || name >= limit || !opensName(tokens.get(name).word())) {
            return null;
        }
        int end = name;
        while (end < limit && end - seat.end() < 6 && (opensName(tokens.get(end).word())
                || isLowerCaseWord(tokens.get(end).word()) && end + 1 < limit && opensName(tokens.get(end + 1).word())
                && !startsOther(tokens, words, end, limit))) {
            end++;
        }
        String written = TitleParser.surface(tokens, seat.end(), end);
        VnLexicon.Province p = lex.province(TitleParser.surface(tokens, name, end));
        if (p != null && (name > seat.end() || end - seat.end() == 1 && isAbbreviation(written))) {
            // "tại TP.HCM": the city written out, as its name is
            written = Character.toUpperCase(p.unitWord().charAt(0)) + p.unitWord().substring(1) + " " + p.name();
        } else {
            written = Abbreviations.standard().expand(written);
        }
        return new Named(" " + TitleParser.surface(tokens, i, seat.end()) + " " + written, true, end);
    }

    /**
     * The mission an envoy's title heads, named by the seat after it and the words that may stand between: "Đại sứ Đặc
     * mệnh toàn quyền Việt Nam tại Nhật Bản" -> "Đại sứ quán Việt Nam tại Nhật Bản". Null when {@code role} is no
     * envoy's or no seat follows.
     */
    Named missionOf(String role, List<CoreLabel> tokens, List<List<String>> words, int i, int limit) {
        String mission = envoys.get(role);
        if (mission == null) {
            return null;
        }
        i = afterFillers(words, i, limit);
        // "Đại sứ Đặc mệnh toàn quyền nước Cộng hòa Cuba tại Việt Nam": another country's mission, else Việt Nam's
        TokenTrie.Match<String> abroad = foreign.countryAt(tokens, words, i, limit);
        String country = abroad == null ? home : lex.country(abroad.value());
        if (abroad != null) {
            i = afterFillers(words, abroad.end(), limit);
        }
        Named seat = seatAt(tokens, words, i, limit);
        return seat == null ? null : new Named(mission + " " + country + seat.name(), true, seat.end());
    }

    private int afterFillers(List<List<String>> words, int i, int limit) {
        for (TokenTrie.Match<Boolean> f = fillers.longestMatch(words, i, limit); f != null;
             f = fillers.longestMatch(words, i, limit)) {
            i = f.end();
        }
        return i;
    }

    /**
     * Whether {@code organization}, as output, is a department of a ministry written without its ministry: a name of a
     * ministry's head ("Cục Hải quan", "Vụ Tổ chức cán bộ") with no body nor place after it, or a body followed by the
     * word "Bộ" alone ("Thanh tra Bộ": the ministry's inspectorate).
     */
    boolean needsMinistry(String organization) {
        List<List<String>> w = TokenWords.ofPhrase(organization).stream().map(List::of).toList();
        if (w.size() > 1 && w.get(w.size() - 1).equals(List.of("bộ"))) {
            return true;
        }
        TokenTrie.Match<Boolean> head = ministryHeads.longestMatch(w, 0, w.size());
        if (head == null) {
            return false;
        }
        String[] written = organization.split(" ");
        for (int k = head.end(); k < w.size(); k++) {
            if (lex.bodies().longestMatch(w, k, w.size()) != null || placeAt(w, written, k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a level word and a place's name start at word {@code k}: "xã Hòa An", "quận 3", not the "xã" of "Cục
     * Cảnh sát quản lý hành chính về trật tự xã hội" (where the output's words are those of its keys).
     */
    private boolean placeAt(List<List<String>> w, String[] written, int k) {
        TokenTrie.Match<String> level = lex.localities().longestMatch(w, k, w.size());
        if (level == null || written.length != w.size()) {
            return level != null;
        }
        return level.end() < written.length && (PlaceSpans.isCapitalised(written[level.end()])
                || Character.isDigit(written[level.end()].charAt(0)));
    }

    /** {@code organization} ({@link #needsMinistry}) of {@code ministry}: "Thanh tra Bộ" -> "Thanh tra Bộ Tài chính". */
    static String ofMinistry(String organization, String ministry) {
        String base = organization.endsWith(" Bộ") ? organization.substring(0, organization.length() - 3) : organization;
        return base + " " + ministry;
    }

    /**
     * Whether the name of a body opens at token i ("Tổng cục", "Tập đoàn" ...), or a short name the story defines
     * ("Chủ tịch Hội đồng thành viên EVN").
     */
    boolean headAt(List<CoreLabel> tokens, List<List<String>> words, int i, int limit) {
        return heads.longestMatch(words, i, limit) != null
                || i < limit && tokens.get(i).get(DefinedShortNames.ShortNameAnnotation.class) != null;
    }

    /** The head a body's name opens with at token i, as its words ("tập đoàn"), or null. */
    List<String> headWordsAt(List<List<String>> words, int i, int limit) {
        TokenTrie.Match<Boolean> head = heads.longestMatch(words, i, limit);
        if (head == null) {
            return null;
        }
        List<String> w = new java.util.ArrayList<>();
        words.subList(i, head.end()).forEach(w::addAll);
        return w;
    }

    /** Whether the name goes on with token k (the name's first word is {@code first}). */
    private boolean goesOn(List<CoreLabel> tokens, List<List<String>> words, int k, int first, int limit) {
        String w = tokens.get(k).word();
        if (k > first && isDash(w)) {
            // "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam": a dash between two capitalised words of the name, not
            // before a title, an honorific or a person's name ("Công ty Điện lực Hà Tĩnh - Nguyễn Văn A")
            return k + 1 < limit && PlaceSpans.isCapitalised(tokens.get(k + 1).word())
                    && !startsOther(tokens, words, k + 1, limit) && lex.surnames().longestMatch(words, k + 1, limit) == null;
        }
        if (k > first && w.length() <= 3 && w.chars().allMatch(Character::isDigit)
                && PlaceSpans.isCapitalised(tokens.get(k - 1).word())) {
            return true; // "Công ty Cổ phần Xi măng Hà Tiên 1", "Tổng công ty 319": a number after a capitalised word
        }
        if (!isWord(w)) {
            return false;
        }
        if (k == first) {
            return true;
        }
        if (words.get(k).equals(List.of("và"))) {
            // "Cục Cảnh sát PCCC và CNCH", "phòng cháy, chữa cháy và cứu nạn": "và" joins two words of the name, not two
            // titles; so does "và các" ("Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi")
            int next = k + 2 < limit && words.get(k + 1).equals(List.of("các")) ? k + 2 : k + 1;
            return next < limit && opensName(tokens.get(next).word()) && !startsOther(tokens, words, next, limit);
        }
        return !startsOther(tokens, words, k, limit);
    }

    /**
     * Where an item of the fields a name lists after a comma ends, or -1: lower-case words then "và" and the next item
     * ("Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn"), or, once the name has listed so, lower-case words that end it
     * (", cứu hộ" before a stop, a comma or the end of the title). Anything else after a comma is the next title's.
     */
    private int listedItemEnd(List<CoreLabel> tokens, List<List<String>> words, int k, int limit, boolean listed) {
        if (!tokens.get(k).word().equals(",")) {
            return -1;
        }
        int j = k + 1;
        while (j < limit && j - k <= 3 && isLowerCaseWord(tokens.get(j).word()) && !words.get(j).equals(List.of("và"))
                && !startsOther(tokens, words, j, limit)) {
            j++;
        }
        if (j == k + 1) {
            return -1;
        }
        if (j + 1 < limit && words.get(j).equals(List.of("và")) && isWord(tokens.get(j + 1).word())
                && !startsOther(tokens, words, j + 1, limit)) {
            return j + 1;
        }
        boolean closes = j >= limit || !isWord(tokens.get(j).word()) || startsOther(tokens, words, j, limit);
        return listed && closes && j - k <= 3 ? j : -1;
    }

    private static boolean isLowerCaseWord(String w) {
        return isWord(w) && Character.isLowerCase(w.codePointAt(0));
    }

    /** Whether something other than the name starts at token k: a title, a link, a rank, a place, another body. */
    private boolean startsOther(List<CoreLabel> tokens, List<List<String>> words, int k, int limit) {
        return ends.longestMatch(words, k, limit) != null
                || lex.roles().longestMatch(words, k, limit) != null
                || lex.honorifics().longestMatch(words, k, limit) != null
                || lex.titleLinks().longestMatch(words, k, limit) != null
                || lex.appointingLinks().longestMatch(words, k, limit) != null
                || qualifierBeforeTitle(tokens, words, k, limit)
                || placeAt(tokens, words, k, limit)
                || parentAt(tokens, words, k, limit)
                || heads.longestMatch(words, k, limit) != null && !isLowerCaseWord(tokens.get(k).word());
    }

    /**
     * A body of the gazetteer that ends the name as its parent: a national one, or a local one before its place or at
     * the end ("Phòng Cảnh sát hình sự Công an tỉnh"), not the words of a name that goes on in lower case ("Tổng cục Xây
     * dựng lực lượng Công an nhân dân").
     */
    private boolean parentAt(List<CoreLabel> tokens, List<List<String>> words, int k, int limit) {
        TokenTrie.Match<VnLexicon.Body> b = lex.bodies().longestMatch(words, k, limit);
        return b != null && (b.value().kind() == VnLexicon.Body.Kind.NATIONAL || b.end() >= limit
                || !isLowerCaseWord(tokens.get(b.end()).word()) || lex.localities().longestMatch(words, b.end(), limit) != null);
    }

    /**
     * A level word that opens a place ("tỉnh Thanh Hóa", "tỉnh" ending the title), not one inside a name ("về trật tự xã
     * hội": a lower-case word follows).
     */
    private boolean placeAt(List<CoreLabel> tokens, List<List<String>> words, int k, int limit) {
        TokenTrie.Match<String> level = lex.localities().longestMatch(words, k, limit);
        return level != null && (level.end() >= limit || !isLowerCaseWord(tokens.get(level.end()).word()));
    }

    /** "kiêm Phó Giám đốc", "tân Cục trưởng": a qualifier before a title, not the word "tân" of "Cục Lễ tân Nhà nước". */
    private boolean qualifierBeforeTitle(List<CoreLabel> tokens, List<List<String>> words, int k, int limit) {
        TokenTrie.Match<?> q = lex.qualifiers().longestMatch(words, k, limit);
        return q != null && (q.end() >= limit || lex.roles().longestMatch(words, q.end(), limit) != null
                || lex.honorifics().longestMatch(words, q.end(), limit) != null
                || lex.bodies().longestMatch(words, q.end(), limit) != null);
    }

    /** A name opens with a capital or an abbreviation ("Cục Cảnh sát", "Trung tâm CDC"). */
    private static boolean opensName(String w) {
        return isWord(w) && (PlaceSpans.isCapitalised(w) || isAbbreviation(w));
    }

    /** A word of capitals ("CDC", "EVN", "PCCC", "TP.HCM"), as the press writes a short name. */
    private static boolean isAbbreviation(String w) {
        return w.length() > 1 && Character.isUpperCase(w.codePointAt(0))
                && w.codePoints().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || c == '.');
    }

    private static boolean isDash(String w) {
        return w.equals("-") || w.equals("–");
    }

    private static boolean isWord(String w) {
        return !w.isEmpty() && Character.isLetter(w.codePointAt(0));
    }
}
