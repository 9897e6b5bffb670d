package org.w3id.vnkg.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

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
    private final Map<String, String> writtenByUse;

    private GroupWords(Map<String, Set<String>> byUse, Map<String, String> writtenByUse) {
        this.byUse = byUse;
        this.writtenByUse = writtenByUse;
    }

    static GroupWords load() {
        Map<String, Set<String>> byUse = new HashMap<>();
        Map<String, String> written = new HashMap<>();
        for (Map<String, String> row : Tsv.load("group-words.tsv").rows()) {
            byUse.computeIfAbsent(row.get("use"), k -> new HashSet<>()).add(row.get("word").toLowerCase(Locale.ROOT));
            written.putIfAbsent(row.get("use"), row.get("word"));
        }
        return new GroupWords(byUse, written);
    }

    /** The (first) word of that use as group-words.tsv writes it: the membership role "Ủy viên". */
    String written(String use) {
        String w = writtenByUse.get(use);
        if (w == null) {
            throw new IllegalArgumentException("group-words.tsv has no word of use " + use);
        }
        return w;
    }

    /** The words of that use as a regular expression alternation, for a pattern over text (lower case). */
    String alternation(String use) {
        Set<String> words = byUse.get(use);
        if (words == null) {
            throw new IllegalArgumentException("group-words.tsv has no word of use " + use);
        }
        return String.join("|", words.stream().sorted().map(java.util.regex.Pattern::quote).toList());
    }

    /**
     * Where a word of that use written as one or more tokens ("đã", "tiếp tục") that starts at token {@code k} ends,
     * the longest first; -1 when none starts there.
     */
    int phraseEnd(String use, List<CoreLabel> tokens, int k, int limit) {
        Set<String> words = byUse.get(use);
        if (words == null) {
            throw new IllegalArgumentException("group-words.tsv has no word of use " + use);
        }
        int best = -1;
        for (String w : words) {
            String[] parts = w.split(" ");
            int end = k + parts.length;
            if (end <= limit && end > best) {
                boolean all = true;
                for (int i = 0; i < parts.length && all; i++) {
                    all = parts[i].equals(tokens.get(k + i).word().toLowerCase(Locale.ROOT));
                }
                if (all) {
                    best = end;
                }
            }
        }
        return best;
    }

    /** The words of that use, in lower case. */
    Set<String> words(String use) {
        Set<String> words = byUse.get(use);
        if (words == null) {
            throw new IllegalArgumentException("group-words.tsv has no word of use " + use);
        }
        return words;
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
