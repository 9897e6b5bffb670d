package org.w3id.vnkg.nlp;

import java.util.List;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Where the name of a place ends, after a level word or a party committee ("tỉnh Bắc Giang",
 * "Huyện ủy Lục Nam", "xã Tân Tiến"), when the text may go straight on with a person's name.
 * <pre>
 *   "Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn Sơn"   place = Hà Giang (a province)
 *   "Bí thư Huyện ủy Lục Nam Nguyễn Văn A"         place = Lục Nam (a run of 5 capitalised words: 2 + 3)
 *   "Phó Chủ tịch UBND tỉnh Nguyễn Văn A"          no place: "tỉnh" takes only a province
 *   "Phó Chủ tịch UBND huyện Nguyễn Văn A"         no place: a run of 3 that starts with a family name
 *   "Bí thư Thành ủy Điện Biên Phủ Phạm Đức Toàn"  place = Điện Biên Phủ (place-names.tsv), not the province Điện Biên
 * </pre>
 * Place names other than provinces are nearly always two syllables; a person's name is two to four
 * syllables starting with a family name.
 */
public final class PlaceSpans {
    private static final Pattern HYPHENED = Pattern.compile("\\p{Lu}[\\p{Ll}\\p{M}]*(?:-\\p{L}[\\p{Ll}\\p{M}]*)+");

    /** Lengths of a person's name, most common first. */
    static final int[] NAME_LENGTHS = {3, 4, 2};
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");
    private static final java.util.Set<String> NAME_ONLY = nameOnlyWords();
    /** The word before the last item of a list ("A, B và C"): group-words.tsv, use and. */
    private static final java.util.Set<String> AND_WORDS = wordsOfUse("and");
    /** "các": the plural before a level word whose places a list gives as examples (group-words.tsv, use plural). */
    private static final java.util.Set<String> PLURAL_WORDS = wordsOfUse("plural");
    /** "như": the word that opens that list after a few words of the level's own (group-words.tsv, use example). */
    private static final java.util.Set<String> EXAMPLE_WORDS = wordsOfUse("example");
    /** How many words of its own a plural level word may have before the word that opens its examples. */
    private static final int EXAMPLE_REACH = 6;

    private final VnLexicon lex;

