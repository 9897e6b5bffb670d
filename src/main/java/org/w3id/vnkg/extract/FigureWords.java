package org.w3id.vnkg.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.vnkg.facts.Figure;
import org.w3id.vnkg.lexicon.Tsv;
import org.w3id.vnkg.nlp.TokenWords;

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
    /** Up to four words after a number: "38.742 |hộ thoát nghèo". */
    private static final Pattern FIRST_WORDS = Pattern.compile("(?u)\\s*(?:[\\p{L}\\p{M}]+\\s*){0,4}");
    private static final FigureWords DEFAULT = new FigureWords(Tsv.load("figure-words.tsv"), Tsv.load("scales.tsv"),
            Tsv.load("speech-verbs.tsv"));

    /** A plan noun ending a text, with up to two words of its own: the period after it is the plan's. */
    private final Pattern planNounBefore;
    /** A plan noun opening an indicator, after a word of a total or not: "Tổng kế hoạch vốn ...", "Dự toán thu ...". */
    private final Pattern planNounHead;
    /** The words between a counted group and the bound of its class: " có tỷ lệ giải ngân trên ". */
    private final Pattern thresholdOfGroup;
    private final Pattern totalWord;
    final WordStartMatcher review;
    final Pattern rankingBefore;
    final Pattern countingVerb;
    final Pattern trailingChange;
    final Pattern scaleWords;
    final Pattern trailingFunctionWords;
    final Pattern leadingFunctionWords;
    final Set<String> verbsOnly;
    /** Change verbs written after their noun ("tăng", "giảm"), whole. */
    final Set<String> changeVerbs;
    /** What a bare level is compared with when nothing follows it: "mục tiêu". */
    final String planBase;
    /** The nouns an indicator is named with when the text gives none before its number: "tổng số", "tỷ lệ", "số". */
    final String totalName;
    final String rateName;
    final String countName;
    final WordStartMatcher reviewCue;
    final Pattern localWord;
    /** "56 tỉnh, thành phố": provinces and cities named together, which a story about the whole country speaks of. */
    private final Pattern localPlural;
    /** A count before a local word ("28 tỉnh", "6 thành phố"): that many places, not one. */
    private final Pattern countedPlace;
    /** countedPlace tried only at digits: run over whole stories, its look-behind at every character cost 2% (JFR). */
    private final WordStartMatcher countedPlaceAt;
    /** The plurals folded: a match of localPlural holds one of them, or a counted place, where it stands. */
    private final List<String> pluralFolded;
    /** localWord where a local word can begin (their first words). */
    private final WordStartMatcher localWordAt;
    /** "vượt 90% so với kế hoạch": group 1 the plan noun, after "vượt" and before it */
    final Pattern exceeds;
    final Pattern exceedsPlanNoun;
    final Set<String> targetNouns;
    private final Pattern planNoun;
    /** "vượt", "hoàn thành": verbs of meeting a target, after which "mục tiêu" is what was met, not a plan. */
    private final List<String> meets;
    private final List<String> purposes;
    /** A meeting verb before a plan noun: "vượt |chỉ tiêu| Nghị quyết (5.000 đảng viên)", "chưa đạt mục tiêu". */
    private final Pattern metPlan;
    /** "Trong đó, thu nội địa ...": a sentence that breaks down the figure before it, at its start. */
    private final Pattern breakdown;
    /** "riêng quý II tăng 5,12%": a clause set apart from the running report, at its start. */
    private final Pattern aside;
    /** "Theo đó, Long An đạt 69,64 điểm": a sentence that goes on with what the sentence before announced, at its start. */
    private final Pattern followUp;
    private final Pattern perfective;
    /** "Bộ Nông nghiệp và Phát triển nông thôn", "Tổng cục Thống kê": a national source, as written (case counts). */
    private final Pattern nationalSource;
    /** "Trung ương", "Quốc hội": a national body a headline names (national-body). */
    private final Pattern nationalBody;
    /** "theo", "cũng theo": the words before the body a sentence's figures come from (source), as key words. */
    private final List<List<String>> sourceOpeners;
    /** "tại Hà Nội": the capital where national bodies meet (seat). */
    private final Pattern seat;
    /** ", tại TP Hạ Long (Quảng Ninh),": a place set off by commas where a body met (venue). */
    private final Pattern venue;
    /** "tiếp theo là": the words before the next province of a ranked list, at the start of a clause. */
    final Pattern listNext;
    /** "tỉnh có diện tích lớn nhất là Lâm Đồng với hơn": group 1 the place a ranked figure after "với" is of. */
    final Pattern rankedPlace;
    /** "mỗi năm", "hằng năm": a figure of each year of a span. */
    final List<String> perYear;
    /** "trong nhiệm kỳ", "cả nhiệm kỳ" written without the term's years. */
    private final Pattern wholeTerm;
    /** "của": the word between a figure and the time it is of ("5,32% của năm 2009"), which dates that figure alone. */
    final List<String> ownTime;
    /** "mức": the noun of a level right before its figure ("mức 7,2% cùng kỳ năm ngoái"). */
    final List<String> levelNoun;
    /** "(giá so sánh năm |2010)": the words a year of constant prices follows, which date no figure. */
    private final Pattern priceBaseEnd;
    /** "chiếm khoảng |1/3| tổng thu": a fraction after a share verb, group 1 its part, group 2 its whole. */
    private final Pattern shareFraction;
    /** "kết nạp", "thoát nghèo", "huy động": a figure of things done over its period, not a state at its end. */
    private final Pattern done;
    /**
     * "Toàn huyện có |", "dân số hơn |", "có tổng đàn heo hơn |": the words of a state right before its figure (state,
     * state-noun and up to two words naming what it holds, state-filler).
     */
    private final Pattern stateBefore;
    /** "... doanh nghiệp mới", "... được công nhận": what a figure counts is new in its period (state-new). */
    private final Pattern stateNew;
    /** "Sau 6 tháng ...": a sentence opening with a time elapsed (elapsed, elapsed-unit). */
    private final Pattern elapsedOpening;
    /** "8.600 ha| cà phê, |2.100 ha xoài", "gồm 82 xã| và |20 phường": the words between two figures of a list. */
    private final Pattern listJoiner;
    /** "giảm |từ |21,52%": the words before the first level of a change from one level to another, ending a text. */
    private final Pattern levelFrom;
    /** "21,52%| đầu nhiệm kỳ xuống còn |6,84%": a few words with no number, then the word of the level reached. */
    private final Pattern levelTo;
    /** "| trở lên của cả nước": the country's, written right after a figure (national-after, after-number). */
    private final Pattern nationalAfter;
    /** "chiếm", "bằng": a share verb before a figure (share). */
    private final Pattern shareVerb;
    /** "kết quả", "thực hiện": a list of these is of results, though it names "chỉ tiêu". */
    private final List<String> resultWords;
    /** "so với": the words after which a period, a status or a plan is the base a figure is compared with. */
    final List<String> comparison;
    /** The comparison word an indicator is written with ("tăng 8,3%" -> "... so với cùng kỳ"): the shortest. */
    final String comparisonWord;
    /** Where the words after a bare number that name what it counts end: " tăng ", " so với ". */
    final Pattern followStop;
    /** "ông A cho biết |": a verb of speech (speech-verbs.tsv) ending the text, after which the reported clause opens. */
    private final Pattern speechVerbEnd;
    /** How far before a word a comparison word can start and still govern it ("so với kế hoạch"). */
    final int comparisonReach;

    FigureWords(Tsv words, Tsv scales, Tsv speechVerbs) {
        speechVerbEnd = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternation(speechVerbs.column("verb")) + ")\\s*$");
        Map<String, List<String>> byClass = new LinkedHashMap<>();
        for (Map<String, String> row : words.rows()) {
            byClass.computeIfAbsent(row.get("class"), c -> new ArrayList<>()).add(row.get("word"));
        }
        comparison = List.copyOf(words(words, byClass, "comparison"));
        comparisonWord = comparison.stream().min(Comparator.comparingInt(String::length)).orElseThrow();
        comparisonReach = comparison.stream().mapToInt(String::length).max().orElseThrow() + 2;
        // "sơ kết", "tổng kết": the verbs of a review, which the story's reviewed period and span follow
        List<String> reviewVerbs = words(words, byClass, "review-verb");
        followStop = Pattern.compile("\\s+(?:" + alternation(words, byClass, "clause-verb") + "|"
                + alternation(comparison) + ")\\s");
        // tried at the review verbs' starts only, not at every character of the story after the first one (JFR: 1.2%)
        review = new WordStartMatcher(Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternation(reviewVerbs)
                + ")\\s+(\\d{1,2})\\s+năm\\s+(?:triển khai\\s+)?thực hiện\\s+(" + alternation(words, byClass, "reviewed")
                + ")"), false, reviewVerbs.toArray(String[]::new));
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
        // tried at the cue words' starts only: a scan of every sentence's every character was 1.7% of extraction (JFR)
        reviewCue = new WordStartMatcher(Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternation(words, byClass, "review-cue")
                + ")(?![\\p{L}])"), false, words(words, byClass, "review-cue").toArray(String[]::new));
        exceeds = Pattern.compile("(?iu)^[\\s,]*(?:" + alternation(words, byClass, "exceeds") + ")\\s*$");
        List<String> nouns = new ArrayList<>(byClass.getOrDefault("plan-noun-plan", List.of()));
        nouns.addAll(byClass.getOrDefault("plan-noun-target", List.of()));
        exceedsPlanNoun = Pattern.compile("(?iu)^\\s*(?:(?:" + alternation(comparison) + ")\\s+)?(" + alternation(nouns) + ")(?![\\p{L}])");
        targetNouns = Set.copyOf(byClass.getOrDefault("plan-noun-target", List.of()));
        meets = List.copyOf(words(words, byClass, "meets"));
        purposes = List.copyOf(words(words, byClass, "purpose"));
        metPlan = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternation(words, byClass, "meets") + ")\\s+(?:"
                + alternation(nouns) + ")(?![\\p{L}])");
        perYear = List.copyOf(words(words, byClass, "per-year"));
        wholeTerm = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternation(words, byClass, "whole-term")
                + ")(?![\\p{L}])(?!\\s*(?:\\d|(?-i:[IVXLC]+)(?![\\p{L}])))");
        ownTime = List.copyOf(words(words, byClass, "own-time"));
        levelNoun = List.copyOf(words(words, byClass, "level-noun"));
        priceBaseEnd = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternation(words, byClass, "price-base") + ")(?:\\s+năm)?\\s*$");
        List<String> doneWords = new ArrayList<>(words(words, byClass, "counting"));
        doneWords.addAll(words(words, byClass, "done"));
        shareFraction = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternation(words, byClass, "share") + ")(?:\\s+(?:"
                + alternation(words, byClass, "share-filler") + "))*\\s+(\\d)/(\\d{1,2})(?![\\d/.,])(?=\\s+\\p{L})");
        done = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternation(doneWords) + ")(?![\\p{L}])");
        // not after a change: "giảm còn 3%" is the level the change reached
        stateBefore = Pattern.compile("(?iu)(?<![\\p{L}])(?<!(?:" + alternation(words, byClass, "change")
                + ")\\s)(?<!(?:" + alternation(words, byClass, "breakdown") + ")\\s)(?:"
                + alternation(words, byClass, "state") + ")(?:\\s+(?:" + alternation(words, byClass, "state-noun")
                + ")(?:\\s+\\p{L}+){0,2})?(?:\\s+(?:"
                + alternation(words, byClass, "state-filler") + "))?\\s*$");
        listJoiner = Pattern.compile("(?iu)[\\p{L}\\p{M} ]*?(?:,|(?<![\\p{L}])(?:"
                + alternation(words, byClass, "list-joiner") + "))\\s*(?:(?:" + alternation(words, byClass, "state-noun")
                + ")(?:\\s+\\p{L}+){0,2}\\s+(?:(?:" + alternation(words, byClass, "state-filler") + ")\\s+)?)?");
        nationalAfter = Pattern.compile("(?iu)\\s*(?:(?:" + alternation(words, byClass, "after-number") + ")\\s+)?(?:"
                + alternation(words, byClass, "national-after") + ")(?![\\p{L}])");
        shareVerb = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternation(words, byClass, "share") + ")(?![\\p{L}])");
        elapsedOpening = Pattern.compile("(?iu)\\s*(?:" + alternation(words, byClass, "elapsed") + ")\\s+\\d+\\s+(?:"
                + alternation(words, byClass, "elapsed-unit") + ")(?![\\p{L}])");
        stateNew = Pattern.compile("(?iu)^[^,;.]*?(?<![\\p{L}])(?:" + alternation(words, byClass, "state-new")
                + ")(?![\\p{L}])");
        rankedPlace = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternation(words, byClass, "ranked")
                + ")\\s+(\\p{Lu}.{0,40}?)\\s+với(?:\\s+\\p{L}+)?\\s*$");
        listNext = Pattern.compile("(?iu)^[\\s,;)]*(?:(?:" + alternation(words, byClass, "list-next") + ")\\s+)?");
        resultWords = List.copyOf(words(words, byClass, "result"));
        levelFrom = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternation(words, byClass, "level-from") + ")\\s*$");
        levelTo = Pattern.compile("(?iu)\\s*(?:[\\p{L}\\p{M}]+\\s+){0,4}?(?<![\\p{L}])(?:"
                + alternation(words, byClass, "level-to") + ")\\s*");
        // "kế hoạch vốn |năm 2024", "dự toán |năm 2026": up to two words between, none that opens a time ("mục tiêu đến năm 2020")
        planNounBefore = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternation(nouns) + ")(?:\\s+(?!(?:"
                + org.w3id.vnkg.normalize.CalendarWords.standard().alternation("from", "to", "through", "reckon")
                + ")(?![\\p{L}]))\\p{L}+){0,2}\\s+$");
        thresholdOfGroup = Pattern.compile("(?iu)^\\s*(?:" + alternation(words, byClass, "has") + ")\\s[^,;:()]*?(?<![\\p{L}])(?:"
                + alternation(words, byClass, "threshold") + ")\\s*$");
        totalWord = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternation(words, byClass, "total") + ")(?![\\p{L}])");
        planNounHead = Pattern.compile("(?iu)^\\s*(?:(?:" + alternation(words, byClass, "total") + ")\\s+)?("
                + alternation(nouns) + ")(?![\\p{L}])");
        planNoun = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternation(nouns) + ")(?![\\p{L}])");
        // case-sensitive: "Bộ Công Thương" is a ministry, "cán bộ", "toàn bộ" are not
        nationalSource = Pattern.compile("(?<![\\p{L}])(?:" + alternation(words, byClass, "national-source")
                + ")\\s+\\p{Lu}");
        nationalBody = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternation(words, byClass, "national-body") + ")(?![\\p{L}])");
        sourceOpeners = words(words, byClass, "source").stream().map(TokenWords::ofPhrase)
                .sorted(Comparator.comparingInt(List<String>::size).reversed()).toList();
        seat = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternation(words, byClass, "seat") + ")(?![\\p{L}])");
        venue = Pattern.compile("(?iu)(?<=,|^)\\s*(?:" + alternation(words, byClass, "venue") + ")\\s[^,\\n]{1,60},",
                Pattern.MULTILINE);
        breakdown = Pattern.compile("(?iu)^\\s*(?:" + alternation(words, byClass, "breakdown") + ")(?![\\p{L}])");
        aside = Pattern.compile("(?iu)^\\s*(?:" + alternation(words, byClass, "aside") + ")(?![\\p{L}])");
        followUp = Pattern.compile("(?iu)^\\s*(?:" + alternation(words, byClass, "follow-up") + ")(?![\\p{L}])");
        perfective = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternation(words, byClass, "perfective") + ")(?![\\p{L}])");
        localWord = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternation(words, byClass, "local") + ")(?![\\p{L}])");
        // "các huyện nghèo", "nhiều tỉnh": a local word after a plural marker speaks of many places, not of one
        List<String> markedPlurals = new ArrayList<>();
        List<String> places = new ArrayList<>(words(words, byClass, "local"));
        places.addAll(words(words, byClass, "local-plural")); // "các tỉnh, thành phố" whole, not "các tỉnh" + "thành phố"
        for (String marker : words(words, byClass, "plural-marker")) {
            for (String local : places) {
                markedPlurals.add(marker + " " + local);
            }
        }
        markedPlurals.addAll(words(words, byClass, "local-plural"));
        markedPlurals.sort(Comparator.comparingInt(String::length).reversed());
        // "gồm 28 tỉnh và 6 thành phố": a count before a local word is that many places too
        countedPlace = Pattern.compile("(?iu)(?<![\\p{L}\\d.,])\\d+\\s+(?:" + alternation(places) + ")(?![\\p{L}])");
        countedPlaceAt = new WordStartMatcher(countedPlace, true);
        localPlural = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternation(markedPlurals) + ")(?![\\p{L}])|"
                + countedPlace.pattern().substring("(?iu)".length()));
        pluralFolded = markedPlurals.stream().map(WordStartMatcher::fold).toList();
        localWordAt = new WordStartMatcher(localWord, false,
                words(words, byClass, "local").stream().map(w -> w.split(" ", 2)[0]).toArray(String[]::new));
        verbsOnly = Set.copyOf(byClass.getOrDefault("verb-only", List.of()));
        changeVerbs = Set.copyOf(byClass.getOrDefault("change", List.of()));
        planBase = byClass.get("plan-base").get(0);
        totalName = byClass.get("name-total").get(0);
        rateName = byClass.get("name-rate").get(0);
        countName = byClass.get("name-count").get(0);
    }

    static FigureWords standard() {
        return DEFAULT;
    }

    /**
     * Whether the text speaks of a province or city ("của tỉnh"), other than of all of them ("56 tỉnh, thành phố").
     * {@code folded} is the text as {@link WordStartMatcher#fold(String)} gives it. Most stories name no plural: the
     * plural's regex, tried at every character of the story, was then replacing nothing (JFR), and the text is read as
     * it is, from word start to word start.
     */
    boolean speaksOfAProvince(String text, String folded) {
        if (pluralFolded.stream().noneMatch(folded::contains) && !countedPlaceAt.in(text)) {
            return localWordAt.in(text);
        }
        return localWord.matcher(localPlural.matcher(text).replaceAll(" ")).find();
    }

    /**
     * Whether the text before a period ends with the words of a price base, "giá trị sản xuất (giá so sánh |năm 2010)",
     * "(theo giá cố định |1994)": the year is that of the prices, no time of a figure.
     */
    boolean endsWithPriceBase(String before) {
        return priceBaseEnd.matcher(before).find();
    }

    /** Whether a comparison word stands in this lower-case text: "tăng 5% so với". */
    boolean hasComparison(String lower) {
        for (String w : comparison) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb of meeting a target ends just before {@code at} in this lower-case text: "vượt |mục tiêu đề ra". */
    boolean metBefore(String lower, int at) {
        String before = lower.substring(0, at).stripTrailing();
        for (String w : meets) {
            if (before.endsWith(w) && (before.length() == w.length()
                    || !Character.isLetter(before.charAt(before.length() - w.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a purpose word, a meeting verb after it or not, ends just before {@code at} in this lower-case text: "để
     * đạt |mục tiêu", "nhằm |mục tiêu": the target is what the clause aims at, no target of the clauses after it.
     */
    boolean purposeBefore(String lower, int at) {
        String before = lower.substring(0, at).stripTrailing();
        for (String w : meets) {
            if (endsWithWord(before, w)) {
                before = before.substring(0, before.length() - w.length()).stripTrailing();
                break;
            }
        }
        for (String w : purposes) {
            if (endsWithWord(before, w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether these words before a level meet or miss a plan: "kết nạp 5.420 đảng viên mới, vượt chỉ tiêu Nghị quyết
     * (|5.000 đảng viên)": the level is the plan of the result it is measured against, of that result's period.
     */
    boolean metPlanIn(String segment) {
        return metPlan.matcher(segment).find();
    }

    private static boolean endsWithWord(String s, String w) {
        return s.endsWith(w) && (s.length() == w.length() || !Character.isLetter(s.charAt(s.length() - w.length() - 1)));
    }

    /** Whether a comparison word ends just before {@code at} in this lower-case text: "so với |kế hoạch". */
    boolean comparisonBefore(String lower, int at) {
        return hasComparison(lower.substring(Math.max(0, at - comparisonReach), at));
    }

    /** Whether the words between a count and a percentage make the percentage the count's class: " có tỷ lệ ... trên ". */
    boolean boundsACountedGroup(String between) {
        return thresholdOfGroup.matcher(between).matches();
    }

    /**
     * Whether the words between a count and a sum make the sum the bound of the counted group's class: "36 mặt hàng
     * đạt kim ngạch xuất khẩu trên 1 tỷ USD" (each of the 36 exported more), unlike a total of the group: "12 dự án có
     * tổng vốn hơn 2.000 tỷ đồng" reports their sum.
     */
    boolean boundsACountedGroupBySum(String between) {
        return thresholdOfGroup.matcher(between).matches() && !totalWord.matcher(between).find();
    }

    /** Whether the text ends with a plan noun and at most two words of its own: "đạt 68,4% kế hoạch vốn ". */
    boolean endsWithPlanNoun(String text) {
        return planNounBefore.matcher(text).find();
    }

    /** The status of an indicator that a plan noun opens ("Tổng kế hoạch vốn ...": plan; "Chỉ tiêu ...": target), or null. */
    Figure.Status headedByPlanNoun(String indicator) {
        Matcher m = planNounHead.matcher(indicator);
        if (!m.find()) {
            return null;
        }
        return targetNouns.contains(m.group(1).toLowerCase(Locale.ROOT)) ? Figure.Status.TARGET : Figure.Status.PLAN;
    }

    /** Where the plan noun a text opens with ends ("Kế hoạch| năm 2016"), or -1. */
    int planNounEnd(String text) {
        Matcher m = planNounHead.matcher(text);
        return m.find() ? m.end() : -1;
    }

    /** Whether this lower-case text opens with a plan noun, after a comparison word or not: "kế hoạch", "so với chỉ tiêu". */
    boolean opensWithPlanNoun(String lower) {
        return exceedsPlanNoun.matcher(lower).find();
    }

    /** The status of the first plan noun of a lower-case text ("kế hoạch năm 2021": plan; "chỉ tiêu": target), or null. */
    Figure.Status planNounStatus(String lower) {
        Matcher m = planNoun.matcher(lower);
        if (!m.find()) {
            return null;
        }
        return targetNouns.contains(m.group()) ? Figure.Status.TARGET : Figure.Status.PLAN;
    }

    /**
     * Whether a figure counts what was done over its period, by the words before it in its clause or the few after it
     * ("Toàn tỉnh có 38.742 hộ thoát nghèo", "đã xây dựng mới và nâng cấp 1.248 km đường"), not a state at its end
     * ("Toàn tỉnh có 119 xã đạt chuẩn nông thôn mới").
     */
    boolean countsWhatWasDone(String before, String after) {
        Matcher m = FIRST_WORDS.matcher(after);
        return done.matcher(before).find() || m.lookingAt() && done.matcher(m.group()).find();
    }


    /**
     * The fractions a text writes as shares of a whole, as percentages: "chiếm khoảng 1/3 tổng thu nội địa" -> 33.33
     * percent. Only after a share verb ("chiếm", "bằng"), and only a part smaller than a whole of at most 10: "ngày
     * 1/3" is a day, "11/14 xã" a part and its whole, read as two counts.
     */
    List<Quantities.Quantity> shareFractions(String text) {
        List<Quantities.Quantity> out = new ArrayList<>();
        Matcher m = shareFraction.matcher(text);
        while (m.find()) {
            int part = Integer.parseInt(m.group(1));
            int whole = Integer.parseInt(m.group(2));
            if (part > 0 && part < whole && whole <= 10) {
                BigDecimal pct = BigDecimal.valueOf(100L * part)
                        .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
                out.add(new Quantities.Quantity(m.start(1), m.end(2), pct.stripTrailingZeros(), "percent", "percent",
                        text.substring(m.start(1), m.end(2))));
            }
        }
        return out;
    }

    /** Whether this lower-case text speaks of results: "kết quả thực hiện một số chỉ tiêu chủ yếu". */
    boolean speaksOfResults(String lower) {
        return resultWords.stream().anyMatch(lower::contains);
    }

    /**
     * Whether a sentence opens by breaking down the figure before it: "Trong đó, thu nội địa ước đạt 36,9 nghìn tỷ
     * đồng" is of the period and status of the total the sentence before reported.
     */
    boolean opensWithBreakdown(String sentence) {
        return breakdown.matcher(sentence).lookingAt();
    }

    /**
     * Whether these words, of a figure's clause, say it is over a whole term written without its years ("kết nạp 6.000
     * đảng viên mới trong nhiệm kỳ"): "trong nhiệm kỳ 2020 - 2025" and "trong nhiệm kỳ XIV" name their own.
     */
    boolean namesWholeTerm(String words) {
        return wholeTerm.matcher(words).find();
    }

    /** Where the last words of a whole term in these words end ("trong nhiệm kỳ, ... : năm 2019 ..."), or -1. */
    int wholeTermEnd(String words) {
        Matcher m = wholeTerm.matcher(words);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    /**
     * Whether a sentence opens by going on with what the sentence before announced: "Ngày 8/5, VCCI công bố Chỉ số PCI
     * năm 2023. Theo đó, Long An đạt 69,64 điểm" is of the period that sentence names.
     */
    boolean opensWithFollowUp(String sentence) {
        return followUp.matcher(sentence).lookingAt();
    }

    /**
     * Whether a figure reports a state at a time, by the words right before it ("Toàn huyện có 8.600 ha", "dân số hơn
     * 4,37 triệu người"), not what was done over a period ({@link #countsWhatWasDone}: "có 38.742 hộ thoát nghèo").
     */
    boolean statesALevel(String before, String clause, String after) {
        return stateBefore.matcher(before).find() && !countsWhatWasDone(clause, after)
                && !stateNew.matcher(after).find();
    }

    /**
     * Whether two figures are the levels a change goes from and to: {@code before} the words of the first's clause
     * before it, ending with "từ"; {@code between} the words between the two, a few words without a number ending with
     * the word of the level reached ("giảm từ 21,52% đầu nhiệm kỳ xuống còn 6,84%", "tăng từ mức 45% lên 52%").
     */
    boolean changesBetweenLevels(String before, String between) {
        return levelFrom.matcher(before).find() && levelTo.matcher(between).matches();
    }

    /**
     * Whether the words between two figures only end one list item and open the next ("cà phê, ", " và "), maybe with
     * the next item's stock noun ("con, đàn gia cầm khoảng ").
     */
    boolean joinsAList(String between) {
        return listJoiner.matcher(between).matches();
    }

    /**
     * Whether the words right after a figure make it the country's: "mục tiêu tăng trưởng 8% trở lên của cả nước năm
     * 2025" (gen24c 006); not after a share verb, where the country is the whole the province's share is of ("chiếm 12%
     * của cả nước").
     */
    boolean nationalAfter(String clauseBefore, String after) {
        return nationalAfter.matcher(after).lookingAt() && !shareVerb.matcher(clauseBefore).find();
    }

    /** Whether a sentence opens with a time elapsed: "Sau 6 tháng đi vào hoạt động, ...". */
    boolean opensWithElapsedTime(String sentence) {
        return elapsedOpening.matcher(sentence).lookingAt();
    }

    /**
     * Whether the words before a figure report it done ("Công đoàn tỉnh đã hỗ trợ xây dựng 286 ...") or count what
     * was done ({@link #countsWhatWasDone}).
     */
    boolean reportsDone(String before, String clause, String after) {
        return perfective.matcher(before).find() || countsWhatWasDone(clause, after);
    }

    /**
     * Whether a clause is set apart from the running report: "riêng quý II tăng 5,12%" names a quarter inside a half
     * year, which the sentences after it do not go on with.
     */
    boolean opensAside(String clause) {
        return aside.matcher(clause).lookingAt();
    }

    /** Whether the text names a national source before a capitalised name: "Theo Bộ Công Thương, ...". */
    boolean namesNationalSource(String text) {
        return nationalSource.matcher(text).find();
    }

    /** Whether this text (a headline) names one of the country's leading bodies: "Trung ương bầu bổ sung ...". */
    boolean namesNationalBody(String text) {
        return nationalBody.matcher(text).find();
    }

    /** Whether this text ends with a verb of speech: "Tổng Giám đốc A cho biết" (before "năm 2022, sản lượng ..."). */
    boolean endsWithSpeechVerb(String text) {
        return speechVerbEnd.matcher(text).find();
    }

    /**
     * How many of the first tokens a source word takes ("Theo", "Cũng theo" before "Ủy ban Kiểm tra Trung ương"), 0 if
     * none opens the sentence; {@code tokens} are its tokens' key words.
     */
    int sourceOpenerTokens(List<List<String>> tokens) {
        for (List<String> opener : sourceOpeners) {
            int t = 0;
            int w = 0;
            while (w < opener.size() && t < tokens.size() && w + tokens.get(t).size() <= opener.size()
                    && tokens.get(t).equals(opener.subList(w, w + tokens.get(t).size()))) {
                w += tokens.get(t).size();
                t++;
            }
            if (w == opener.size()) {
                return t;
            }
        }
        return 0;
    }

    /** This text without the capital named as where national bodies meet ("tại Hà Nội"). */
    String withoutSeat(String text) {
        return seat.matcher(text).replaceAll(" ");
    }

    /** This text without a place set off by commas where a body met (", tại TP Hạ Long (Quảng Ninh),"). */
    String withoutVenue(String text) {
        return venue.matcher(text).replaceAll(" ");
    }

    /** Whether this lower-case text opens with a comparison word: "so với cùng kỳ". */
    boolean opensWithComparison(String lower) {
        for (String w : comparison) {
            if (lower.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    private static String alternation(Tsv table, Map<String, List<String>> byClass, String wordClass) {
        return alternation(words(table, byClass, wordClass));
    }

    private static List<String> words(Tsv table, Map<String, List<String>> byClass, String wordClass) {
        List<String> list = byClass.get(wordClass);
        if (list == null) {
            throw new IllegalArgumentException(table.name() + ": no word of class '" + wordClass + "'");
        }
        return list;
    }

    /** Longest first, so "đạt được" is tried before "đạt" and "xuống còn" before "xuống". */
    private static String alternation(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return String.join("|", sorted.stream().map(Pattern::quote).toList());
    }
}
