package org.w3id.vnkg.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import edu.stanford.nlp.ling.CoreLabel;

import org.w3id.vnkg.facts.Gender;

/**
 * Finds the people named in a sentence by the grammar of Vietnamese names: a family name from
 * {@code surnames.tsv} ("Nguyễn", "Rơ Châm", "H'") followed by one to four capitalised syllables, with
 * the honorifics of {@code honorifics.tsv} before it ("ông", "bà", "đồng chí", "Đại tướng", "GS.").
 * <pre>
 *   "Tại Hội nghị, Đại tướng Tô Lâm, Ủy viên Bộ Chính trị"  -> Tô Lâm (rank Đại tướng)
 *   "Ông Lê Ánh Dương, Phó Bí thư Tỉnh ủy"                   -> Lê Ánh Dương (male)
 *   "tỉnh Hà Giang", "Hồ Chí Minh", "Thái Lan", "(Ảnh: DUY ĐỨC)" -> nobody
 * </pre>
 * Words that belong to something else are never part of a name: provinces and other known places (when
 * they start a run of capitalised words), bodies ("Bộ Công Thương"), the place after a level word or a
 * committee ("huyện Lục Nam"), and the first word of a title ("Phó Chủ tịch"). A courtesy title and a
 * single given name ("ông Trung") refer to the person named in full earlier whose name ends so.
 */
public final class PersonNameFinder {
    private static final int MAX_GIVEN = 4;
    private static final int MAX_HONORIFIC_TOKENS = 3;

    private final VnLexicon lex;
    private final PlaceSpans places;
    /** The first words of every gazetteer {@link #blockedTokens} reads: a token with none opens no entry there. */
    private final Set<String> blockOpeners;

    public PersonNameFinder(VnLexicon lex) {
        this.lex = lex;
        this.places = new PlaceSpans(lex);
        this.blockOpeners = Stream.of(lex.namingWords(), lex.localities(), lex.roles(), lex.bodies(), lex.pressWords(),
                lex.placeNames(), lex.provinces()).flatMap(t -> t.firstWords().stream()).collect(Collectors.toSet());
    }

    public List<PersonMention> find(List<CoreLabel> tokens) {
        return find(tokens, Map.of());
    }

    /**
     * The people of a sentence, with short references resolved: "Ông Trung khẳng định" after "Nguyễn Đình
     * Trung" gives a mention named Nguyễn Đình Trung at the offsets of "Trung".
     *
     * @param known full names named earlier, by the key of their last syllable; a null value marks two
     *              people with the same last syllable, whose short references stay unresolved
     */
    public List<PersonMention> find(List<CoreLabel> tokens, Map<String, String> known) {
        return find(tokens, TokenWords.of(tokens), known);
    }

    /** As {@link #find(List, Map)}, with the tokens' key words already made ({@link TokenWords#of(List)}). */
    public List<PersonMention> find(List<CoreLabel> tokens, List<List<String>> words, Map<String, String> known) {
        return find(tokens, words, known, Set.of());
    }

