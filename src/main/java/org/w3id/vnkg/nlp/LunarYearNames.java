package org.w3id.vnkg.nlp;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.w3id.vnkg.normalize.CalendarWords;

/**
 * The names of lunar years, a heavenly stem then an earthly branch ("Giáp Thìn", "Quý Mão"): kinds year-stem and
 * year-branch of {@code lexicon/calendar-words.tsv}. "Tết Giáp Thìn" reads like a person of the Giáp family.
 */
final class LunarYearNames {
    private static final Set<String> STEMS = keys("year-stem");
    private static final Set<String> BRANCHES = keys("year-branch");

    private LunarYearNames() {
    }

    /** Whether two tokens' key words ({@link TokenWords#ofToken}) are a stem and a branch. */
    static boolean isYear(List<String> first, List<String> second) {
        return first.size() == 1 && second.size() == 1 && STEMS.contains(first.get(0))
                && BRANCHES.contains(second.get(0));
    }

    private static Set<String> keys(String kind) {
        return CalendarWords.standard().words(kind).stream().map(LunarYearNames::key)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String key(String word) {
        List<String> k = TokenWords.ofToken(word);
        if (k.size() != 1) {
            throw new IllegalStateException("calendar-words.tsv: a year's stem or branch is one word: " + word);
        }
        return k.get(0);
    }
}