    private static java.util.Set<String> nameOnlyWords() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : org.w3id.vnkg.lexicon.Tsv.load("name-only-words.tsv").column("word")) {
            out.add(TokenWords.ofToken(w).get(0));
        }
        return java.util.Set.copyOf(out);
    }

    private static java.util.Set<String> wordsOfUse(String use) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (java.util.Map<String, String> row : org.w3id.vnkg.lexicon.Tsv.load("group-words.tsv").rows()) {
            if (row.get("use").equals(use)) {
                out.add(row.get("word").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return java.util.Set.copyOf(out);
    }

    public PlaceSpans(VnLexicon lex) {
        this.lex = lex;
    }

    /** A capitalised syllable: "Giang", "A", "H'Hen"; not "DUY", "tỉnh" or "8/4". */
    /** True for a foreign name's word as the press transliterates it, syllables joined by hyphens: "Phông-sa-lỳ". */
    public static boolean isHyphened(String word) {
        return !word.isEmpty() && Character.getType(word.codePointAt(0)) == Character.UPPERCASE_LETTER
                && HYPHENED.matcher(word).matches();
    }

    /**
     * A capitalised syllable: an upper-case letter, then lower-case letters and marks, with one apostrophe that may
     * open a second capital ("Đắk", "H'Mông", "Ê’Đê"). Read by hand: it is asked of most tokens several times, and a
     * regex matcher for each was a visible part of the name finder (JFR).
     */
    public static boolean isCapitalised(String word) {
        if (word.isEmpty() || Character.getType(word.codePointAt(0)) != Character.UPPERCASE_LETTER) {
            return false;
        }
        int i = lowerRun(word, Character.charCount(word.codePointAt(0)));
        if (i < word.length() && (word.charAt(i) == '\'' || word.charAt(i) == '’')) {
            i++;
            if (i < word.length() && Character.getType(word.codePointAt(i)) == Character.UPPERCASE_LETTER) {
                i += Character.charCount(word.codePointAt(i));
            }
            i = lowerRun(word, i);
        }
        return i == word.length();
    }

    /** The end of the run of lower-case letters and marks from i. */
    private static int lowerRun(String word, int i) {
        while (i < word.length()) {
            int c = word.codePointAt(i);
            int type = Character.getType(c);
            if (type != Character.LOWERCASE_LETTER && type != Character.NON_SPACING_MARK
                    && type != Character.COMBINING_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                return i;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /** The province that starts at token i, or null. */
    public TokenTrie.Match<VnLexicon.Province> provinceAt(List<List<String>> words, int i, int limit) {
        return lex.provinces().longestMatch(words, i, limit);
    }

    /** Whether the name that runs from token {@code from} to {@code end} ends with a province's name. */
    public boolean endsWithProvince(List<List<String>> words, int from, int end) {
        for (int k = end - 1; k > from; k--) {
            TokenTrie.Match<VnLexicon.Province> p = provinceAt(words, k, end);
            if (p != null && p.end() == end) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of the place name that starts at token i (i itself when there is none), read after a level
     * word or a committee. Never crosses {@code limit}.
     *
     * @param provinceOnly the level word or body takes a province ("tỉnh", "Tỉnh ủy"), so that a run
     *                     of capitalised words that is no province is a person's name
     */
    public int placeEnd(List<CoreLabel> tokens, List<List<String>> words, int i, int limit, boolean provinceOnly) {
        int n = Math.min(limit, tokens.size());
        if (i >= n) {
            return i;
        }
        TokenTrie.Match<VnLexicon.Province> p = provinceAt(words, i, n);
        TokenTrie.Match<String> known = lex.placeNames().longestMatch(words, i, n);
        if (known != null && (p == null || known.end() > p.end())) {
            return known.end(); // "Thành ủy Điện Biên Phủ": a place whose name opens with its province's
        }
        if (p != null) {
            return p.end();
        }
        if (provinceOnly) {
            return i;
        }
        if (NUMBER.matcher(tokens.get(i).word()).matches()) {
            return i + 1; // "Quận 1", "phường 12"
        }
        int run = 0;
        while (i + run < n && isCapitalised(tokens.get(i + run).word())) {
            run++;
        }
        if (run == 0) {
            return i;
        }
        if (run >= 4) {
            // a place and a name run together: "TP Vinh Trần Quốc Chung", "Buôn Ma Thuột Hồ Thị Nguyên Thảo"
            int beforeName = nameAtEndOfRun(words, i, run, n);
            if (beforeName == 0 && run == 4 && nameOnly(words.get(i + 1))
                    && lex.surnames().longestMatch(words, i, n) != null) {
                // "HĐND thành phố Phùng Thị Hồng Hà": a family name and "Thị" open a person's name, never a place
                return i;
            }
            if (beforeName > 0 && nameOnly(words.get(i + beforeName - 1))) {
                // "thành phố Ngô Thị Doãn Thanh": the place would end in "Thị", so the name starts earlier
                return i + surnameBefore(words, i, beforeName - 1, n);
            }
            return i + (beforeName > 0 ? withDoubleSurname(words, i, run, beforeName) : 2);
        }
        boolean startsWithSurname = lex.surnames().longestMatch(words, i, n) != null;
        if (startsWithSurname && run == 3) {
            return i;
        }
        return joinedName(tokens, words, i + Math.min(run, 3), n);
    }

    /**
     * The end of the places listed after one named with its level word, at the same level: "ở huyện Đam Rông, Lạc
     * Dương", "các xã Ia Ka, Ia Kha và Ia Grai". Each is two capitalised words after a comma or "và", the length of
     * nearly every place name and of few full names, that no further capitalised word, title or name-only word
     * ("Thị") goes on with; {@code end} (the first place's end) when none follows.
     */
    public int listedPlacesEnd(List<CoreLabel> tokens, List<List<String>> words, int end, int limit) {
        int n = Math.min(limit, tokens.size());
        int at = end;
        while (at + 2 < n && (tokens.get(at).word().equals(",") || AND_WORDS.contains(tokens.get(at).word().toLowerCase(java.util.Locale.ROOT)))) {
            int j = at + 1;
            if (!isCapitalised(tokens.get(j).word()) || !isCapitalised(tokens.get(j + 1).word())
                    || j + 2 < n && isCapitalised(tokens.get(j + 2).word())
                    || nameOnly(words.get(j)) || nameOnly(words.get(j + 1))
                    || lex.roles().longestMatch(words, j, n) != null) {
                break;
            }
            at = j + 2;
        }
        return at;
    }

    /**
     * The end of the places a plural level word gives as examples after a few words of its own: "các xã khan hiếm nước
     * như Pả Vi, Xín Cái, Sơn Vĩ" (gen25c 001). The level word stands at {@code levelStart}, right after a plural, and
     * ends at {@code levelEnd}; lower-case words follow up to the word that opens the list, whose first item, as each
     * further one ({@link #listedPlacesEnd}), is two capitalised words that no further capitalised word, title or
     * name-only word goes on with. {@code levelEnd} when there is no such list.
     */
    public int exampledPlacesEnd(List<CoreLabel> tokens, List<List<String>> words, int levelStart, int levelEnd,
                                 int limit) {
        int n = Math.min(limit, tokens.size());
        if (levelStart == 0 || !PLURAL_WORDS.contains(tokens.get(levelStart - 1).word().toLowerCase(java.util.Locale.ROOT))) {
            return levelEnd;
        }
        for (int j = levelEnd; j < n && j <= levelEnd + EXAMPLE_REACH; j++) {
            String w = tokens.get(j).word();
            if (EXAMPLE_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                int first = j + 1;
                if (first + 1 >= n || !isCapitalised(tokens.get(first).word()) || !isCapitalised(tokens.get(first + 1).word())
                        || first + 2 < n && isCapitalised(tokens.get(first + 2).word())
                        || nameOnly(words.get(first)) || nameOnly(words.get(first + 1))
                        || lex.roles().longestMatch(words, first, n) != null) {
                    return levelEnd;
                }
                return listedPlacesEnd(tokens, words, first + 2, n);
            }
            if (w.isEmpty() || !Character.isLetter(w.codePointAt(0)) || Character.isUpperCase(w.codePointAt(0))) {
                return levelEnd; // a comma, a number or a name ends the level's own words
            }
        }
        return levelEnd;
    }

    /**
     * The end of a place named with its former town after a spaced dash, as the communes and wards of 2025
     * are ("phường Xuân Hương - Đà Lạt"): two capitalised words that start no title and end the run.
     */
    private int joinedName(List<CoreLabel> tokens, List<List<String>> words, int end, int n) {
        int j = end + 1;
        if (j + 2 > n || !tokens.get(end).word().equals("-")
                || tokens.get(end).beginPosition() == tokens.get(end - 1).endPosition()
                || !isCapitalised(tokens.get(j).word()) || !isCapitalised(tokens.get(j + 1).word())
                || j + 2 < n && isCapitalised(tokens.get(j + 2).word())
                || lex.roles().longestMatch(words, j, n) != null) {
            return end;
        }
        return j + 2;
    }

    /**
     * After "Thành ủy", which names a province (Thành ủy Hải Phòng) or a province's city (Thành ủy Vinh): a
     * province, or a place that does not start with a family name, so that "Bí thư Thành ủy Lê An" stays a
     * person, unless the article names the place after its level word ("thị xã Từ Sơn": {@link
     * VnAnnotations.KnownPlaceAnnotation}).
     */
    public int cityPlaceEnd(List<CoreLabel> tokens, List<List<String>> words, int i, int limit) {
        int n = Math.min(limit, tokens.size());
        if (i >= n || provinceAt(words, i, n) != null || lex.placeNames().longestMatch(words, i, n) != null) {
            return placeEnd(tokens, words, i, limit, true);
        }
        Integer known = tokens.get(i).get(VnAnnotations.KnownPlaceAnnotation.class);
        if (known != null && i + known <= n) {
            return i + known; // "Thành ủy Từ Sơn" in a story that writes "thị xã Từ Sơn"
        }
        if (lex.surnames().longestMatch(words, i, n) != null) {
            return i;
        }
        return placeEnd(tokens, words, i, limit, false);
    }

    /** True when a run of words holds a word only names hold ("Phùng Thị Hồng"): a person's name, never a place's. */
    public static boolean holdsNameOnlyWord(String run) {
        for (String w : run.split("[ \\u00a0]+")) {
            if (!w.isEmpty() && nameOnly(TokenWords.ofToken(w))) {
                return true;
            }
        }
        return false;
    }

    private static boolean nameOnly(List<String> keys) {
        return keys.stream().anyMatch(NAME_ONLY::contains);
    }

    /** The last family name at or before {@code i + k} (0 when none, or when it is the run's first word). */
    private int surnameBefore(List<List<String>> words, int i, int k, int n) {
        for (int j = k - 1; j >= 0; j--) {
            if (lex.surnames().longestMatch(words, i + j, n) != null) {
                return j;
            }
        }
        return 0;
    }

    /**
     * Where a name found at {@code i + k} starts when it carries a double family name: the family names of the
     * father and the mother ("Lương Nguyễn Minh Triết", "Trần Lê Quang") or of a lineage ("Tôn Nữ Thị Ninh")
     * stand side by side. "thành phố Lương Nguyễn Minh Triết" is all one name, the place not written; "quận Hải
     * Châu Lương Nguyễn Minh Triết" keeps a place of two words. A place of one word is too short to give one up
     * ("huyện Kim Sơn Nguyễn Văn Bình": Sơn is a family name, but Kim alone is no district), and a name stays
     * within four words.
     */
    private int withDoubleSurname(List<List<String>> words, int i, int run, int k) {
        for (int j = k - 1; j >= Math.max(0, k - 2); j--) {
            TokenTrie.Match<String> first = lex.surnames().longestMatch(words, i + j, i + k);
            if (first != null && first.end() == i + k && (j == 0 || j >= 2) && run - j <= 4) {
                return j;
            }
        }
        return k;
    }

    /**
     * Where a person's name starts inside a run of {@code run} capitalised words at i, so that the place before
     * it keeps one to three words: a family name whose name (with it) ends the run, three words long if one
     * is, else four, else two. 0 when none.
     */
    private int nameAtEndOfRun(List<List<String>> words, int i, int run, int n) {
        for (int nameLength : NAME_LENGTHS) {
            int k = run - nameLength;
            if (k >= 1 && k <= 3 && lex.surnames().longestMatch(words, i + k, n) != null) {
                return k;
            }
        }
        return 0;
    }
}