    /**
     * As {@link #find(List, List, Map)}, with the places the article names after a level word ({@link #placesNamed}):
     * "Bí thư Thành ủy Từ Sơn" in a story that writes "thị xã Từ Sơn" names the town's committee, not a man of the Từ
     * family after a bare "Bí thư Thành ủy" (gen22r 007).
     */
    public List<PersonMention> find(List<CoreLabel> tokens, List<List<String>> words, Map<String, String> known,
                                    Set<String> knownPlaces) {
        int n = tokens.size();
        boolean[] roleStart = new boolean[n];
        boolean[] titledCountry = new boolean[n + 1];
        boolean[] blocked = blockedTokens(tokens, words, roleStart, titledCountry);
        markKnownPlaces(tokens, words, blocked, knownPlaces);
        List<PersonMention> out = new ArrayList<>();
        boolean honoured = false; // an honorific came before: "các đồng chí: A, ...; B, ..." vouches for B as for A
        int i = 0;
        while (i < n) {
            TokenTrie.Match<VnLexicon.Honorific> h = lex.honorifics().longestMatch(words, i, n);
            int end = -1;
            if (h != null && h.end() < n) {
                honoured = true;
                // "Ông Nguyễn Văn A": Ông is a family name too, but before a name it is the courtesy title
                end = nameEnd(tokens, words, blocked, roleStart, h.end());
                if (end >= 0) {
                    out.add(mention(tokens, words, h.end(), end));
                    i = end;
                    continue;
                }
                end = vouchedNameEnd(tokens, blocked, roleStart, h.end());
                if (end >= 0) {
                    out.add(mention(tokens, words, h.end(), end));
                    i = end;
                    continue;
                }
                String full = shortReference(tokens, words, blocked, h, known);
                if (full != null) {
                    PersonMention m = mention(tokens, words, h.end(), h.end() + 1);
                    out.add(new PersonMention(full, m.gender(), m.rank(), m.honorific(), m.begin(), m.end(),
                            m.tokenBegin(), m.tokenEnd(), m.mentionBegin()));
                    i = h.end() + 1;
                    continue;
                }
            }
            end = nameEnd(tokens, words, blocked, roleStart, i);
            if (h != null && end >= 0 && end - i < 3) {
                end = -1; // "Ông Hải phát biểu" is Mr Hải, not a man of the Ông family named Hải
            }
            if (end < 0 && titledCountry[i]) {
                end = foreignNameEnd(tokens, blocked, roleStart, i); // "Thủ tướng Lào Thongloun Sisoulith"
            }
            if (end < 0) {
                end = knownNameEnd(tokens, words, blocked, i, known); // "Tổng thống Joko Widodo" named again
            }
            if (end < 0 && honoured && i > 0 && isListSeparator(tokens.get(i - 1).word())) {
                end = vouchedNameEnd(tokens, blocked, roleStart, i); // "...; Sèn Chỉn Dín, Trưởng Ban Dân vận"
            }
            if (end < 0) {
                i++;
                continue;
            }
            if (abroad(words, end)) {
                i = end; // "Bí thư Thành ủy Sùng Tả (Trung Quốc)": a place of that country
                continue;
            }
            if (end < n && end - i <= MAX_PLACE_WORDS && isNumber(tokens.get(end).word())) {
                i = end; // "Công ty Cổ phần Xi măng Hà Tiên 1": a name numbered so is a unit's, no person's
                continue;
            }
            if (placeOfAppositeCommittee(tokens, words, out, i, end)) {
                // "các đồng chí A, Bí thư Thành ủy Hạ Long; B, ...": A's town, no second person; the title grammar
                // reads it as the committee's place, as it does a place the article names after a level word
                tokens.get(i).set(VnAnnotations.KnownPlaceAnnotation.class, end - i);
                i = end;
                continue;
            }
            out.add(mention(tokens, words, i, end));
            i = end;
        }
        return List.copyOf(out);
    }

