package org.w3id.vnkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.w3id.vnkg.lexicon.Tsv;

/**
 * The words that place a day in a story, from {@code lexicon/time-words.tsv}, as {@link DateExpressions} builds
 * its patterns from them: "Sáng 8/4", "hôm 5/6", "từ 5/6 đến 8/6", "chiều nay", "hôm qua".
 * <pre>
 *   alternation("day-part")  -> "\Qchiều\E|\Qđêm\E|..."  (each word quoted, spaces as \s+)
 *   daysBack("qua")          -> 1
 * </pre>
 */
final class TimeWords {
    private static final Set<String> KINDS = Set.of("day", "day-part", "day-ago", "bound", "relative", "and", "within",
            "future", "plan", "just-past", "last-week");
    private static final TimeWords STANDARD = new TimeWords(Tsv.load("time-words.tsv"));

    private final Map<String, List<String>> byKind = new HashMap<>();
    private final Map<String, Integer> daysBack = new HashMap<>();

    TimeWords(Tsv tsv) {
        for (Map<String, String> row : tsv.rows()) {
            String word = row.get("word").toLowerCase(Locale.ROOT);
            String kind = row.get("kind");
            if (!KINDS.contains(kind)) {
                throw new IllegalArgumentException("time-words.tsv: unknown kind " + kind + " of " + word);
            }
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(word);
            if (kind.equals("relative")) {
                daysBack.put(word, Integer.parseInt(row.get("days_back")));
            }
        }
        for (String kind : KINDS) {
            if (!byKind.containsKey(kind)) {
                throw new IllegalArgumentException("time-words.tsv: no word of kind " + kind);
            }
        }
    }

    static TimeWords standard() {
        return STANDARD;
    }

    /** The words of these kinds. */
    List<String> words(String... kinds) {
        List<String> out = new ArrayList<>();
        for (String kind : kinds) {
            out.addAll(byKind.getOrDefault(kind, List.of()));
        }
        return out;
    }

    /** The words of these kinds as a regex alternation without groups, longest first so none hides a longer one. */
    String alternation(String... kinds) {
        return alternationOf(words(kinds));
    }

    /** The relative words that count back from the day of publication ("nay", "qua"), not forward ("mai"). */
    List<String> past() {
        return daysBack.entrySet().stream().filter(e -> e.getValue() >= 0).map(Map.Entry::getKey).sorted().toList();
    }

    String pastAlternation() {
        return alternationOf(past());
    }

    /** How many days before publication a relative word names: "nay" 0, "qua" 1. */
    int daysBack(String word) {
        Integer n = daysBack.get(word.toLowerCase(Locale.ROOT));
        if (n == null) {
            throw new IllegalArgumentException("not a relative day word of time-words.tsv: " + word);
        }
        return n;
    }

    private static String alternationOf(List<String> words) {
        return words.stream().sorted((a, b) -> b.length() - a.length())
                .map(w -> Pattern.compile(" ").splitAsStream(w).map(Pattern::quote).collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|"));
    }
}
