package org.w3id.vnkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3id.vnkg.lexicon.Tsv;

/**
 * The grammar words of {@code lexicon/figure-words.tsv}, compiled into the patterns {@link FigureExtractor}
 * reads indicators with. The patterns' shape (where a word may stand) is code; the words are data.
 * <pre>
 *   trailingFunctionWords: "Thu ngân sách ước đạt khoảng" -> "Thu ngân sách"
 *   trailingChange:        "Tỷ lệ hộ nghèo giảm còn"     -> noun "Tỷ lệ hộ nghèo", change "giảm", level "còn"
 *   review:                "sơ kết 3 năm thực hiện Nghị quyết" -> 3 years, "Nghị quyết"
 * </pre>
 */
final class FigureWords {
    private static final FigureWords DEFAULT = new FigureWords(Tsv.load("figure-words.tsv"), Tsv.load("scales.tsv"));

    final Pattern review;
    final Pattern rankingBefore;
    final Pattern countingVerb;
    final Pattern trailingChange;
    final Pattern scaleWords;
    final Pattern trailingFunctionWords;
    final Pattern leadingFunctionWords;
    final Set<String> verbsOnly;
    final Pattern reviewCue;
    final Pattern localWord;
    /** "vượt 90% so với kế hoạch": group 1 the plan noun, after "vượt" and before it */
    final Pattern exceeds;
    final Pattern exceedsPlanNoun;
    final Set<String> targetNouns;

    FigureWords(Tsv words, Tsv scales) {
        Map<String, List<String>> byClass = new LinkedHashMap<>();
        for (Map<String, String> row : words.rows()) {
            byClass.computeIfAbsent(row.get("class"), c -> new ArrayList<>()).add(row.get("word"));
        }
        review = Pattern.compile("(?iu)(?:sơ kết|tổng kết)\\s+(\\d{1,2})\\s+năm\\s+(?:triển khai\\s+)?thực hiện\\s+("
                + alternation(words, byClass, "reviewed") + ")");
        // applied to a key (lower case): "đứng đầu ", "xếp thứ 6 " before "cả nước"
        rankingBefore = Pattern.compile("(?:(?:" + alternation(words, byClass, "ranking") + ")(?: thứ \\S+)?) $");
        countingVerb = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternation(words, byClass, "counting") + ")$");
        trailingChange = Pattern.compile("(?iu)\\s(" + alternation(words, byClass, "change") + ")(\\s+(?:"
                + alternation(words, byClass, "change-level") + "))?(?:\\s+(?:"
                + alternation(words, byClass, "change-filler") + "))?\\s*$");
        scaleWords = Pattern.compile("(?iu)^(?:" + alternation(scales.column("word")) + ")\\s+");
        trailingFunctionWords = Pattern.compile("(?iu)(?:\\s+(?:" + alternation(words, byClass, "trailing") + "))+\\s*$");
        leadingFunctionWords = Pattern.compile("(?iu)^\\s*(?:(?:" + alternation(words, byClass, "leading")
                + ")\\s*[,:]?\\s+)+");
        reviewCue = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternation(words, byClass, "review-cue") + ")(?![\\p{L}])");
        exceeds = Pattern.compile("(?iu)^[\\s,]*(?:" + alternation(words, byClass, "exceeds") + ")\\s*$");
        List<String> nouns = new ArrayList<>(byClass.getOrDefault("plan-noun-plan", List.of()));
        nouns.addAll(byClass.getOrDefault("plan-noun-target", List.of()));
        exceedsPlanNoun = Pattern.compile("(?iu)^\\s*(?:so với\\s+)?(" + alternation(nouns) + ")(?![\\p{L}])");
        targetNouns = Set.copyOf(byClass.getOrDefault("plan-noun-target", List.of()));
        localWord = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternation(words, byClass, "local") + ")(?![\\p{L}])");
        verbsOnly = Set.copyOf(byClass.getOrDefault("verb-only", List.of()));
    }

    static FigureWords standard() {
        return DEFAULT;
    }

    private static String alternation(Tsv table, Map<String, List<String>> byClass, String wordClass) {
        List<String> list = byClass.get(wordClass);
        if (list == null) {
            throw new IllegalArgumentException(table.name() + ": no word of class '" + wordClass + "'");
        }
        return alternation(list);
    }

    /** Longest first, so "đạt được" is tried before "đạt" and "xuống còn" before "xuống". */
    private static String alternation(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return String.join("|", sorted.stream().map(Pattern::quote).toList());
    }
}