    /**
     * The places a sentence names after a level word of a district or a city ("thị xã Từ Sơn", "quận Lê Chân",
     * "thành phố Hoàng Mai"), as keys of their words; the province level is left to the gazetteer.
     */
    public Set<String> placesNamed(List<CoreLabel> tokens, List<List<String>> words) {
        int n = tokens.size();
        Set<String> found = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (!blockOpeners.contains(words.get(i).get(0))) {
                continue;
            }
            TokenTrie.Match<String> level = lex.localities().longestMatch(words, i, n);
            if (level == null || level.value().equals("province") || level.value().equals("commune")) {
                continue;
            }
            int end = places.placeEnd(tokens, words, level.end(), n, false);
            if (end > level.end() + 1 && end - level.end() <= MAX_PLACE_WORDS) {
                found.add(placeKey(words, level.end(), end));
            }
        }
        return found;
    }

    /**
     * The words of a known place that the name of a city's party committee ends in, which no person's name starts in
     * (marked on its first token for the title grammar: {@link VnAnnotations.KnownPlaceAnnotation}).
     */
    private void markKnownPlaces(List<CoreLabel> tokens, List<List<String>> words, boolean[] blocked,
                                 Set<String> knownPlaces) {
        if (knownPlaces.isEmpty()) {
            return;
        }
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            TokenTrie.Match<VnLexicon.Body> body = blockOpeners.contains(words.get(i).get(0))
                    ? lex.bodies().longestMatch(words, i, n) : null;
            if (body == null || body.value().kind() != VnLexicon.Body.Kind.COMMITTEE
                    || !body.value().level().equals("city")) {
                continue;
            }
            int from = body.end();
            for (int end = Math.min(n, from + MAX_PLACE_WORDS); end > from + 1; end--) {
                if (PlaceSpans.isCapitalised(tokens.get(from).word()) && knownPlaces.contains(placeKey(words, from, end))
                        && (end == n || !PlaceSpans.isCapitalised(tokens.get(end).word())
                                || lex.surnames().longestMatch(words, end, n) != null)) {
                    mark(blocked, from, end);
                    tokens.get(from).set(VnAnnotations.KnownPlaceAnnotation.class, end - from);
                    break;
                }
            }
        }
    }

    /** How many words the name of a district or city known from the article may have. */
    private static final int MAX_PLACE_WORDS = 3;

    private static String placeKey(List<List<String>> words, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            for (String w : words.get(k)) {
                b.append(b.length() == 0 ? "" : " ").append(w);
            }
        }
        return b.toString();
    }

    /**
     * Whether the name found at {@code i} ends the title a person named before it holds, right after the party committee
     * of a district or a city: "các đồng chí Bùi Văn Khắng, Bí thư Thành ủy Hạ Long; Phạm Thị Thu Hà, ..." (gen24b 000).
     * A title set off by a comma after its holder's name is written with no second name at its end, so the words after
     * its committee are the committee's place, though they read like a name ("Hạ" is a family name).
     */
    private boolean placeOfAppositeCommittee(List<CoreLabel> tokens, List<List<String>> words, List<PersonMention> out,
                                             int i, int end) {
        if (out.isEmpty() || end - i > MAX_PLACE_WORDS) {
            return false;
        }
        int holderEnd = out.get(out.size() - 1).tokenEnd();
        if (holderEnd >= i || !tokens.get(holderEnd).word().equals(",") || i - holderEnd > MAX_APPOSITION_TOKENS
                || lex.roles().longestMatch(words, holderEnd + 1, i) == null) {
            return false;
        }
        for (int k = holderEnd + 1; k < i; k++) {
            if (isListSeparator(tokens.get(k).word())) {
                return false;
            }
        }
        for (int k = Math.max(holderEnd + 1, i - 3); k < i; k++) {
            TokenTrie.Match<VnLexicon.Body> body = lex.bodies().longestMatch(words, k, i);
            if (body != null && body.end() == i && body.value().kind() == VnLexicon.Body.Kind.COMMITTEE
                    && (body.value().level().equals("city") || body.value().level().equals("district"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumber(String word) {
        return !word.isEmpty() && word.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** How far from its holder's name a title set off by a comma may reach: a few titles joined by commas. */
    private static final int MAX_APPOSITION_TOKENS = 24;

    private static boolean isListSeparator(String word) {
        return word.equals(";") || word.equals(":");
    }

    /** True when a foreign country follows in brackets: "Sùng Tả (Trung Quốc)" is a place, not a person. */
    private boolean abroad(List<List<String>> words, int end) {
        int n = words.size();
        if (end + 1 >= n || !words.get(end).equals(List.of("("))) {
            return false;
        }
        TokenTrie.Match<String> place = lex.placeNames().longestMatch(words, end + 1, n);
        // "(Lào Cai)" is a province of Vietnam, not "(Lào)"
        return place != null && lex.isForeignCountry(place.value()) && place.end() < n
                && words.get(place.end()).equals(List.of(")"));
    }

    /** The full name a courtesy title and one given name refer to ("ông Trung"), or null. */
    private static String shortReference(List<CoreLabel> tokens, List<List<String>> words, boolean[] blocked,
                                         TokenTrie.Match<VnLexicon.Honorific> h, Map<String, String> known) {
        int j = h.end();
        if (!h.value().kind().equals("courtesy") || known.isEmpty() || blocked[j]
                || !PlaceSpans.isCapitalised(tokens.get(j).word())
                || j + 1 < tokens.size() && PlaceSpans.isCapitalised(tokens.get(j + 1).word())) {
            return null;
        }
        return known.get(words.get(j).get(0));
    }

    /** The key of a name's last syllable, under which {@link #find(List, Map)} looks short references up. */
    public static String lastSyllableKey(String name) {
        List<String> w = TokenWords.ofToken(name.substring(name.lastIndexOf(' ') + 1));
        return w.get(w.size() - 1);
    }

    /** The end of a name that starts at token i, or -1. */
    private int nameEnd(List<CoreLabel> tokens, List<List<String>> words, boolean[] blocked, boolean[] roleStart,
                        int i) {
        int n = tokens.size();
        if (blocked[i] || roleStart[i] || !PlaceSpans.isCapitalised(tokens.get(i).word())) {
            return -1;
        }
        int given = 0;
        int j;
        TokenTrie.Match<String> surname = lex.surnames().longestMatch(words, i, n);
        if (surname != null) {
            j = surname.end();
        } else if (startsWithApostropheSurname(words.get(i))) {
            j = i + 1; // "H'Hen Niê": the woman's prefix H' written onto the given name
            given = 1;
        } else if (isSplitApostropheSurname(tokens, words, i)) {
            j = i + 2; // "K' Mák": the prefix written apart, which the tokenizer reads as a letter and a quote
        } else {
            return -1;
        }
        for (int k = i; k < j; k++) {
            if (blocked[k] || !PlaceSpans.isCapitalised(tokens.get(k).word()) && !tokens.get(k).word().equals("'")) {
                return -1;
            }
        }
        while (j < n && given < MAX_GIVEN && !blocked[j] && !roleStart[j]
                && PlaceSpans.isCapitalised(tokens.get(j).word())) {
            j++;
            given++;
        }
        if (j - i == 2 && LunarYearNames.isYear(words.get(i), words.get(i + 1))) {
            return -1; // "mùng 6 Tết Giáp Thìn": a year, not a man of the Giáp family
        }
        return given >= 1 ? j : -1;
    }

    /**
     * The end of a name with no family name of ours that its honorific and title vouch for, or -1: two to four
     * capitalised words (read as {@link #foreignNameEnd} reads them) between an honorific and a comma that a title
     * follows. Lao and Khmer names as the press writes them: "đồng chí Phút-xạ-vẳn Xay-nha-vông, Bí thư Tỉnh ủy", "ông Ương Sa Vươn, Huyện trưởng".
     */
    private static int vouchedNameEnd(List<CoreLabel> tokens, boolean[] blocked, boolean[] roleStart, int i) {
        int j = foreignNameEnd(tokens, blocked, roleStart, i);
        boolean titled = j > 0 && j + 1 < tokens.size() && tokens.get(j).word().equals(",") && roleStart[j + 1];
        return titled ? j : -1;
    }

    /** True when tokens i and i+1 are an apostrophe family name ("K" then "'", written together) and a space follows. */
    private boolean isSplitApostropheSurname(List<CoreLabel> tokens, List<List<String>> words, int i) {
        if (i + 2 >= tokens.size()) {
            return false;
        }
        CoreLabel prefix = tokens.get(i);
        CoreLabel quote = tokens.get(i + 1);
        return quote.word().equals("'") && prefix.endPosition() == quote.beginPosition()
                && quote.endPosition() < tokens.get(i + 2).beginPosition()
                && words.get(i).size() == 1
                && lex.surnames().longestMatch(List.of(List.of(words.get(i).get(0) + "'")), 0, 1) != null;
    }

    private boolean startsWithApostropheSurname(List<String> tokenWords) {
        String w = tokenWords.get(0);
        int apo = w.indexOf('\'');
        return apo > 0 && apo < w.length() - 1 && tokenWords.size() == 1
                && lex.surnames().longestMatch(List.of(List.of(w.substring(0, apo + 1))), 0, 1) != null;
    }

    /**
     * The end of a full name written again that the name grammar reads only where it first stood (a foreign name after
     * its title and country, or vouched for by its honorific and title: "Tổng thống Indonesia Joko Widodo", then
     * "Tổng thống Joko Widodo"), or -1. {@code known}: the full names named earlier, by their last syllable.
     */
    private static int knownNameEnd(List<CoreLabel> tokens, List<List<String>> words, boolean[] blocked, int i,
                                    Map<String, String> known) {
        if (known.isEmpty() || blocked[i] || !PlaceSpans.isCapitalised(tokens.get(i).word())) {
            return -1;
        }
        for (int end = Math.min(tokens.size(), i + MAX_GIVEN + 1); end >= i + 2; end--) {
            String full = known.get(words.get(end - 1).get(words.get(end - 1).size() - 1));
            if (full != null && full.equals(surface(tokens, i, end))) {
                return end;
            }
        }
        return -1;
    }

    /**
     * The end of a foreign name right after a title closed by its country, or -1: two to four capitalised words, as
     * "Tổng thống nước Cộng hòa Indonesia Joko Widodo" and "Đại sứ Australia Gillian Bird" write them, with no
     * family name of ours and no honorific before them.
     */
    private static int foreignNameEnd(List<CoreLabel> tokens, boolean[] blocked, boolean[] roleStart, int i) {
        int n = tokens.size();
        int j = i;
        while (j < n && j - i <= MAX_GIVEN && !blocked[j] && !roleStart[j]
                && (PlaceSpans.isCapitalised(tokens.get(j).word()) || PlaceSpans.isHyphened(tokens.get(j).word()))) {
            j++;
        }
        return j - i >= 2 && j - i <= MAX_GIVEN ? j : -1;
    }

    /**
     * The tokens that cannot be part of a name; also marks in {@code roleStart} the tokens that open a title, and in
     * {@code titledCountry} the tokens right after a foreign country that closes a title ("Thủ tướng Lào |").
     */
    private boolean[] blockedTokens(List<CoreLabel> tokens, List<List<String>> words, boolean[] roleStart,
                                    boolean[] titledCountry) {
        int n = tokens.size();
        boolean[] blocked = new boolean[n];
        int namingEnd = 0;
        int titleOrBodyEnd = -1; // the furthest end of a title or body read so far
        for (int i = 0; i < n; i++) {
            if (!blockOpeners.contains(words.get(i).get(0))) {
                continue; // most tokens open none of the entries looked up below: one look-up instead of seven (JFR)
            }
            TokenTrie.Match<String> place = lex.placeNames().longestMatch(words, i, n);
            if (place != null && lex.isForeignCountry(place.value())) {
                namingEnd = Math.max(namingEnd, place.end()); // "Nhật Bản": the country, not a village "bản"
            }
            if (i >= namingEnd) {
                // read at the first word only, so that "già làng A Thương" is a title and a person, not a village
                TokenTrie.Match<String> naming = lex.namingWords().longestMatch(words, i, n);
                if (naming != null && !naming.value().equals("title") && withinAName(tokens, words, i, n)) {
                    naming = null; // "Néang Sóc Kha": a given name that is a village word, no "sóc Kha"
                }
                if (naming != null) {
                    namingEnd = naming.end();
                    if (naming.value().equals("title")) {
                        // "Trưởng thôn Đồng Tâm Lò Văn Pấng": the village between a title and its holder
                        mark(blocked, naming.end(), namedThingEnd(tokens, words, naming.end(), n, 4, naming.end()));
                    } else if (!naming.value().equals("word")) {
                        int end = namedThingEnd(tokens, words, naming.end(), n, 5, -1);
                        mark(blocked, naming.end(), end);
                    }
                }
            }
            boolean afterCapitalised = i > 0 && PlaceSpans.isCapitalised(tokens.get(i - 1).word())
                    && tokens.get(i - 1).endPosition() + 1 >= tokens.get(i).beginPosition();
            TokenTrie.Match<String> level = lex.localities().longestMatch(words, i, n);
            if (level != null) {
                int end = places.placeEnd(tokens, words, level.end(), n, level.value().equals("province"));
                mark(blocked, level.end(), end);
                if (end > level.end() && !level.value().equals("province") && titleOrBodyEnd < i) {
                    // "ở huyện Đam Rông, Lạc Dương": the places listed with it; not after a title or a body, where a
                    // comma can open the holder's name ("Chủ tịch UBND huyện Lâm Hà, Lê Văn A")
                    mark(blocked, end, places.listedPlacesEnd(tokens, words, end, n));
                } else if (end == level.end() && !level.value().equals("province") && titleOrBodyEnd < i) {
                    // "các xã khan hiếm nước như Pả Vi, Xín Cái, Sơn Vĩ": the places it gives as examples
                    mark(blocked, end, places.exampledPlacesEnd(tokens, words, i, end, n));
                }
            }
            TokenTrie.Match<VnLexicon.Role> role = lex.roles().longestMatch(words, i, n);
            roleStart[i] = role != null;
            if (role != null) {
                titleOrBodyEnd = Math.max(titleOrBodyEnd, role.end());
            }
            if (role != null && role.value().bodyWord() != null) {
                // "Bộ trưởng Công Thương Nguyễn Hồng Diên": the ministry written without "Bộ" is no name
                TokenTrie.Match<VnLexicon.Body> shortBody =
                        lex.bodiesAfter(role.value().bodyWord()).longestMatch(words, role.end(), n);
                if (shortBody != null) {
                    mark(blocked, role.end(), shortBody.end());
                }
            }
            TokenTrie.Match<VnLexicon.Body> body = lex.bodies().longestMatch(words, i, n);
            if (body != null && level != null && !PlaceSpans.isCapitalised(tokens.get(i).word())
                    && body.end() > level.end() && PlaceSpans.isCapitalised(tokens.get(level.end()).word())) {
                body = null; // "UBND tỉnh Đoàn Ngọc Lâm": a level word, then a name, not the body "Tỉnh đoàn"
            }
            if (body != null) {
                titleOrBodyEnd = Math.max(titleOrBodyEnd, body.end());
                mark(blocked, i, body.end());
                if (body.value().kind() == VnLexicon.Body.Kind.COMMITTEE) {
                    int end = body.value().level().equals("city") ? places.cityPlaceEnd(tokens, words, body.end(), n)
                            : places.placeEnd(tokens, words, body.end(), n, body.value().level().equals("province"));
                    mark(blocked, body.end(), end);
                }
            }
            TokenTrie.Match<Boolean> press = lex.pressWords().longestMatch(words, i, n);
            if (press != null) {
                // "Báo Hà Giang - Ngày 28/6": the outlet's province, though it follows a capitalised word
                TokenTrie.Match<VnLexicon.Province> p = places.provinceAt(words, press.end(), n);
                if (p != null) {
                    mark(blocked, press.end(), p.end());
                }
            }
            if (afterCapitalised && place != null && (lex.isForeignCountry(place.value()) || lex.isContinent(place.value()))) {
                // "Đoàn Campuchia do ông ... dẫn đầu": a delegation, not a Đoàn; "Vụ trưởng Vụ Châu Âu": a department
                mark(blocked, i, place.end());
            }
            if (place != null && lex.isForeignCountry(place.value()) && titleBefore(roleStart, i)) {
                titledCountry[place.end()] = true;
            }
            if (!afterCapitalised || isForeignWord(tokens.get(i - 1).word())) {
                // "dự án Formosa Hà Tĩnh", "Samsung Bắc Ninh": a province after a brand or a foreign word, which no
                // Vietnamese name goes on from (gen21c 007)
                TokenTrie.Match<VnLexicon.Province> p = places.provinceAt(words, i, n);
                if (p != null) {
                    mark(blocked, i, p.end());
                }
                if (place != null) {
                    mark(blocked, i, place.end());
                }
            }
        }
        return blocked;
    }

    private static final java.util.regex.Pattern VOWEL_GROUPS = java.util.regex.Pattern.compile(
            "(?i)[aeiouy]+[^aeiouy]+[aeiouy]");

    /**
     * Whether a word is no Vietnamese syllable: a Vietnamese syllable has one run of vowels, a brand or a foreign word
     * ("Formosa", "Samsung", "Viettel") has two or more.
     */
    static boolean isForeignWord(String word) {
        String base = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
        return VOWEL_GROUPS.matcher(base).find();
    }

    /**
     * The end of the name of a street, school or village that starts at token i: the run of capitalised words, the
     * name of a person often ("đường Nguyễn Sinh Cung", "thôn Đồng Tâm"). A run of {@code split} words or more goes
     * on with a person's name of two to four words starting with a family name, which it leaves out ("Trường THPT Lê
     * Quý Đôn Nguyễn Văn An"); a shorter run ends at {@code shortEnd}, or with the run when that is negative.
     */
    private int namedThingEnd(List<CoreLabel> tokens, List<List<String>> words, int i, int n, int split,
                              int shortEnd) {
        int run = 0;
        while (i + run < n && PlaceSpans.isCapitalised(tokens.get(i + run).word())) {
            run++;
        }
        if (run < split) {
            return shortEnd < 0 ? i + run : shortEnd;
        }
        for (int nameLength : PlaceSpans.NAME_LENGTHS) {
            int k = run - nameLength;
            if (lex.surnames().longestMatch(words, i + k, n) != null) {
                return i + k;
            }
        }
        return i + run;
    }

    /**
     * Whether the capitalised token i goes on a name that a family name opens right before it, with no space wider
     * than one between them: "Néang Sóc Kha", "Thạch Sóc Ra" (Khmer given names often hold "Sóc", a village word), so
     * that the word is a given name, not a village "sóc Kha" whose name blocks the rest of the person's (gen25b 002).
     * A village word after a lower-case word ("ở sóc Bù Nom", "ấp Sóc Ruộng") or at the head of a sentence is none.
     */
    private boolean withinAName(List<CoreLabel> tokens, List<List<String>> words, int i, int n) {
        if (!PlaceSpans.isCapitalised(tokens.get(i).word())) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            if (!PlaceSpans.isCapitalised(tokens.get(k).word())
                    || tokens.get(k).endPosition() + 1 < tokens.get(k + 1).beginPosition()) {
                return false;
            }
            TokenTrie.Match<String> surname = lex.surnames().longestMatch(words, k, n);
            if (surname != null && surname.end() <= i) {
                return true;
            }
        }
        return false;
    }

    /** How far before a country the title it closes may start: "Bộ trưởng Bộ Ngoại giao | Trung Quốc". */
    private static final int TITLE_REACH = 8;

    private static boolean titleBefore(boolean[] roleStart, int i) {
        for (int k = Math.max(0, i - TITLE_REACH); k < i; k++) {
            if (roleStart[k]) {
                return true;
            }
        }
        return false;
    }

    private static void mark(boolean[] blocked, int from, int to) {
        for (int k = from; k < to; k++) {
            blocked[k] = true;
        }
    }

    private PersonMention mention(List<CoreLabel> tokens, List<List<String>> words, int begin, int end) {
        // as written, so that a prefix set apart keeps its apostrophe on it: "K' Mák", not "K ' Mák"
        String name = surface(tokens, begin, end);
        Gender gender = Gender.UNKNOWN;
        String rank = null;
        List<String> honorifics = new ArrayList<>();
        int first = begin;
        while (true) {
            TokenTrie.Match<VnLexicon.Honorific> h = honorificEndingAt(words, first);
            if (h == null) {
                break;
            }
            String surface = surface(tokens, h.start(), h.end());
            honorifics.add(0, surface);
            if (h.value().gender() != Gender.UNKNOWN && gender == Gender.UNKNOWN) {
                gender = h.value().gender();
            }
            if (h.value().isRank() && rank == null) {
                rank = surface;
            }
            first = h.start();
        }
        return new PersonMention(name, gender, rank,
                honorifics.isEmpty() ? null : String.join(" ", honorifics),
                tokens.get(begin).beginPosition(), tokens.get(end - 1).endPosition(), begin, end, first);
    }

    private TokenTrie.Match<VnLexicon.Honorific> honorificEndingAt(List<List<String>> words, int end) {
        for (int start = Math.max(0, end - MAX_HONORIFIC_TOKENS); start < end; start++) {
            TokenTrie.Match<VnLexicon.Honorific> h = lex.honorifics().longestMatch(words, start, end);
            if (h != null && h.end() == end) {
                return h;
            }
        }
        return null;
    }

    private static String surface(List<CoreLabel> tokens, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from && tokens.get(k).beginPosition() > tokens.get(k - 1).endPosition()) {
                s.append(' ');
            }
            s.append(tokens.get(k).word());
        }
        return s.toString();
    }
}
