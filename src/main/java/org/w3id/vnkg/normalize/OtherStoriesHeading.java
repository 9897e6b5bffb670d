package org.w3id.vnkg.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The heading of a box of other stories as sites compose it: a word for stories and one or more words that say
 * which, "Tin bài cùng chuyên mục", "Các tin liên quan", "Tin tức khác", "Bài viết cùng chủ đề", "Tin mới",
 * "Tin đọc nhiều". Each site writes its own combination, so the parts are listed, not the headings
 * ({@code lexicon/boilerplate.tsv}, kinds {@code heading-plural}, {@code heading-word}, {@code heading-qualifier}).
 * Matched on a whole line's key: "Tin mới" is such a heading, "Tin mới về đại hội" is not.
 */
final class OtherStoriesHeading {
    private final List<String> plurals;
    private final List<String> words;
    private final List<String> qualifiers;

    OtherStoriesHeading(Iterable<Map<String, String>> rows) {
        List<String> p = new ArrayList<>();
        List<String> w = new ArrayList<>();
        List<String> q = new ArrayList<>();
        for (Map<String, String> row : rows) {
            String key = TextNormalizer.key(row.get("marker"));
            switch (row.get("kind")) {
                case "heading-plural" -> p.add(key);
                case "heading-word" -> w.add(key);
                case "heading-qualifier" -> q.add(key);
                default -> { }
            }
        }
        // longest first, so that "tin bài" is tried before "tin" and "mới nhất" before "mới"
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
        p.sort(longestFirst);
        w.sort(longestFirst);
        q.sort(longestFirst);
        this.plurals = List.copyOf(p);
        this.words = List.copyOf(w);
        this.qualifiers = List.copyOf(q);
    }

    /** Whether the key of a line (trailing punctuation and a count already stripped) is such a heading. */
    boolean matches(String key) {
        int at = skip(key, 0, plurals);
        int afterWord = skip(key, at, words);
        if (afterWord == at) {
            return false;
        }
        int qualified = 0;
        for (int pos = afterWord; pos < key.length(); qualified++) {
            int next = skip(key, pos, qualifiers);
            if (next == pos) {
                return false;
            }
            pos = next;
        }
        return qualified > 0;
    }

    /** The position after one of the phrases at {@code from} (and the space after it), or {@code from} if none is there. */
    private static int skip(String key, int from, List<String> phrases) {
        for (String phrase : phrases) {
            if (key.startsWith(phrase, from)) {
                int end = from + phrase.length();
                if (end == key.length()) {
                    return end;
                }
                if (key.charAt(end) == ' ') {
                    return end + 1;
                }
            }
        }
        return from;
    }
}
