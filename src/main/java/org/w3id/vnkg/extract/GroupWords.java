package org.w3id.vnkg.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.w3id.vnkg.lexicon.Tsv;

/**
 * The function words of the title grammar around groups and inverted titles, by use (lexicon/group-words.tsv):
 * {@code group} ("các"), {@code list} ("gồm"), {@code holder} ("là").
 * <pre>
 *   GroupWords.load().is("holder", "là")   // true: "Trưởng Ban Pháp chế HĐND tỉnh là bà X"
 * </pre>
 */
final class GroupWords {
    private final Map<String, Set<String>> byUse;

    private GroupWords(Map<String, Set<String>> byUse) {
        this.byUse = byUse;
    }

    static GroupWords load() {
        Map<String, Set<String>> byUse = new HashMap<>();
        for (Map<String, String> row : Tsv.load("group-words.tsv").rows()) {
            byUse.computeIfAbsent(row.get("use"), k -> new HashSet<>()).add(row.get("word").toLowerCase(Locale.ROOT));
        }
        return new GroupWords(byUse);
    }

    /** Whether the token is a word of that use, whatever its case. */
    boolean is(String use, String token) {
        Set<String> words = byUse.get(use);
        if (words == null) {
            throw new IllegalArgumentException("group-words.tsv has no word of use " + use);
        }
        return words.contains(token.toLowerCase(Locale.ROOT));
    }
}
