package org.w3id.vnkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreLabel;

import org.w3id.vnkg.facts.Figure;
import org.w3id.vnkg.facts.PartialDate;
import org.w3id.vnkg.lexicon.Tsv;
import org.w3id.vnkg.nlp.TokenTrie;
import org.w3id.vnkg.nlp.TokenWords;
import org.w3id.vnkg.nlp.VnLexicon;
import org.w3id.vnkg.normalize.CalendarWords;
import org.w3id.vnkg.normalize.TextNormalizer;

/**
 * Finds the figures a story reports: each quantity ({@link Quantities}) of a sentence with the indicator
 * the text names before it, its period, area and status, and the comparisons that follow it.
 * <pre>
 *   "Trong quý I/2024, tốc độ tăng trưởng kinh tế của tỉnh đạt 5,9% (xếp thứ 6 ..., đứng thứ 28 và cao hơn
 *    mức bình quân chung cả nước 5,66%)"
 *   -> Figure[tốc độ tăng trưởng kinh tế của tỉnh, 5.9 percent, area=the article's province, 2024-Q1, actual,
 *             comparisons=[xếp thứ 6 ..., đứng thứ 28 ...]]
 *      Figure[... mức bình quân chung cả nước, 5.66 percent, area=Việt Nam, 2024-Q1, actual]
 * </pre>
 * <ul>
 *   <li>Period: a period written in the figure's clause or right after it ("2.614 đảng viên năm 2023"), unless
 *       it follows "so với"; else "5 năm" as the span of years the story named; else a period earlier in the
 *       sentence; for an item of a list, the period of the line that opens the list ("... năm 2013 với các chỉ tiêu
 *       chủ yếu:"); else one opening the sentence ("Trong quý I/2024, ..."), which also holds for the rest of its
 *       paragraph; for a sentence naming the document a "sơ kết 3 năm thực hiện Nghị quyết" reviews, the years under
 *       review; else the part of a year the last figure of the paragraph named ("9 tháng"); else the period the story reports on (a headline's with a figure, "hội nghị sơ kết ... 9 tháng", or
 *       the first opening period), not for targets; else the year under review (targets: the year planned).</li>
 *   <li>A clause whose subject is "cùng kỳ năm trước" ("(cùng kỳ năm trước tăng 11,1%)") is of the same period a year
 *       earlier; a year after a plan noun ("kế hoạch vốn năm 2024") is the plan's; "Năm học 2023–2024, ..." opens a
 *       period of its paragraph, as "Quý I/2024, ..." does.</li>
 *   <li>Area: Việt Nam when a national phrase of {@code area-cues.tsv} stands before the figure in its
 *       clause or opens its sentence or paragraph; else a province the sentence or paragraph opens with;
 *       else the article's province; else, for a story about the whole country, Việt Nam.</li>
 *   <li>Status: the nearest cue of {@code status-cues.tsv} before the figure; a target cue holds for the
 *       rest of its paragraph; else actual. A rate that a rate before it exceeded ("đạt 94,8%, vượt 90% so với kế
 *       hoạch") is the plan's, and so is a figure in brackets after a plan noun ("vượt chỉ tiêu Nghị quyết (14,5%)") or
 *       a sum a plan noun opens the indicator of ("Tổng kế hoạch vốn ... là 4.906 tỷ đồng").</li>
 * </ul>
 * Numbers without a unit (ranks, term and session numbers, "15 chỉ tiêu") and numbers after a blocker word
 * of {@code figure-blockers.tsv} ("nhóm 13 tỉnh") are not figures. The headline is skipped: it repeats
 * the story. Figures that repeat one already found (same indicator concept, value, unit, period, area)
 * are dropped.
 */
public final class FigureExtractor {
    /** "và" between a month and the months so far: "tháng 10 và 10 tháng đầu năm" (time-words.tsv, kind and). */
    private static final List<String> TIME_WORDS_AND = TimeWords.standard().words("and");
    /** "trong" before a period: "trong năm 2024" (time-words.tsv, kind within). */
    private static final List<String> TIME_WORDS_WITHIN = TimeWords.standard().words("within");
    /** "từ", "đến": the start or end of a span of days (time-words.tsv, kind bound). */
    private static final List<String> TIME_WORDS_BOUND = TimeWords.standard().words("bound");
    private static final Pattern WRITTEN_YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");
    private static final Pattern CLOSED = Pattern.compile("[.!?…:;]\\s*$");
    /** The fewest words of a lead paragraph: shorter lines above the story are bylines and sections. */
    private static final int MIN_LEAD_WORDS = 12;
    /** The bar or arrow between the items of a page's menu or breadcrumb. */
    private static final Pattern MENU_BAR = Pattern.compile("\\s+[|›»]\\s+");
    /**
     * The run of spaces or tab between the items of a menu copied without its bars ("Thời sự  Chính trị  Kinh tế  Xã
     * hội"): a menu only where the line has no punctuation, as a story's paragraph with a double space has.
     */
    private static final Pattern MENU_GAP = Pattern.compile("\\s{2,}|\\t");
    private static final Pattern PUNCTUATED = Pattern.compile("[.,;:!?…]");
    /** The most words of an item of a two-item menu or breadcrumb ("Xây dựng Đảng", "Vùng DTTS&MN"). */
    private static final int MENU_ITEM_WORDS = 4;
    /**
     * The most words of an item of a menu of three items or more ("Hoạt động của lãnh đạo"): no headline splits into
     * three short parts by bars.
     */
    private static final int LONG_MENU_ITEM_WORDS = 8;
    private static final VnLexicon LEXICON = VnLexicon.standard();
    private static final NamedBodies NAMED = new NamedBodies(LEXICON);
    /** A line that opens a list ("... với các chỉ tiêu chủ yếu:") and the items after it ("- GDP bình quân đầu người: ..."). */
    private static final Pattern LIST_OPENER = Pattern.compile(":\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-–+•*]|\\d{1,2}[.)]|[a-zđ]\\))\\s+");
    private static final DateExpressions PERIOD_ONLY = new DateExpressions(new TimeAnchor(null, List.of()));
    private static final Pattern LETTERS = Pattern.compile("\\p{L}");
    /** The words of a period a sentence may name without a digit ("quý hai", "nửa đầu năm", "cả năm"), and the
     * months counted in words ("Sáu tháng đầu năm"), looked for only in a sentence holding the month word. */
    private static final List<String> PERIOD_WORDS = CalendarWords.standard().words("quarter", "half", "this-year");
    private static final List<String> MONTH_WORDS = CalendarWords.standard().words("month");
    private static final List<String> VERB_HEADS = CalendarWords.standard().words("verb-head");
    /** The short names a story gives bodies it named in full (clipped-bodies.tsv): no body of their own. */
    private static final Set<String> CLIPPED = Set.copyOf(Tsv.load("clipped-bodies.tsv").column("short"));
    private static final Pattern MONTHS_IN_WORDS = monthsInWords(CalendarWords.standard());
    private static final Pattern NOUN_RUN = Pattern.compile("(?u)\\s*(?:\\p{L}+\\s+){0,4}");
    private static final Pattern YEARS_COUNTED = Pattern.compile("(?iu)(?<![\\p{L}\\d.,])(\\d{1,2})\\s+(?:"
            + CalendarWords.standard().alternation("year") + ")(?![\\p{L}\\d]|\\s+\\d)");

    private static final FigureWords WORDS = FigureWords.standard();
    /** A word of a merger's side right after a phrase, bracketed or not: "các địa phương (cũ)". */
    private static final Pattern ERA_AFTER = Pattern.compile(
            "\\s*\\(?\\s*(?:" + GroupWords.load().alternation("era") + ")(?![\\p{L}\\p{M}])");
    private static final Pattern PER_YEAR_AFTER = Pattern.compile("(?iu)\\s*/\\s*(?:"
            + CalendarWords.standard().alternation("year") + ")(?![\\p{L}])");
    /** The number a document's name goes on with: "Nghị quyết |số 30a/2008/NQ-CP", "Nghị quyết |05-NQ/TU". */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("(?iu)\\s+(?:số\\s+)?(\\d[\\p{L}\\d/.-]*)");
    /** "Năm học 2023–2024, ...": a sentence that opens with a school year (lexicon/calendar-words.tsv). */
    private static final Pattern SCHOOL_YEAR_OPENING = Pattern.compile("(?iu)\\s*(?:\\p{L}+\\s+){0,3}?(?:"
            + CalendarWords.standard().alternation("school-year") + ")\\s+(?:19|20)\\d\\d");
    private static final List<String> SCHOOL_YEAR_WORDS = CalendarWords.standard().words("school-year");
    /** "thấp hơn cùng kỳ năm 2020 |(75,1%)": the words before a bracket end with an earlier same period. */
    private static final Pattern SAME_PERIOD_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:"
            + CalendarWords.standard().alternation("same-period") + ")(?:\\s+(?:" + CalendarWords.standard().alternation("year")
            + ")\\s+(?:(?:19|20)\\d\\d|" + CalendarWords.standard().alternation("other-year") + ")|\\s+(?:"
            + CalendarWords.standard().alternation("last-year") + "))?\\s*$");
    /**
     * "5 năm qua, ...": a sentence that opens with the years just run (calendar-words.tsv, kind years-past); also
     * "Trong 5 năm, ..." set apart by its comma (not "trong 5 năm tới", years to come), and the term just run
     * ("Nhiệm kỳ qua, ...", "Trong nhiệm kỳ vừa qua, ...").
     */
    private static final Pattern YEARS_PAST_OPENING = Pattern.compile("(?iu)\\s*(?:(?:(?:trong|qua)\\s+)?(\\d{1,2})\\s+(?:"
            + CalendarWords.standard().alternation("year") + ")\\s+(?:" + CalendarWords.standard().alternation("years-past")
            + ")(?![\\p{L}])|(?:trong|qua)\\s+(\\d{1,2})\\s+(?:" + CalendarWords.standard().alternation("year") + ")\\s*,"
            + "|(?:trong\\s+)?(" + CalendarWords.standard().alternation("term") + ")\\s+(?:"
            + CalendarWords.standard().alternation("years-past") + ")(?![\\p{L}]))");
    private static final Pattern WRITTEN_SPAN = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)\\s*[-–]\\s*((?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");
    /** "cùng kỳ": a period after it is the base a figure is compared with (lexicon/calendar-words.tsv). */
    private static final List<String> SAME_PERIOD = CalendarWords.standard().words("same-period");
    /** "đến hết tháng 11", "tính đến ngày 25-3": a run up to a cut-off, with no start of its own (calendar-words). */
    private static final Pattern CUT_OFF = Pattern.compile("(?iu)(?:(?:" + CalendarWords.standard().alternation("reckon")
            + ")\\s+)?(?:" + CalendarWords.standard().alternation("to") + ")(?![\\p{L}])");
    /** "đến |ngày 25-3", "đến hết |ngày 30/6": the cut-off words right before a day. */
    private static final Pattern CUT_OFF_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + CalendarWords.standard().alternation("to")
            + ")(?:\\s+(?:" + CalendarWords.standard().alternation("through") + "))?\\s+$");
    private static final List<String> STOCK_WORDS = CalendarWords.standard().words("stock");
    private final FigureOwnTimes ownTimes = new FigureOwnTimes(WORDS.ownTime, WORDS.levelNoun);
    private final IndicatorScheme indicators = IndicatorScheme.standard();
    private final ProvinceFinder provinces = new ProvinceFinder();
    private final FigureTables tables = new FigureTables(Quantities.standard(), WORDS.comparison);
    private final List<String[]> statusCues; // {cue, status, sticky}, longest first
    private final int[] statusCueOpenings; // WordStarts.openingOf each cue: most texts hold few of them (JFR)
    /** Names a cue word is part of ("chương trình mục tiêu quốc gia"), which set no status: lower case. */
    private final List<String> namesWithCues;
    private final List<String> nationalCues;
    private final List<String> comparisonCues;
    private final Map<String, String> blockers; // word -> the counted noun it blocks only, or "" for any number
    private final List<String> blockersAfter;
    /** A sentence opening with a private person, a farmer or a veteran named (figure-blockers.tsv, private). */
    private final Pattern privatePerson;
    private final Set<String> yearBlockers; // words that block a number only when it reads as a year
    private final List<String> namingNouns; // "3 tỉnh Lâm Đồng, ...": places counted and then named
    private final List<String> namingLinks; // "2 huyện là Tam Dương và Lập Thạch": a word between count and names
    /** Before a count that is the whole a rank is of: "đứng thứ 3 trong |14 tỉnh". */
    private final Pattern wholeOfRank;
    /** A vote's tally, "72/73 phiếu", "73/73 đại biểu" (side "vote"): the percentage right after it is its share. */
    private final Pattern voteTally;
    private static final int VOTE_REACH = 64;
    private final MergedProvinces merged = new MergedProvinces();
    private static final int MAX_BLOCKER_WORDS = 4;
    /** A part of one year: a half, a quarter, a month or a run of months ("2022-H1", "2021-Q1", "2022-01/2022-06"). */
    private static final Pattern PART_OF_YEAR = Pattern.compile("(\\d{4})-(?:H\\d|Q\\d|\\d{2})(?:/\\1-\\d{2})?");

    public FigureExtractor() {
        List<String[]> cues = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (Map<String, String> row : Tsv.load("status-cues.tsv").rows()) {
            if ("none".equals(row.get("status"))) {
                named.add(row.get("cue").toLowerCase(Locale.ROOT));
            } else {
                cues.add(new String[] {row.get("cue"), row.get("status"), row.get("sticky")});
            }
        }
        cues.sort(Comparator.comparingInt((String[] c) -> c[0].length()).reversed());
        this.statusCues = List.copyOf(cues);
        this.statusCueOpenings = cues.stream().mapToInt(c -> WordStarts.openingOf(c[0])).toArray();
        this.namesWithCues = List.copyOf(named);
        this.nationalCues = Tsv.load("area-cues.tsv").column("cue").stream().map(TextNormalizer::key).toList();
        this.comparisonCues = Tsv.load("comparison-cues.tsv").column("cue");
        Tsv blocking = Tsv.load("figure-blockers.tsv");
        this.blockers = blocking.rows().stream().filter(r -> r.get("side").equals("before"))
                .collect(java.util.stream.Collectors.toUnmodifiableMap(r -> r.get("word"), r -> r.get("counts")));
        this.blockersAfter = blocking.rows().stream().filter(r -> r.get("side").equals("after"))
                .map(r -> r.get("word")).toList();
        this.yearBlockers = blocking.rows().stream().filter(r -> r.get("side").equals("before-year"))
                .map(r -> r.get("word")).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.namingNouns = blocking.rows().stream().filter(r -> r.get("side").equals("names"))
                .map(r -> r.get("word")).toList();
        this.namingLinks = blocking.rows().stream().filter(r -> r.get("side").equals("names-link"))
                .map(r -> r.get("word")).toList();
        this.wholeOfRank = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + sideAlternation(blocking, "rank") + ")\\s+\\d+\\s+(?:"
                + sideAlternation(blocking, "rank-whole") + ")\\s+$");
        this.privatePerson = Pattern.compile("(?iu)(?:" + sideAlternation(blocking, "private") + ")\\s+(?-i:\\p{Lu})");
        this.voteTally = Pattern.compile("(?iu)\\d+\\s*/\\s*\\d+\\s+(?:" + sideAlternation(blocking, "vote") + ")(?![\\p{L}])");
    }

    /** The words of one side of figure-blockers.tsv as a regex alternation, longest first. */
    private static String sideAlternation(Tsv blocking, String side) {
        return blocking.rows().stream().filter(r -> r.get("side").equals(side)).map(r -> r.get("word"))
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|"));
    }

    public List<Figure> extract(ArticleContext ctx) {
        String story = ctx.article().text();
        Quantities quantities = Quantities.forStory(story);
        TimeAnchor anchor = new TimeAnchor(ctx.eventDate(), ctx.namedYears(), ctx.article().published());
        DateExpressions dates = new DateExpressions(anchor).withTerms(story);
        Years years = Years.of(ctx.eventDate(), anchor, story);
        // A story that never speaks of a province or city ("của tỉnh", "Đảng bộ tỉnh": its province is only left
        // implicit) and names none ("Quốc hội khai mạc ... GDP năm 2022 ước đạt khoảng 8%"), or names one only once in
        // passing ("họp báo ... tại Hà Nội") and speaks of the whole country ("Cả nước có ...", "đến nước ta"), reports
        // national figures. A province the story does not name at all came from its masthead and stands.
        String folded = WordStartMatcher.fold(story);
        boolean nationalStory = !WORDS.speaksOfAProvince(story, folded) && (ctx.province() == null
                || hasNationalCue(story) && provinces.weight(story, ctx.province()) == 1);
        nationalStory |= nationalLead(story, ctx.article().title());
        nationalStory |= nationalBodyLead(ctx);
        Matcher review = WORDS.review.first(story); // it opens with a review verb ("sơ kết", "tổng kết")
        String reviewSpan = null;
        String reviewedKind = null;
        String reviewedNumber = null;
        if (review != null && years.doc != null) {
            reviewSpan = writtenSpan(story, review.end(), Integer.parseInt(review.group(1)), years.doc);
            reviewedKind = review.group(2).toLowerCase(Locale.ROOT);
            reviewedNumber = documentNumber(story, review.end());
        }
        String title = ctx.article().title() == null ? null : ctx.article().title().strip();
        Map<String, Figure> out = new LinkedHashMap<>();
        Map<String, List<String>> twins = new java.util.HashMap<>(); // the keys of out by twinKey
        Set<String> undated = new java.util.LinkedHashSet<>(); // the keys of figures no words of the text dated
        String storyPeriod = null; // the period the story reports on: its headline's, its review's, its first lead's
        boolean storyFromLead = false;
        String paraPeriod = null; // a period opening a sentence holds for the rest of its paragraph
        String paraSpan = null; // a span of years opening a sentence holds for what its paragraph reports done
        String carriedSpan = null; // the span the paragraph before reported over, for a paragraph that names no period
        boolean paraCarried = false; // the paragraph's span is the one carried from the paragraph before
        List<String> spans = new ArrayList<>(); // spans of years the story has named, for "5 năm"
        String paraArea = null;
        int paraStart = 0;
        boolean paraTarget = false;
        ListOpener list = null; // the list the sentences after "...:" are items of
        String paraFigurePeriod = null; // the part of a year the paragraph's last figure named in its own sentence
        String lastPeriod = null; // the period and status of the story's last figure, which "Trong đó, ..." breaks down
        String lastNamed = null; // the last period the sentence before named, which "Theo đó, ..." goes on with
        Figure.Status lastStatus = null;
        int prevEnd = -1;
        List<FigureTables.Table> tableList = FigureTables.find(story);
        for (Sentence s : ctx.sentences()) {
            String text = s.text();
            boolean newParagraph = prevEnd < 0 || story.substring(prevEnd, s.begin()).indexOf('\n') >= 0;
            prevEnd = s.end();
            if (inTable(s, tableList)) {
                continue; // read below, column by column
            }
            // Most sentences hold no number at all: no period, no figure (a quarter may be in Roman numerals).
            boolean numeric = hasDigit(text) || namesAPeriodInWords(text);
            List<DateExpressions.Found> found = numeric ? withoutPriceBases(text, dates.find(text)) : List.of();
            String namedBefore = lastNamed; // "... công bố Chỉ số PCI năm 2023. Theo đó, Long An đạt 69,64 điểm"
            lastNamed = namedPeriod(found);
            // "Cùng kỳ năm 2018, kim ngạch xuất khẩu của tỉnh đạt 18,4 tỷ USD.": the months in view, of that year; its
            // year opens no period of the sentence, the paragraph or the story
            String sameOpening = numeric ? samePeriodOpening(text) : null;
            // "Nông dân Thạch Sa Rươne ... mỗi năm lãi gần 400 triệu đồng": a household's story, no figure of the area
            List<Quantities.Quantity> qs = numeric && !privatePerson.matcher(text).lookingAt()
                    ? figuresOf(text, quantities) : List.of();
            boolean isTitle = text.equals(title);
            String lead = numeric && sameOpening == null
                    ? leadingPeriod(text, found, qs.isEmpty() ? text.length() : qs.get(0).start(), isTitle) : null;
            if (newParagraph) {
                paraStart = s.begin();
                paraTarget = false;
                carriedSpan = paraPeriod == null ? paraSpan : null;
                paraCarried = false;
                paraPeriod = null;
                paraSpan = null;
                paraFigurePeriod = null;
                paraArea = areaOpening(text, qs.isEmpty() ? text.length() : qs.get(0).start());
                if (paraArea == null && opensWithNationalBody(s) && !namesAPlace(paragraphOf(story, s))) {
                    paraArea = "Việt Nam"; // "Theo Ủy ban Kiểm tra Trung ương, trong năm 2025, ... 27 cán bộ"
                }
            }
            boolean asideLead = false;
            if (lead != null && (isTitle || isHeading(text)) && (!isTitle || !qs.isEmpty() && !stickyTargetIn(text))) {
                // "TP.HCM: GRDP 9 tháng tăng 6,48%" (a headline with a figure), "Kết quả 6 tháng đầu năm" (a section)
                storyPeriod = lead;
                storyFromLead = false;
            } else if (lead != null && !isTitle && WORDS.opensAside(text)) {
                // "Riêng quý III, GRDP tăng 8,4%." sets its own sentence apart: the paragraph goes on with its own period
                asideLead = true;
            } else if (lead != null && !isTitle) {
                // "Giai đoạn 2011 - 2015, ..." speaks of its own sentence: the counts after it ("Toàn tỉnh có 119/119 xã",
                // "hơn 47.000 đảng viên") are of the year of the story
                // "Năm học 2023–2024, ..." is one school year: its figures and the sentences after it are of it
                // ("Tại Tiền Giang, vụ Đông Xuân 2014 - 2015 toàn tỉnh ...": a crop season, after a fronted place)
                boolean span = lead.matches("\\d{4}-\\d{4}") && !SCHOOL_YEAR_OPENING.matcher(text).lookingAt()
                        && !namesSchoolYear(text, found, lead);
                paraPeriod = span ? null : lead;
                paraSpan = span ? lead : null;
                paraCarried = false;
                // "Năm 2025, Bắc Ninh đặt mục tiêu GRDP tăng 10%": a target's year is not the one the story reports on
                // "Năm 2024, Phú Quốc đón hơn 1,2 triệu lượt khách" in a story of July 2025, after figures of the
                // story's own year ("Đặc khu ... có diện tích 589,27 km²"), recalls a year gone
                if (storyPeriod == null && !span && !stickyTargetIn(text) && !(years.recalls(lead) && !out.isEmpty())) {
                    storyPeriod = lead;
                    storyFromLead = true;
                }
            } else if (qs.isEmpty() && !isTitle && (storyPeriod == null || storyFromLead)) {
                String underReview = reviewedPeriod(text, found);
                if (underReview != null) {
                    storyPeriod = underReview;
                    storyFromLead = false;
                }
            }
            for (DateExpressions.Found f : found) {
                if (f.kind() == DateExpressions.Kind.YEARS && f.period() != null && !comparedWith(text, f.start())) {
                    spans.add(f.period());
                }
            }
            if (lead == null && numeric && !isTitle) {
                // "5 năm qua, tổng nguồn vốn huy động ...": the years just run, as the story named them
                Matcher past = YEARS_PAST_OPENING.matcher(text);
                if (past.lookingAt() && years.review() != null) {
                    int n = yearsPast(past);
                    int end = Integer.parseInt(years.review());
                    // a term runs from the year its congress is held to the next one's: 2020-2025, five years
                    String named = past.group(3) != null ? termRunBy(spans, end, n) : spanOf(spans, false, years.doc, n);
                    paraSpan = named != null ? named : (end - n + 1) + "-" + end;
                    lead = paraSpan;
                }
            }
            boolean listItem = list != null && LIST_ITEM.matcher(text).lookingAt();
            ListOpener itemOf = listItem ? list : null;
            if (!listItem) {
                list = null;
            }
            if (!isTitle && LIST_OPENER.matcher(text).find()) {
                list = listOpener(text, found, years);
            }
            if (isTitle) {
                continue;
            }
            if (qs.isEmpty()) {
                paraTarget |= stickyTargetIn(text);
                continue;
            }
            // "... kế hoạch 5 năm 2011 - 2015 với các chỉ tiêu chủ yếu: tốc độ tăng trưởng ... 12 - 13%; ...": a list
            // written on in the sentence that opens it
            int colon = itemOf == null ? text.lastIndexOf(':', qs.get(0).start()) : -1;
            ListOpener inline = colon > 0 ? listOpener(text.substring(0, colon + 1),
                    found.stream().filter(f -> f.end() <= colon).toList(), years) : null;
            // "Kế hoạch năm 2021, kim ngạch xuất nhập khẩu ... là 5 tỷ USD": a plan noun and its period opening the
            // sentence make its figures the plan's
            Figure.Status planOpening = lead != null ? planOpening(text, found) : null;
            String sentenceArea = areaOpening(text, qs.get(0).start());
            if (sentenceArea == null && paraArea == null && !newParagraph && opensWithNationalBody(s)
                    && !namesAPlace(story.substring(paraStart, paragraphEnd(story, s)))) {
                // "Trả lời cử tri, Chủ tịch Quốc hội cho biết ... Quốc hội cũng quyết định bội chi ngân sách nhà nước
                // năm 2014 là 5,3% GDP": a national body as the subject of its sentence reports the country's figures
                sentenceArea = "Việt Nam";
            }
            if (sentenceArea == null) {
                sentenceArea = paraArea != null ? paraArea : nationalStory ? "Việt Nam" : ctx.province();
            }
            boolean namesReviewed = reviewedKind != null && namesDocument(text, reviewedKind, reviewedNumber);
            // not of a plan's sum: "Tổng kế hoạch vốn ... năm 2024 là 4.906 tỷ đồng. Trong đó, dự án A đã giải ngân 412 tỷ
            // đồng" reports what was spent of it, in the months the story reports on
            boolean breakdown = WORDS.opensWithBreakdown(text) && lastStatus != Figure.Status.PLAN
                    && lastStatus != Figure.Status.TARGET;
            String brokenDownPeriod = lastPeriod;
            Figure.Status brokenDownStatus = lastStatus;
            String prevIndicator = null;
            String spanOfResults = null;
            String prevArea = null;
            String prevPeriod = null;
            boolean prevState = false;
            int prevQuantityEnd = 0;
            for (int i = 0; i < qs.size(); i++) {
                Quantities.Quantity q = qs.get(i);
                ListOpener itemFor = inline != null && q.start() > colon ? inline : itemOf;
                if (i > 0 && "count".equals(qs.get(i - 1).kind()) && qs.get(i - 1).end() <= q.start()
                        && ("percent".equals(q.unit())
                                && WORDS.boundsACountedGroup(text.substring(qs.get(i - 1).end(), q.start()))
                            || "money".equals(q.kind())
                                && WORDS.boundsACountedGroupBySum(text.substring(qs.get(i - 1).end(), q.start())))) {
                    // "24 địa phương có tỷ lệ giải ngân trên 70%", "36 mặt hàng đạt kim ngạch trên 1 tỷ USD": the bound
                    // says which 24, which 36; it reports nothing
                    prevQuantityEnd = q.end();
                    continue;
                }
                int clause = clauseStart(text, q.start());
                int from = Math.min(Math.max(clause, prevQuantityEnd), q.start());
                String segment = text.substring(from, q.start());
                int nextStart = i + 1 < qs.size() ? qs.get(i + 1).start() : text.length();
                String tail = clauseTail(text, q.end(), nextStart);

                String[] status = statusOf(text, q.start());
                if (status != null && "yes".equals(status[2]) && !metTarget(text.substring(0, q.start()), status[0])) {
                    paraTarget = true;
                }
                Figure.Status st = status != null ? Figure.Status.valueOf(status[1].toUpperCase(Locale.ROOT))
                        : paraTarget ? Figure.Status.TARGET
                        : planOpening != null ? planOpening
                        : itemFor != null && itemFor.status() != null ? itemFor.status()
                        : breakdown && brokenDownStatus != null ? brokenDownStatus : Figure.Status.ACTUAL;
                Figure.Status level = i > 0 && qs.get(i - 1).end() <= q.start()
                        ? planLevel(qs.get(i - 1), q, text.substring(qs.get(i - 1).end(), q.start()), tail) : null;
                if (level != null) {
                    st = level;
                }
                Figure.Status ofPlan = planStatusOf(text, clause, segment,
                        status == null && !paraTarget && itemFor == null && !"percent".equals(q.unit()));
                if (ofPlan != null) {
                    st = ofPlan;
                }
                boolean planned = st == Figure.Status.TARGET || st == Figure.Status.PLAN;
                if (i > 0 && st != Figure.Status.ACTUAL && Quantities.closesRange(text, qs.get(i - 1), q)) {
                    // "phấn đấu tăng trưởng từ 10% đến 11%": a target's range is its lower bound, already read; a result's
                    // ("10 tỉnh có mức tăng trưởng từ 7,7% đến 14,2%") gives the lowest and the highest
                    prevQuantityEnd = q.end();
                    continue;
                }
                // "phấn đấu đến ngày 30-9 giải ngân đạt 60% kế hoạch vốn năm 2022": the months up to the day it runs to
                String period = FigureOwnTimes.reachedMonths(text, found, clause, q.start(), years.doc);
                String planYear = period == null ? null : planYearAfter(text, found, q.end(), q.end() + tail.length());
                if (planYear != null && planYear.compareTo(period.substring(0, 4)) < 0) {
                    // "phấn đấu đến ngày 31-1-2022 giải ngân đạt 100% kế hoạch vốn năm 2021": the plan of a year past,
                    // whose money may be spent up to a day of the next, is that year's
                    period = planYear;
                }
                if (period == null && (WORDS.namesWholeTerm(tail)
                        || wholeTermBefore(text, found, text.lastIndexOf(';', q.start()) + 1, q.start()))) {
                    // "mục tiêu nhiệm kỳ 2020 - 2025: ...; đến năm 2025, ...; kết nạp 6.000 đảng viên mới trong nhiệm
                    // kỳ": the term the story named, not the year a part before it runs to; the plan a result met or
                    // missed ("Trong nhiệm kỳ, ... kết nạp 5.420 đảng viên mới, vượt chỉ tiêu Nghị quyết (5.000 đảng
                    // viên)") is of the term that result is of, not of the one to come
                    period = spanOf(spans, planned && !WORDS.metPlanIn(text.substring(Math.max(0, Math.min(prevQuantityEnd,
                            q.start())), q.start())), years.doc, -1);
                }
                if (period == null) {
                    period = explicitPeriod(text, found, clause, q, prevQuantityEnd, planned);
                }
                if (period == null) {
                    period = yearsCounted(text.substring(Math.min(clause, q.start()), q.start()), spans, planned, years.doc);
                }
                if (period == null) {
                    // "...; trong 5 năm, các cấp công đoàn chăm lo Tết cho 1,2 triệu lượt": the years its part of the
                    // sentence opens with
                    period = yearsOpeningPart(text, q.start(), spans, planned, years.doc);
                }
                if (period == null && perYear(text, clause, q)) {
                    // "Bình quân giai đoạn 2021 - 2025, tỷ lệ hộ nghèo giảm 3,5%/năm": the span its sentence names first
                    String earlier = earlierPeriod(text, found, qs, q, planned, clause, prevQuantityEnd);
                    // "Giai đoạn 2011 - 2015, ... bình quân giảm 2,53%/năm, vượt chỉ tiêu (2,5%/năm)": else its paragraph's
                    // "Năm 2017, thu nhập bình quân đầu người đạt 42 triệu đồng/năm": a sum of money a year is that
                    // year's level, not a rate over a span
                    boolean levelOfYear = earlier != null && earlier.matches("\\d{4}") && "money".equals(q.kind());
                    period = earlier != null && (earlier.matches("\\d{4}-\\d{4}") || levelOfYear) ? earlier
                            : paraSpan != null ? paraSpan : spanOf(spans, planned, years.doc, -1);
                }
                if (period == null) {
                    period = earlierPeriod(text, found, qs, q, planned, clause, prevQuantityEnd);
                }
                boolean ownPeriod = period != null; // dated by the words of its own sentence
                if (period == null && breakdown) {
                    period = brokenDownPeriod; // "Trong đó, thu nội địa 38.150 tỷ đồng": the total's period
                }
                if (period == null && namedBefore != null && WORDS.opensWithFollowUp(text)) {
                    period = namedBefore; // "Theo đó, Long An đạt 69,64 điểm": the period of what the sentence before announced
                }
                if (period == null && lead == null && paraSpan != null
                        && WORDS.countsWhatWasDone(text.substring(Math.min(clause, q.start()), q.start()), tail)) {
                    // "Giai đoạn 2011 - 2015, ... Toàn tỉnh có 38.742 hộ thoát nghèo.": done over the span its paragraph
                    // opened with; a state ("Toàn tỉnh có 119 xã đạt chuẩn") is of the story's year
                    period = paraSpan;
                }
                if (period == null && lead == null && paraSpan != null && paraSpan.equals(prevPeriod)
                        && "percent".equals(q.unit()) && WORDS.opensWithPlanNoun(tail.strip().toLowerCase(Locale.ROOT))) {
                    // "Giai đoạn 2021 - 2023, ... Toàn Đảng bộ kết nạp 4.128 đảng viên, đạt 82,6% chỉ tiêu nhiệm kỳ": the
                    // share of its plan is of the span of the figure before it, which it measures
                    period = paraSpan;
                }
                String carried = paraSpan == null ? carriedSpan : paraCarried ? paraSpan : null;
                if (period == null && lead == null && paraPeriod == null && carried != null
                        && WORDS.reportsDone(text.substring(0, q.start()),
                                text.substring(Math.min(clause, q.start()), q.start()), tail)) {
                    // "Nhiệm kỳ 2018 - 2023, ... phát triển mới 186.400 đoàn viên." then a paragraph "Công đoàn tỉnh đã
                    // hỗ trợ xây dựng, sửa chữa 286 ...": done over the span the paragraph before reported on
                    period = carried;
                    paraSpan = carried;
                    paraCarried = true;
                }
                if (period != null && !period.matches("\\d{4}(-\\d{4})?") && !(asideLead && period.equals(lead))
                        && !WORDS.opensAside(text.substring(Math.min(clause, q.start()), q.start()))
                        && !cutOffBefore(text, found, q.start(), period) && !withinBrackets(text, q.start())
                        && !comparedWithLevel(text, q.start())) {
                    // a part of a year is the running report's; a whole year may be one recalled ("... năm 2019"), and
                    // a part set apart ("riêng quý II tăng 5,12%") is no running period, nor one recalled in brackets
                    // ("ước tăng 11,3% so với cùng kỳ (9 tháng năm 2016 tăng 9,6%). Cùng thời gian, GDP cả nước ..."),
                    // nor the base of a comparison ("cao hơn mức tăng 7,49% của 6 tháng đầu năm 2025. Tổng thu ...")
                    paraFigurePeriod = period;
                }
                if (period == null && itemFor != null) {
                    period = itemFor.period();
                }
                if (period == null) {
                    period = lead != null ? lead : namesReviewed ? reviewSpan : paraPeriod;
                }
                if (period == null) {
                    // "Tổng kim ngạch xuất, nhập khẩu 9 tháng đạt 578,47 tỷ USD ... Cán cân thương mại xuất siêu 20,79 tỷ
                    // USD.": a sentence of figures that names no period goes on with the one before it
                    period = paraFigurePeriod;
                }
                boolean unwritten = period == null; // no words of the story's text around the figure dated it
                if (period == null && (!planned || storyFromLead && !behindPlanYear(storyPeriod, years))) {
                    // "Năm 2018, ngành Tuyên giáo đã ..." then, in a paragraph of its own, "Ngành phấn đấu 100% ...": a
                    // target is not set for a year the story already reports as done
                    period = storyPeriod;
                }
                if (period == null) {
                    period = planned ? years.plan() : years.review();
                }
                if (!planned) {
                    // "nhiệm kỳ 2015 - 2020, ...; tỷ lệ hộ nghèo giảm từ 21,52% đầu nhiệm kỳ xuống còn 6,84%": the levels
                    // a change over a span goes from and to are of its first year and its last (gen25c 002, ward18 005)
                    period = levelOfSpan(text, qs, i, period);
                }
                // "6 tháng đầu năm 2022, ... Toàn huyện có 8.600 ha cà phê": a state the sentence does not date is of
                // the year of the part under review, what was done in it of the part ("Thu ngân sách đạt 58,2 tỷ đồng")
                boolean state = WORDS.statesALevel(segment, text.substring(Math.min(clause, q.start()), q.start()), tail)
                        // "có 52 tổ chức cơ sở đảng với 7.940 đảng viên": the next figure of the state's list
                        || prevState && WORDS.joinsAList(text.substring(Math.min(prevQuantityEnd, q.start()), q.start()));
                prevState = state;
                if (state && !ownPeriod && lead == null && st == Figure.Status.ACTUAL && period != null
                        && found.stream().noneMatch(f -> f.start() < q.start()) && !WORDS.opensWithElapsedTime(text)) {
                    period = yearOfPart(period);
                }
                String fallbackPeriod = period;
                String bracketed = segment.isBlank() && from > 0 && text.charAt(from - 1) == '('
                        ? text.substring(clauseStart(text, from - 1), from - 1) : null;
                String sameAfter = ownTimes.samePeriodAfter(text, q.start(), q.end()); // "3,39% của cùng kỳ năm 2020"
                if (sameOpening != null) {
                    period = sameEarlierPeriod(period, sameOpening);
                    st = Figure.Status.ACTUAL;
                } else if (opensWithSamePeriod(segment)
                        || bracketed != null && SAME_PERIOD_BEFORE.matcher(bracketed).find()) {
                    // "IIP 10 tháng tăng 10,3% (cùng kỳ năm trước tăng 11,1%)", "thấp hơn cùng kỳ năm 2020 (75,1%)": the
                    // same months of the year before
                    period = sameEarlierPeriod(period, bracketed != null ? bracketed : segment);
                    st = Figure.Status.ACTUAL;
                } else if (sameAfter != null) {
                    period = sameEarlierPeriod(period, sameAfter);
                    st = Figure.Status.ACTUAL;
                } else if (bracketed != null) {
                    // "tăng gấp 1,6 lần so với năm 2015 (29 triệu đồng)": the base's own figure, of its period
                    String base = comparedPeriodBefore(text, found, from - 1);
                    if (base != null) {
                        period = base;
                        st = Figure.Status.ACTUAL;
                    }
                }
                // "thấp hơn bình quân chung cả nước (60,1%)": a bare figure in brackets belongs to the words before them
                String areaWords = segment.isBlank() && from > 0 && text.charAt(from - 1) == '('
                        ? text.substring(Math.min(prevQuantityEnd, from - 1), from - 1) : segment;
                String opening = clauseProvince(areaWords);
                String area = hasNationalCue(areaWords) && !provinceAfterNationalCue(areaWords)
                        || WORDS.nationalAfter(segment, text.substring(q.end(), Math.min(text.length(), q.end() + 40)))
                        ? "Việt Nam"
                        : opening != null ? opening
                        // "Đắk Lắk đạt 1,8 tỷ USD, tăng 35%": a bare change is of the figure before it
                        : i > 0 && prevArea != null && namesNoIndicator(segment) ? prevArea : sentenceArea;
                prevArea = area;
                prevPeriod = period;

                String indicator = indicatorOf(labelled(text, from, segment, prevQuantityEnd), q, tail, prevIndicator,
                        i > 0 && qs.get(i - 1).end() == q.end());
                prevIndicator = indicator;
                prevQuantityEnd = q.end();
                Figure f = new Figure(indicator, q.value(), q.unit(), area, period, st,
                        text.substring(from, q.end()).strip(), comparisons(tail), ctx.evidence(s),
                        indicators.conceptOf(indicator));
                String key = factKey(f, q.kind());
                if (out.putIfAbsent(key, f) == null) {
                    twins.computeIfAbsent(twinKey(f, q.kind()), k -> new ArrayList<>()).add(key);
                    if (unwritten && Objects.equals(period, fallbackPeriod)) {
                        undated.add(key);
                    }
                }
                if (clause == 0 || !WORDS.opensAside(text.substring(Math.min(clause, q.start()), q.start()))) {
                    // "GRDP 9 tháng tăng 10,85%; riêng quý III tăng 11,42%. Trong mức tăng chung, ...": a quarter set
                    // apart inside the sentence is not what the next one breaks down ("Riêng tháng 9, thu ... đạt 107,5
                    // nghìn tỷ đồng" opening its sentence is)
                    lastPeriod = period;
                    lastStatus = st;
                }
                if (st == Figure.Status.ACTUAL && period != null && namesSpan(text, found, period)) {
                    spanOfResults = period;
                }
            }
            if (paraSpan == null && spanOfResults != null) {
                // "Tổng nguồn lực huy động ... giai đoạn 2011 - 2015 đạt 24.536 tỷ đồng. Toàn tỉnh đã cứng hóa 4.620 km
                // đường": a result of a span its sentence names opens that span for its paragraph too
                paraSpan = spanOfResults;
            }
        }
        // "Sau nửa nhiệm kỳ, tăng trưởng kinh tế của Bình Phước bình quân đạt 6,95%/năm" in the sapo, then "Giai đoạn
        // 2021 - 2023, tốc độ tăng trưởng GRDP bình quân đạt 6,95%/năm" in the body: a figure no words dated is the one
        // the story dates where it repeats it
        for (String key : undated) {
            Figure f = out.get(key);
            String twin = twinKey(f, isAmount(f) ? "money" : null);
            if (twins.getOrDefault(twin, List.of()).stream().anyMatch(k -> !undated.contains(k) && out.containsKey(k))) {
                out.remove(key);
            }
        }
        String fallback = storyPeriod != null ? storyPeriod : years.review();
        String tableArea = nationalStory ? "Việt Nam" : ctx.province();
        // a sum or a measure a table repeats from the text is the text's figure, though the table writes its status in
        // other words ("đạt 4.850 tỷ đồng" under "Ước thực hiện 2013", "mục tiêu 680 triệu USD" under "Kế hoạch 2014")
        java.util.Set<String> amountsOfText = new java.util.HashSet<>();
        for (Figure f : out.values()) {
            if (isAmount(f)) {
                amountsOfText.add(amountKey(f));
            }
        }
        for (FigureTables.Table t : tableList) {
            for (Figure f : tables.figures(t, ctx.article().docId(), tableArea, header -> headerPeriod(header, dates),
                    this::headerStatus, fallback)) {
                Figure withConcept = new Figure(f.indicator(), f.value(), f.unit(), f.area(), f.period(), f.status(),
                        f.surface(), f.comparisons(), f.evidence(), indicators.conceptOf(f.indicator()));
                if (isAmount(f) && amountsOfText.contains(amountKey(f))) {
                    continue;
                }
                out.putIfAbsent(factKey(withConcept, null), withConcept);
            }
        }
        Map<String, Figure> result = new LinkedHashMap<>();
        for (Map.Entry<String, Figure> e : out.entrySet()) {
            Figure f = e.getValue();
            String area = merged.current(f.area(), ctx.eventDate(), f.period());
            if (area == null || area.equals(f.area())) {
                result.putIfAbsent(e.getKey(), f);
            } else {
                String key = e.getKey().substring(0, e.getKey().lastIndexOf('|') + 1) + area;
                result.putIfAbsent(key, new Figure(f.indicator(), f.value(), f.unit(), area, f.period(), f.status(),
                        f.surface(), f.comparisons(), f.evidence(), f.concept()));
            }
        }
        return List.copyOf(result.values());
    }

    /**
     * Whether the story's first paragraph of figures reports a national source's figures: "Theo Bộ Nông nghiệp và
     * Phát triển nông thôn, tổng kim ngạch xuất khẩu nông lâm thủy sản 9 tháng ước đạt 46,5 tỷ USD" under a headline
     * that names no province either, and with no local word ("tỉnh", "huyện"). The provinces such a story lists
     * later ("Đắk Lắk đạt 1,8 tỷ USD") keep their own figures: each clause's province is read first.
     */
    private boolean nationalLead(String story, String title) {
        String head = title == null ? "" : title.strip();
        for (String paragraph : story.split("\n")) {
            if (paragraph.isBlank() || paragraph.strip().equals(head)
                    || Quantities.standard().find(paragraph).isEmpty()) {
                continue;
            }
            String lead = head + "\n" + paragraph;
            return WORDS.namesNationalSource(paragraph) && provinces.mainProvince(lead) == null
                    && !WORDS.speaksOfAProvince(lead, WordStartMatcher.fold(lead));
        }
        return false;
    }

    /**
     * Whether the story is a national body's: its headline names one ("Trung ương bầu bổ sung 2 ủy viên Bộ Chính trị",
     * "... vào Ban Bí thư T.Ư Đoàn": figure-words.tsv, national-body), or its lead paragraph names one of the gazetteer's
     * (bodies.tsv kind national: "Bộ trưởng Bộ Công Thương ... trao quyết định bổ nhiệm Tổng giám đốc EVN"), and neither
     * the headline nor the lead paragraph names a province, but the capital where it meets ("Chiều 28.12, tại Hà Nội,
     * Ban Chấp hành T.Ư Đoàn ...": seat) or the place of its meeting set off by commas ("Ngày 19-8, tại TP Hạ Long
     * (Quảng Ninh), Đảng bộ Tập đoàn ... tổ chức Đại hội": venue), or a local word. Its figures are the country's, whatever provinces it names
     * later ("trao cờ thi đua cho Tỉnh Đoàn Bắc Ninh", "Thủy điện Sơn La"); a clause that names its own province still
     * keeps it.
     */
    private boolean nationalBodyLead(ArticleContext ctx) {
        String story = ctx.article().text();
        String title = ctx.article().title();
        boolean headline = title != null && WORDS.namesNationalBody(title);
        String head = title == null ? "" : title.strip();
        int paragraphStart = 0;
        for (String paragraph : story.split("\n")) {
            int from = paragraphStart;
            paragraphStart += paragraph.length() + 1;
            if (paragraph.isBlank() || paragraph.strip().equals(head) || words(paragraph) < MIN_LEAD_WORDS
                    || isMenu(paragraph)) {
                continue; // a byline, a section's name or the page's menu is no lead
            }
            if (!headline && !namesNationalBodyOfGazetteer(ctx, from, from + paragraph.length())) {
                return false;
            }
            String lead = WORDS.withoutVenue(WORDS.withoutSeat(head + "\n" + paragraph));
            return provinces.mainProvince(lead) == null && !WORDS.speaksOfAProvince(lead, WordStartMatcher.fold(lead));
        }
        return false;
    }

    /**
     * Whether the sentence opens with a national body of bodies.tsv, as the subject or, after a source word
     * (figure-words.tsv, source), the source of what it reports: "Ủy ban Kiểm tra Trung ương cũng đã thông qua báo cáo
     * ...", "Theo Ủy ban Kiểm tra trung ương, ...".
     */
    private static boolean opensWithNationalBody(Sentence s) {
        List<List<String>> words = TokenWords.of(s.core().coreMap());
        TokenTrie.Match<VnLexicon.Body> b = LEXICON.bodies().longestMatch(words, WORDS.sourceOpenerTokens(words),
                words.size());
        // a short name ("Ban Chỉ đạo đã đưa 6 vụ án ...") stands for the body the story names in full, often a province's
        return b != null && b.value().kind() == VnLexicon.Body.Kind.NATIONAL && !CLIPPED.contains(b.value().name());
    }

    /** The paragraph the sentence opens: up to the next line break. */
    private static String paragraphOf(String story, Sentence s) {
        return story.substring(s.begin(), paragraphEnd(story, s));
    }

    /** Where the sentence's paragraph ends: its next line break. */
    private static int paragraphEnd(String story, Sentence s) {
        int end = story.indexOf('\n', s.begin());
        return end < 0 ? story.length() : end;
    }

    /** Whether the text names a province or speaks of one ("của tỉnh", "Đảng bộ tỉnh"). */
    private boolean namesAPlace(String text) {
        return provinces.mainProvince(text) != null || WORDS.speaksOfAProvince(text, WordStartMatcher.fold(text));
    }

    /**
     * Whether a sentence that begins between these offsets names a national body of bodies.tsv, read longest first: the
     * national name inside a local body's ("Ủy ban Mặt trận Tổ quốc Việt Nam xã Nga Sơn") is none; or a state group or
     * corporation the gazetteer lacks, read by its head with no place after it ("Tập đoàn Dầu khí Việt Nam (PVN)",
     * body-heads.tsv value national: {@link NamedBodies}).
     */
    private static boolean namesNationalBodyOfGazetteer(ArticleContext ctx, int from, int to) {
        for (Sentence s : ctx.sentences()) {
            if (s.begin() < from || s.begin() >= to) {
                continue;
            }
            List<List<String>> words = TokenWords.of(s.core().coreMap());
            List<CoreLabel> tokens = s.core().tokens();
            for (int i = 0; i < words.size(); i++) {
                TokenTrie.Match<VnLexicon.Body> b = LEXICON.bodies().longestMatch(words, i, words.size());
                if (b != null && b.value().kind() == VnLexicon.Body.Kind.NATIONAL) {
                    return true;
                }
                NamedBodies.Named n = b == null ? NAMED.at(tokens, words, i, words.size()) : null;
                if (n != null && n.national() && !n.shortName()
                        && (n.end() >= words.size() || LEXICON.localities().longestMatch(words, n.end(), words.size()) == null)) {
                    return true;
                }
                if (b != null) {
                    i = b.end() - 1; // "Ủy ban MTTQ Việt Nam xã": a local body, though "Mặt trận Tổ quốc Việt Nam" is national
                }
            }
        }
        return false;
    }

    /**
     * Whether a line is a page's menu or breadcrumb: short items set apart by a bar or an arrow ("Thời sự | Chính sách |
     * Kinh tế | Môi trường | Khuyến nông", "Trang chủ › Chính trị"), or by runs of spaces in a line without punctuation
     * ("Thời sự  Chính trị  Kinh tế", party18 001), not a line of the story, however many words it has.
     */
    static boolean isMenu(String line) {
        String[] items = MENU_BAR.split(line.strip());
        if (items.length < 2) {
            items = MENU_GAP.split(line.strip());
            if (items.length < 2 || PUNCTUATED.matcher(line).find()) {
                return false;
            }
        }
        int most = items.length == 2 ? MENU_ITEM_WORDS : LONG_MENU_ITEM_WORDS;
        for (String item : items) {
            if (words(item) > most) {
                return false; // "» Ông Trần Thọ được bầu ...": a link to another story
            }
        }
        return true;
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /**
     * What makes two figures of a story one fact: the same concept (else indicator), value, unit, period and area. A sum
     * of money or a measure needs no concept: "thu hút được 4,29 tỷ USD vốn FDI" in the lead and "Tổng vốn FDI thu hút 9
     * tháng đạt 4,29 tỷ USD" in the body are one figure however they are named; a percentage or a count of the same
     * value may well be another indicator's.
     */
    private static String factKey(Figure f, String kind) {
        String value = f.value().toPlainString() + "|" + f.unit() + "|" + f.period() + "|" + f.area();
        if ("money".equals(kind) || "measure".equals(kind)) {
            return value + "|" + f.status().code();
        }
        String concept = f.concept() != null ? f.concept() : TextNormalizer.key(f.indicator());
        return concept + "|" + value;
    }

    /** A figure's fact without its period ({@link #factKey}): what a repeat of it elsewhere in the story shares. */
    private static String twinKey(Figure f, String kind) {
        String value = f.value().stripTrailingZeros().toPlainString() + "|" + f.unit() + "|" + f.area();
        if ("money".equals(kind) || "measure".equals(kind) || isAmount(f)) {
            return value + "|" + f.status().code();
        }
        String concept = f.concept() != null ? f.concept() : TextNormalizer.key(f.indicator());
        return concept + "|" + value;
    }

    /** A sum of money or a measure (not a percentage, not a count). */
    private static boolean isAmount(Figure f) {
        return !"percent".equals(f.unit()) && !"count".equals(f.unit());
    }

    /** An amount's value, unit, period and area, and whether it is a goal (plan, target) or a result. */
    private static String amountKey(Figure f) {
        boolean goal = f.status() == Figure.Status.PLAN || f.status() == Figure.Status.TARGET;
        return f.value().stripTrailingZeros().toPlainString() + "|" + f.unit() + "|" + f.period() + "|" + f.area() + "|"
                + goal;
    }

    /**
     * The status a plan gives a figure: "Tổng kế hoạch vốn đầu tư công năm 2024 của tỉnh là 4.906 tỷ đồng" (a plan noun
     * opens its indicator, when nothing else gave the figure a status and it is no share: "Chỉ tiêu kết nạp đảng viên
     * mới đạt gần 13% kế hoạch" is a result), "vượt chỉ tiêu Nghị quyết (14,5%)", "vượt chỉ
     * tiêu Nghị quyết đề ra (giảm 4 điểm phần trăm)" (a figure in brackets after a clause naming a plan is the plan's);
     * else null.
     */
    private static Figure.Status planStatusOf(String text, int clause, String segment, boolean unmarked) {
        int open = clause - 1;
        if (open >= 0 && text.charAt(open) == '(') {
            Figure.Status st = WORDS.planNounStatus(text.substring(clauseStart(text, open), open).toLowerCase(Locale.ROOT));
            if (st == null) {
                st = WORDS.headedByPlanNoun(segment); // "(kế hoạch cả năm: 10%)": the plan the brackets label
            }
            if (st != null) {
                return st;
            }
        }
        if (!unmarked) {
            return null;
        }
        return WORDS.headedByPlanNoun(WORDS.leadingFunctionWords.matcher(segment).replaceAll(""));
    }

    /**
     * "Cùng kỳ năm 2018, ...", "Cùng kỳ năm trước, ...": the words up to the comma of a sentence that opens with the same
     * period of an earlier year, or null.
     */
    private static String samePeriodOpening(String text) {
        int comma = text.indexOf(',');
        return comma > 0 && comma <= 30 && opensWithSamePeriod(text.substring(0, comma)) ? text.substring(0, comma) : null;
    }

    /**
     * "Giải ngân vốn đầu tư công đến hết tháng 11 đạt 4.250 tỷ đồng, bằng 71,3% kế hoạch. Tỷ lệ hộ nghèo giảm còn
     * 1,65%.": the day or month the figures of a sentence run to, written after their subject (not opening the
     * sentence), is their own cut-off, no running period of the sentences after it (gen23y 004).
     */
    private static boolean cutOffBefore(String text, List<DateExpressions.Found> found, int at, String period) {
        for (DateExpressions.Found f : found) {
            if (f.end() <= at && !text.substring(0, f.start()).isBlank()
                    && (period.equals(f.period()) || f.kind() == DateExpressions.Kind.DAY)
                    && (CUT_OFF.matcher(text.substring(f.start(), f.end())).lookingAt()
                        || CUT_OFF_BEFORE.matcher(text.substring(Math.max(0, f.start() - 20), f.start())).find())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "cùng kỳ năm trước tăng ...": a clause whose subject is the same period of an earlier year, also after the words
     * that open a clause ("trong khi cùng kỳ năm 2018 tăng 7,95%": figure-words leading).
     */
    private static boolean opensWithSamePeriod(String segment) {
        String lower = WORDS.leadingFunctionWords.matcher(segment).replaceFirst("").stripLeading().toLowerCase(Locale.ROOT);
        return SAME_PERIOD.stream().anyMatch(w -> lower.startsWith(w)
                && (lower.length() == w.length() || !Character.isLetter(lower.charAt(w.length()))));
    }

    /** The period a year before ("2019-01/2019-10" -> "2018-01/2018-10"), or the year the clause names after "cùng kỳ". */
    private static String sameEarlierPeriod(String period, String segment) {
        Matcher years = YEAR.matcher(period);
        int last = -1;
        while (years.find()) {
            last = Integer.parseInt(years.group());
        }
        if (last < 0) {
            return period;
        }
        Matcher named = YEAR.matcher(segment);
        int shift = named.find() ? Integer.parseInt(named.group()) - last : -1;
        return YEAR.matcher(period).replaceAll(y -> String.valueOf(Integer.parseInt(y.group()) + shift));
    }

    /**
     * Whether a sentence names the document the story reviews: "Nghị quyết" names the "Nghị quyết" of "tổng kết 3 năm
     * thực hiện Nghị quyết về giảm nghèo", but "các huyện nghèo theo Nghị quyết 30a" names another one.
     */
    private static boolean namesDocument(String text, String kind, String number) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(kind); at >= 0; at = lower.indexOf(kind, at + 1)) {
            String other = documentNumber(text, at + kind.length());
            if (other == null || other.equalsIgnoreCase(number)) {
                return true;
            }
        }
        return false;
    }

    /** The number written right after a document's name ending at {@code end}, or null: "30a", "05-NQ/TU". */
    /**
     * The years a review of {@code n} years looks back on: the span its sentence writes, when it has that many years and
     * ends in the story's year ("tổng kết 5 năm thực hiện Chương trình ... giai đoạn 2016 - 2020" in 2020), else the
     * {@code n} years back to the story's ("sơ kết 3 năm thực hiện Nghị quyết số 23-NQ/TU" in 2024: 2021-2024).
     */
    static String writtenSpan(String story, int from, int n, int docYear) {
        int end = from;
        while (end < story.length() && story.charAt(end) != '\n' && story.charAt(end) != '.') {
            end++;
        }
        Matcher m = WRITTEN_SPAN.matcher(story).region(from, end);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (b == docYear && b - a + 1 == n) {
                return a + "-" + b;
            }
        }
        return (docYear - n) + "-" + docYear;
    }

    private static String documentNumber(String text, int end) {
        Matcher m = DOCUMENT_NUMBER.matcher(text);
        m.region(end, text.length());
        return m.lookingAt() ? m.group(1).replaceAll("[.,]+$", "") : null;
    }

    private static boolean inTable(Sentence s, List<FigureTables.Table> tableList) {
        for (FigureTables.Table t : tableList) {
            if (s.begin() < t.end() && s.end() > t.begin()) {
                return true;
            }
        }
        return false;
    }

    /** "Kế hoạch năm 2021" -> 2021, "Ước thực hiện 6 tháng" -> the first half of the story's year. */
    private static String headerPeriod(String header, DateExpressions dates) {
        for (DateExpressions.Found f : dates.find(header)) {
            if (f.kind() != DateExpressions.Kind.DAY && f.kind() != DateExpressions.Kind.DAYS && f.period() != null
                    && !isComparisonBase(header, f)) {
                return f.period();
            }
        }
        return null;
    }

    /** "Ước thực hiện" -> estimate, "Kế hoạch năm 2021" -> plan, "Mục tiêu" -> target, "Thực hiện" -> null (actual). */
    private Figure.Status headerStatus(String header) {
        String[] cue = statusOf(header, header.length());
        if (cue != null) {
            return Figure.Status.valueOf(cue[1].toUpperCase(Locale.ROOT));
        }
        return WORDS.planNounStatus(header.toLowerCase(Locale.ROOT));
    }

    /** What a line that opens a list says of its items: their period, and their status (null: each item's own). */
    private record ListOpener(String period, Figure.Status status) {
    }

    /**
     * "Kỳ họp đã thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2013 với các chỉ tiêu chủ yếu:": the
     * items after it are of the last period it names; they are targets when it says so ("phấn đấu", "mục tiêu"), when
     * that period is a year after the one the story reviews (a year still to come has no results), or when it names
     * targets and no results ("xác định 20 chỉ tiêu chủ yếu, trong đó:"; not "Kết quả thực hiện các chỉ tiêu:").
     */
    private ListOpener listOpener(String text, List<DateExpressions.Found> found, Years years) {
        String period = null;
        for (DateExpressions.Found f : found) {
            if (f.kind() != DateExpressions.Kind.DAY && f.kind() != DateExpressions.Kind.DAYS && f.period() != null
                    && !isComparisonBase(text, f)) {
                period = f.period();
            }
        }
        String[] cue = statusOf(text, text.length());
        Figure.Status status = cue != null ? Figure.Status.valueOf(cue[1].toUpperCase(Locale.ROOT)) : null;
        if (status == null && period != null && period.matches("\\d{4}") && years.review() != null
                && Integer.parseInt(period) > Integer.parseInt(years.review())) {
            status = Figure.Status.TARGET;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (status == null && !WORDS.speaksOfResults(lower)) {
            status = WORDS.planNounStatus(lower); // "Đại hội xác định 20 chỉ tiêu chủ yếu, trong đó:"
        }
        return new ListOpener(period, status);
    }

    private static Pattern monthsInWords(CalendarWords words) {
        return Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])" + words.number() + "\\s+(?:" + words.alternation("month")
                + ")(?![\\p{L}\\p{M}])");
    }

    /** Plain substring tests first: this runs on every sentence, and most name no period. */
    private static boolean namesAPeriodInWords(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : PERIOD_WORDS) {
            if (standsAlone(lower, w)) {
                return true;
            }
        }
        for (String w : MONTH_WORDS) {
            if (lower.contains(w)) {
                return MONTHS_IN_WORDS.matcher(text).find();
            }
        }
        return false;
    }

    /**
     * Whether the word occurs in the lower-case text as a word of its own, not as the end of a verb ("hiện" of "thực
     * hiện", in most sentences: calendar-words verb-head). A pre-check: the date patterns decide.
     */
    private static boolean standsAlone(String lower, String word) {
        for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
            int end = at + word.length();
            if (at > 0 && Character.isLetter(lower.charAt(at - 1))
                    || end < lower.length() && Character.isLetter(lower.charAt(end))) {
                continue;
            }
            if (!afterVerbHead(lower, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean afterVerbHead(String lower, int at) {
        for (String head : VERB_HEADS) {
            int from = at - 1 - head.length();
            if (from >= 0 && lower.startsWith(head, from) && lower.charAt(at - 1) == ' '
                    && (from == 0 || !Character.isLetter(lower.charAt(from - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * Quantities that are figures: not after a blocker of one to three words ("nhóm 13 tỉnh", "lần thứ 15", "bầu bổ
     * sung 4 đồng chí"), nor before the words of a vote ("100% số phiếu").
     */
    private List<Quantities.Quantity> figuresOf(String text, Quantities quantities) {
        List<Quantities.Quantity> out = new ArrayList<>();
        int blockedEnd = -1;
        // "kỷ luật 35 đảng viên, trong đó khiển trách 18, cảnh cáo 9": the parts share the whole's noun
        // "9/42 tổ chức cơ sở đảng (21,4%) ..., 31 tổ chức (73,8%) ...": a count of the noun the sentence shortened
        List<Quantities.Quantity> candidates = ShortenedNouns.with(text, quantities.find(text));
        for (Quantities.Quantity q : BreakdownParts.with(text, candidates, WORDS::opensWithBreakdown)) {
            if (q.end() == blockedEnd) {
                continue; // "xếp thứ 10/63 tỉnh": the whole of a rank is no count either
            }
            if (!blocked(text, q) && !blockedAfter(text, q.end()) && !namesItsPlaces(text, q) && !sharesAVote(text, q)
                    && !wholeOfRank.matcher(text.substring(Math.max(0, q.start() - 32), q.start())).find()) {
                out.add(q);
            } else {
                blockedEnd = q.end();
            }
        }
        if (text.indexOf('/') >= 0) {
            for (Quantities.Quantity f : WORDS.shareFractions(text)) {
                if (out.stream().noneMatch(q -> q.start() < f.end() && f.start() < q.end())) {
                    out.add(f);
                }
            }
            out.sort(Comparator.comparingInt(Quantities.Quantity::start));
        }
        return out;
    }

    /**
     * True when a count of places goes on with their names: "của 3 tỉnh Lâm Đồng, Đắk Nông và Bình Thuận (cũ)" says
     * which provinces, it reports no figure (the nouns of side "names" in figure-blockers.tsv).
     */
    private boolean namesItsPlaces(String text, Quantities.Quantity q) {
        if (!"count".equals(q.kind()) || q.end() >= text.length() || !Character.isWhitespace(text.charAt(q.end()))) {
            return false;
        }
        String rest = text.substring(q.end()).stripLeading();
        for (String link : namingLinks) { // "Có 2 huyện là Tam Dương và Lập Thạch đạt 100%"
            if (rest.startsWith(link + " ")) {
                rest = rest.substring(link.length() + 1).stripLeading();
                break;
            }
        }
        String counted = q.surface().replaceAll("\\s+", " ");
        return !rest.isEmpty() && Character.isUpperCase(rest.charAt(0))
                && namingNouns.stream().anyMatch(n -> counted.endsWith(" " + n));
    }

    /**
     * True when a percentage closes the clause of a vote's tally: "với 72/73 phiếu, đạt 98,63%", "51/52 phiếu tán
     * thành (đạt 98,08%)" say how the vote went, as "với 100% số phiếu" does. No number, `;` or `.` between them.
     */
    private boolean sharesAVote(String text, Quantities.Quantity q) {
        if (!"percent".equals(q.kind()) || text.indexOf('/') < 0) {
            return false;
        }
        int from = Math.max(0, q.start() - VOTE_REACH);
        Matcher tally = voteTally.matcher(text.substring(from, q.start()));
        int end = -1;
        while (tally.find()) {
            end = tally.end();
        }
        return end >= 0 && text.substring(from + end, q.start()).chars()
                .noneMatch(c -> Character.isDigit(c) || c == ';' || c == '.' || c == '%');
    }

    /** True when a blocker of side "after" follows the quantity: "với 100% số phiếu", "100% đại biểu tán thành". */
    private boolean blockedAfter(String text, int end) {
        String rest = text.substring(end).stripLeading().toLowerCase(Locale.ROOT);
        for (String b : blockersAfter) {
            if (rest.startsWith(b) && (rest.length() == b.length() || !Character.isLetter(rest.charAt(b.length())))) {
                return true;
            }
        }
        return false;
    }

    /** The year of a part of one year ("2022-H1" -> "2022"); any other period as it is. */
    static String yearOfPart(String period) {
        Matcher m = PART_OF_YEAR.matcher(period);
        return m.matches() ? m.group(1) : period;
    }

    /**
     * True when the one to four words right before the quantity are a blocker of figure-blockers.tsv that
     * blocks its counted noun ("gồm 11 đồng chí", not "gồm 133 xã").
     */
    private boolean blocked(String text, Quantities.Quantity q) {
        int at = q.start();
        String phrase = "";
        int i = at - 1;
        for (int n = 0; n < MAX_BLOCKER_WORDS; n++) {
            while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
                i--;
            }
            int j = i;
            while (j >= 0 && Character.isLetter(text.charAt(j))) {
                j--;
            }
            if (j == i) {
                return false;
            }
            String word = text.substring(j + 1, i + 1).toLowerCase(Locale.ROOT);
            phrase = phrase.isEmpty() ? word : word + " " + phrase;
            String counts = blockers.get(phrase);
            if (counts != null && (counts.isEmpty() || countsOneOf(q, counts))
                    || yearBlockers.contains(phrase) && YEAR.matcher(q.surface()).lookingAt()) {
                return true;
            }
            i = j;
        }
        return false;
    }

    /** True when the quantity counts one of the nouns, listed with ", " ("đồng chí, người"). */
    private static boolean countsOneOf(Quantities.Quantity q, String nouns) {
        for (String noun : nouns.split(",\\s*")) {
            if (q.surface().endsWith(" " + noun)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A period opening the sentence ("Trong quý I/2024, ...", "Theo đó năm 2023 ...") or a headline's; {@code
     * firstFigure} is where the sentence's first figure starts.
     */
    private static String leadingPeriod(String text, List<DateExpressions.Found> found, int firstFigure, boolean title) {
        // the headline is a heading however long ("Phiên họp UBND tỉnh thường kỳ tháng 9/2017: Kim ngạch xuất khẩu 9
        // tháng ước đạt 16,5 tỷ USD" has 17 words)
        boolean heading = title || isHeading(text);
        for (DateExpressions.Found f : found) {
            String year = f.kind() == DateExpressions.Kind.DAY ? boundDayYear(text, f) : null;
            if (year == null && (f.kind() == DateExpressions.Kind.DAY || f.kind() == DateExpressions.Kind.DAYS)
                    || f.period() == null) {
                continue;
            }
            if (NamedTerms.namesAMeetingOrBody(text, f)) {
                continue; // "Đại hội ... lần thứ XX, nhiệm kỳ 2020 - 2025 khai mạc ...": a name's term opens no period
            }
            String period = year != null ? year : f.period();
            String before = text.substring(0, f.start());
            if (WORDS.hasComparison(before.toLowerCase(Locale.ROOT)) || isStock(text, f)) {
                return null; // "Toàn thị xã hiện có 12.350 ha cao su; ...": a stock dates its own clause only
            }
            if (heading) {
                return year != null ? year : nearestBeforeFigure(text, found, f, firstFigure);
            }
            if (before.indexOf(',') < 0 && before.strip().split("\\s+").length <= 3 && f.start() <= 30) {
                return period;
            }
            // "Theo báo cáo, quý I/2024, GRDP tăng ...", "ông X cho biết, 8 tháng đầu năm, ...": a period set off
            // by commas as the clause's opening adverbial, before any figure ("dịch COVID-19" is none)
            if (isAdverbial(text, before, f) && f.start() < firstFigure) {
                return period;
            }
            return null;
        }
        return null;
    }

    /**
     * The text before a period without the school year's or crop season's words before it: "Tại Tiền Giang, vụ Đông Xuân
     * |2014 - 2015 toàn tỉnh ..." opens its clause with the season as "Tại Tiền Giang, 2014 - 2015 ..." would.
     */
    private static String withoutSchoolYearWord(String before) {
        String lower = before.toLowerCase(Locale.ROOT);
        String longest = "";
        for (String w : SCHOOL_YEAR_WORDS) {
            if (w.length() > longest.length() && lower.endsWith(w)
                    && (lower.length() == w.length() || !Character.isLetter(lower.charAt(lower.length() - w.length() - 1)))) {
                longest = w;
            }
        }
        return before.substring(0, before.length() - longest.length()).stripTrailing();
    }

    /**
     * The text before a period without the word of time that may stand before it ("trong"): "Theo báo cáo của Ban
     * Thường vụ Tỉnh ủy, trong năm 2024, ..." opens its clause with the period as "..., năm 2024, ..." does.
     */
    private static String withoutWithinWord(String before) {
        int space = before.lastIndexOf(' ');
        String last = before.substring(space + 1).toLowerCase(Locale.ROOT);
        return space > 0 && TIME_WORDS_WITHIN.contains(last) ? before.substring(0, space).stripTrailing() : before;
    }

    /**
     * A headline's period: of a headline with a figure, the last period before it ("Phiên họp UBND tỉnh thường kỳ tháng
     * 9/2017: Kim ngạch xuất khẩu 9 tháng ước đạt 16,5 tỷ USD" reports the 9 months; the month names the sitting),
     * else its first.
     */
    private static String nearestBeforeFigure(String text, List<DateExpressions.Found> found, DateExpressions.Found first,
                                              int firstFigure) {
        String period = first.period();
        for (DateExpressions.Found f : found) {
            if (f.start() > first.start() && f.end() <= firstFigure && f.period() != null
                    && f.kind() != DateExpressions.Kind.DAY && f.kind() != DateExpressions.Kind.DAYS
                    && !isComparisonBase(text, f)) {
                period = f.period();
            }
        }
        return period;
    }

    /**
     * The year of a day written with its year after a bound word, from or up to which a state holds ("Từ ngày 1/7/2025,
     * 23 xã được sắp xếp thành 8 xã mới": the state of 2025), not a day that opens a run ("từ ngày 1/1/2024 đến nay"),
     * nor a meeting's day ("Ngày 6/1/2024, Tỉnh ủy tổ chức hội nghị tổng kết năm 2023"); else null.
     */
    private static String boundDayYear(String text, DateExpressions.Found f) {
        String written = text.substring(f.start(), f.end());
        Matcher year = WRITTEN_YEAR.matcher(written);
        String first = written.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        if (!year.find() || !TIME_WORDS_BOUND.contains(first)) {
            return null;
        }
        String after = text.substring(f.end()).stripLeading().toLowerCase(Locale.ROOT);
        for (String bound : TIME_WORDS_BOUND) {
            if (after.startsWith(bound + " ")) {
                return null;
            }
        }
        return year.group();
    }

    /** Whether the period found is a stock's time ("hiện có", calendar-words kind stock). */
    private static boolean isStock(String text, DateExpressions.Found f) {
        return STOCK_WORDS.contains(text.substring(f.start(), f.end()).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    private static boolean isAdverbial(String text, String before, DateExpressions.Found f) {
        String b = withoutSchoolYearWord(withoutWithinWord(before.stripTrailing()));
        if (WORDS.endsWithSpeechVerb(b)) {
            return true; // "ông A cho biết năm 2011 sản lượng ...": the reported clause opens with it, comma or not
        }
        if (b.endsWith(",") && !b.isEmpty()) {
            // "Dù chịu ảnh hưởng của dịch COVID-19, 5 tháng đầu năm tổng thu ngân sách ...": the period opens the main
            // clause after a fronted one, with or without a comma of its own
            return true;
        }
        boolean opens = b.isEmpty() || b.endsWith(":");
        int k = f.end();
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return opens && k < text.length() && text.charAt(k) == ',';
    }

    /**
     * The status of a rate the plan set, when the text says a rate exceeded it: "tỷ lệ ... đạt 94,8%, vượt 90% so với
     * kế hoạch đề ra" (90% is the plan's level, not an excess of 90%); null for an excess ("giá trị sản xuất đạt 40.516
     * nghìn tỷ đồng, vượt 6,6% so với kế hoạch").
     */
    private Figure.Status planLevel(Quantities.Quantity before, Quantities.Quantity q, String between, String tail) {
        // a level the plan set is near the rate that beat it (94,8% against 90%); an excess is small (62%, vượt 2%)
        boolean near = q.value().multiply(java.math.BigDecimal.valueOf(2)).compareTo(before.value()) >= 0;
        if (!"percent".equals(q.unit()) || !"percent".equals(before.unit()) || q.value().compareTo(before.value()) >= 0
                || !near || !WORDS.exceeds.matcher(between).matches()) {
            return null;
        }
        Matcher noun = WORDS.exceedsPlanNoun.matcher(tail);
        if (!noun.find()) {
            return null;
        }
        return WORDS.targetNouns.contains(noun.group(1).toLowerCase(Locale.ROOT)) ? Figure.Status.TARGET : Figure.Status.PLAN;
    }

    private static boolean isHeading(String text) {
        return !CLOSED.matcher(text).find() && text.split("\\s+").length <= 15;
    }

    /**
     * The period a sentence says the story reviews: "tổ chức hội nghị sơ kết công tác 6 tháng đầu năm", "đánh giá tình
     * hình kinh tế - xã hội tháng 10 và 10 tháng đầu năm" (the months so far rather than the one month), "quý I".
     * Only periods shorter than a year: a year under review is the default anyway.
     */
    private String reviewedPeriod(String text, List<DateExpressions.Found> found) {
        Matcher cue = WORDS.reviewCue.first(text);
        if (cue == null) {
            return null;
        }
        DateExpressions.Found best = null;
        for (DateExpressions.Found f : found) {
            if (f.start() < cue.end() || f.period() == null || isComparisonBase(text, f)) {
                continue;
            }
            boolean partOfYear = f.kind() == DateExpressions.Kind.MONTHS || f.kind() == DateExpressions.Kind.QUARTER
                    || f.kind() == DateExpressions.Kind.MONTH;
            if (!partOfYear) {
                break;
            }
            if (best == null) {
                best = f;
            } else if (best.kind() == DateExpressions.Kind.MONTH && f.kind() == DateExpressions.Kind.MONTHS
                    && TIME_WORDS_AND.contains(text.substring(best.end(), f.start()).strip().toLowerCase(Locale.ROOT))) {
                best = f;
            } else {
                break;
            }
        }
        return best == null ? null : best.period();
    }

    /**
     * Whether the words right before {@code at} compare a figure with what is written there: "tăng bình quân 6,5%/năm,
     * ... nhưng cao hơn |nhiệm kỳ 2015 - 2020 (6,1%/năm)", "so với |giai đoạn 2016-2020". Such a span is the base of a
     * comparison, none the story reports over: "Tổng thu ngân sách ... 5 năm" after it is of the term under review.
     */
    private boolean comparedWith(String text, int at) {
        String before = text.substring(Math.max(0, at - 24), at).toLowerCase(Locale.ROOT).stripTrailing();
        for (String cue : comparisonCues) {
            if (before.endsWith(cue) && (before.length() == cue.length()
                    || !Character.isLetter(before.charAt(before.length() - cue.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the figure at {@code at} is the base a comparison names, right after its cue and a level's noun at most
     * (comparison-cues.tsv, figure-words.tsv level-noun): "ước tăng 8,12%, cao hơn mức tăng |7,49% của 6 tháng đầu năm
     * 2025", "thấp hơn |7,2% của cùng kỳ". Its period is the base's, no running period of the report (gen25a 006).
     */
    private boolean comparedWithLevel(String text, int at) {
        String before = text.substring(Math.max(0, at - 40), at).toLowerCase(Locale.ROOT).stripTrailing();
        for (String noun : WORDS.levelNoun) {
            if (before.endsWith(" " + noun)) {
                before = before.substring(0, before.length() - noun.length()).stripTrailing();
                break;
            }
        }
        return comparedWith(before, before.length());
    }

    /** "...; trong 5 năm, ... 1,2 triệu lượt": the span of the years that open the figure's part of the sentence. */
    private static String yearsOpeningPart(String text, int at, List<String> spans, boolean planned, Integer docYear) {
        int part = text.lastIndexOf(';', at) + 1;
        Matcher m = YEARS_PAST_OPENING.matcher(text).region(part, at);
        if (!m.lookingAt()) {
            return null;
        }
        if (m.group(3) != null) {
            return docYear == null ? null : termRunBy(spans, docYear, yearsPast(m)); // "...; nhiệm kỳ qua, ..."
        }
        return spanOf(spans, planned, docYear, yearsPast(m));
    }

    /** How many years an opening of {@link #YEARS_PAST_OPENING} counts: "5 năm qua" 5, "nhiệm kỳ qua" a term's. */
    private static int yearsPast(Matcher m) {
        return m.group(3) != null ? CalendarWords.standard().termYears(m.group(3))
                : Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
    }

    /**
     * The term of {@code years} years just run by {@code end}: the last such span the story named ("nhiệm kỳ 2020 -
     * 2025"), else the one ending in {@code end} (a term runs from one congress's year to the next's: 2020-2025), never
     * the term a congress opens ("nhiệm kỳ 2025 - 2030").
     */
    private static String termRunBy(List<String> spans, int end, int years) {
        for (int i = spans.size() - 1; i >= 0; i--) {
            String[] ab = spans.get(i).split("-");
            if (Integer.parseInt(ab[1]) - Integer.parseInt(ab[0]) == years && Integer.parseInt(ab[1]) <= end) {
                return spans.get(i);
            }
        }
        return (end - years) + "-" + end;
    }

    /** "Tổng vốn đầu tư toàn xã hội 5 năm đạt ...": the span of that many years the story named ({@link #spanOf}). */
    private static String yearsCounted(String clause, List<String> spans, boolean planned, Integer docYear) {
        Matcher m = YEARS_COUNTED.matcher(clause);
        return m.find() ? spanOf(spans, planned, docYear, Integer.parseInt(m.group(1))) : null;
    }

    /**
     * The span of years (of {@code years} years, or any when negative) a figure over several years is of: of the
     * spans the story named, the last one still to run for a target or plan ("Nhiệm kỳ 2025-2030 ... tăng trưởng bình
     * quân 5 năm đạt từ 10%/năm trở lên"), the last one run by the story's year for a result ("nhiệm kỳ 2020 - 2025 ...
     * giảm bình quân 4,2%/năm"); else the last one named.
     */
    private static String spanOf(List<String> spans, boolean planned, Integer docYear, int years) {
        String any = null;
        for (int i = spans.size() - 1; i >= 0; i--) {
            String[] ab = spans.get(i).split("-");
            int length = Integer.parseInt(ab[1]) - Integer.parseInt(ab[0]);
            if (years >= 0 && length != years && length + 1 != years) {
                continue;
            }
            any = any == null ? spans.get(i) : any;
            int end = Integer.parseInt(ab[1]);
            if (docYear == null || (planned ? end > docYear : end <= docYear)) {
                return spans.get(i);
            }
        }
        return any;
    }

    /**
     * The year of a span a level of a change over it is of: its first year for the level the change goes from, its
     * last for the one it goes to ("giảm từ 21,52% đầu nhiệm kỳ xuống còn 6,84%" under "nhiệm kỳ 2015 - 2020"); else
     * the period as it is. Both levels in one clause, of one unit.
     */
    static String levelOfSpan(String text, List<Quantities.Quantity> qs, int i, String period) {
        if (period == null || !period.matches("\\d{4}-\\d{4}")) {
            return period;
        }
        Quantities.Quantity q = qs.get(i);
        if (i + 1 < qs.size() && fromTo(text, q, qs.get(i + 1))) {
            return period.substring(0, 4);
        }
        if (i > 0 && fromTo(text, qs.get(i - 1), q)) {
            return period.substring(5);
        }
        return period;
    }

    private static boolean fromTo(String text, Quantities.Quantity from, Quantities.Quantity to) {
        if (from.end() > to.start() || !Objects.equals(from.unit(), to.unit())) {
            return false;
        }
        int clause = clauseStart(text, from.start());
        return WORDS.changesBetweenLevels(text.substring(Math.min(clause, from.start()), from.start()),
                text.substring(from.end(), to.start()));
    }

    /** "4,2%/năm", "mỗi năm kết nạp 3.000 đảng viên": a yearly figure over several years. */
    private static boolean perYear(String text, int clause, Quantities.Quantity q) {
        if (PER_YEAR_AFTER.matcher(text.substring(q.end())).lookingAt()) {
            return true;
        }
        // "bình quân giảm 1,95% mỗi năm": the word written after the figure, in its clause
        String after = text.substring(q.end());
        after = after.substring(0, clauseEnd(after)).toLowerCase(Locale.ROOT);
        if (WORDS.perYear.stream().anyMatch(after::contains)) {
            return true;
        }
        String lower = text.substring(Math.min(clause, q.start()), q.start()).toLowerCase(Locale.ROOT);
        return WORDS.perYear.stream().anyMatch(w -> lower.contains(w));
    }

    /**
     * A period written earlier in the figure's sentence, outside its clause: "GRDP 6 tháng đầu năm tăng 7,5%, trong
     * khi GDP cả nước tăng 7,52%", "mục tiêu đến năm 2020, GRDP bình quân đầu người đạt 55 triệu đồng".
     */
    private String earlierPeriod(String text, List<DateExpressions.Found> found, List<Quantities.Quantity> qs,
                                 Quantities.Quantity q, boolean planned, int clause, int prevEnd) {
        String period = null;
        for (DateExpressions.Found f : found) {
            if (f.end() > q.start()) {
                break;
            }
            if (ofLevelBefore(text, f, clause, prevEnd)) {
                continue; // "giảm từ 32,08% năm 2018 xuống còn 27,33%": 2018 is the first level's, not the second's
            }
            if (recalledInBrackets(text, f, qs, q)) {
                continue; // "sản lượng đạt 95.000 tấn (năm 2021 đạt 110.000 tấn), trong đó xuất khẩu 42.000 tấn": 2021 is the bracket's
            }
            if (ownTimes.ownedByFigureBefore(text, f, qs)) {
                continue; // "cao hơn mức 5,32% của năm 2009 và vượt chỉ tiêu (6,5%)": 2009 is the 5,32%'s alone
            }
            if (doneAfterItemOf(text, f, q, clause)) {
                continue; // "Nhiệm kỳ 2025 - 2030, ...; đến năm 2030, thu nhập ... đạt 120 triệu đồng; kết nạp 250 đảng viên": 2030 is its item's
            }
            if (!planned && NamedTerms.namesAMeetingOrBody(text, f)) {
                continue; // "Đại hội ... lần thứ XX, nhiệm kỳ 2020 - 2025 khai mạc ... hơn 56.000 đảng viên": the congress's term
            }
            // "đạt 68,4% kế hoạch vốn năm 2024 ..., cao hơn mức bình quân chung cả nước (51,3%)": the year is the plan's;
            // but a target's own ("Tỉnh đặt mục tiêu năm 2025 tăng trưởng từ 10%; thu ngân sách khoảng 14 nghìn tỷ đồng")
            if (f.kind() != DateExpressions.Kind.DAY && f.kind() != DateExpressions.Kind.DAYS && f.period() != null
                    && !isComparisonBase(text, f) && !(isStock(text, f) && f.end() <= text.lastIndexOf(';', q.start()))
                    && (planned || !WORDS.endsWithPlanNoun(text.substring(Math.max(0, f.start() - 40), f.start())))) {
                period = f.period();
            }
        }
        return period;
    }

    /**
     * Whether the period stands inside an item of a ";" list before the figure's item, not in the words that open the
     * sentence, and the figure counts what was done: the year of a level ("...; đến năm 2030, thu nhập bình quân đầu
     * người đạt 120 triệu đồng") dates its own item only, not the count of a term's work after it ("; kết nạp 250 đảng
     * viên mới trở lên": the term the sentence opens with). A level after it is read at that year ("; tỷ lệ hộ nghèo
     * giảm còn 0,9%"), and so is a part of what the item before counts ("; trong đó khách quốc tế ...").
     */
    private static boolean doneAfterItemOf(String text, DateExpressions.Found f, Quantities.Quantity q, int clause) {
        int next = text.indexOf(';', f.end());
        if (text.lastIndexOf(';', f.start()) < 0 || next < 0 || next >= q.start()) {
            return false;
        }
        String item = text.substring(text.lastIndexOf(';', q.start()) + 1, q.start()).strip();
        return !WORDS.opensWithBreakdown(item)
                && WORDS.countsWhatWasDone(text.substring(Math.min(clause, q.start()), q.start()), text.substring(q.end()));
    }

    /**
     * A period in the figure's clause before it, or right after it, that is not a comparison's base, nor the period
     * right after the figure before it in the clause ("giảm từ 22,29% đầu năm 2011 còn 9,63% cuối năm 2015": 2011 is
     * the first figure's, 2015 the second's).
     */
    /**
     * Whether words of a whole term stand between the item's start and the figure with no period of their own after
     * them: "đánh giá trong nhiệm kỳ, Đảng bộ đạt nhiều kết quả: năm 2019 GRDP tăng 7,62%" is of 2019 (gen23c 009).
     */
    private static boolean wholeTermBefore(String text, List<DateExpressions.Found> found, int from, int figure) {
        int end = WORDS.wholeTermEnd(text.substring(from, figure));
        if (end < 0) {
            return false;
        }
        for (DateExpressions.Found f : found) {
            if (f.start() >= from + end && f.end() <= figure && f.period() != null
                    && f.kind() != DateExpressions.Kind.DAY && f.kind() != DateExpressions.Kind.DAYS) {
                return false;
            }
        }
        return true;
    }

    private static String explicitPeriod(String text, List<DateExpressions.Found> found, int clause,
                                         Quantities.Quantity q, int prevEnd, boolean planned) {
        for (DateExpressions.Found f : found) {
            if (f.kind() == DateExpressions.Kind.DAY || f.kind() == DateExpressions.Kind.DAYS || f.period() == null) {
                continue;
            }
            boolean inClause = f.start() >= clause && f.end() <= q.start();
            if (inClause && ofLevelBefore(text, f, clause, prevEnd)) {
                continue;
            }
            if (!planned && NamedTerms.namesAMeetingOrBody(text, f)) {
                continue; // a meeting's or a body's term, part of its name
            }
            // "2.614 đảng viên năm 2023", "7,5 triệu lượt khách du lịch năm 2019": after the figure and the words it counts
            // ("bằng 31,5% dự toán năm 2026": a period after a plan noun is the plan's, which the figure is compared with;
            // but a target's share of a plan is of the plan's year: "phấn đấu giải ngân đạt 95% kế hoạch vốn năm 2023")
            String between = f.start() >= q.end() ? text.substring(q.end(), f.start()) : "";
            boolean rightAfter = f.start() >= q.end() && (NOUN_RUN.matcher(between).matches() || inBrackets(text, q.end(), f))
                    && (planned || WORDS.planNounStatus(between.toLowerCase(Locale.ROOT)) == null);
            if ((inClause || rightAfter) && !isComparisonBase(text, f)) {
                return f.period();
            }
        }
        return null;
    }

    /** The periods of a sentence but the years of constant prices: "(giá so sánh năm 2010) quý I/2013" is of the quarter. */
    static List<DateExpressions.Found> withoutPriceBases(String text, List<DateExpressions.Found> found) {
        List<DateExpressions.Found> out = null;
        for (int i = 0; i < found.size(); i++) {
            DateExpressions.Found f = found.get(i);
            String before = text.substring(Math.max(0, f.start() - 20), f.start());
            if (f.kind() == DateExpressions.Kind.YEAR && WORDS.endsWithPriceBase(before)) {
                if (out == null) {
                    out = new ArrayList<>(found.subList(0, i));
                }
            } else if (out != null) {
                out.add(f);
            }
        }
        return out == null ? found : out;
    }

    /** The last period (not a day) a sentence names, or null. */
    private static String namedPeriod(List<DateExpressions.Found> found) {
        String period = null;
        for (DateExpressions.Found f : found) {
            if (f.kind() != DateExpressions.Kind.DAY && f.kind() != DateExpressions.Kind.DAYS && f.period() != null) {
                period = f.period();
            }
        }
        return period;
    }

    /**
     * Whether a period is the own time of the level before the figure in its clause, written right after it: "năm 2018"
     * in "giảm từ 32,08% năm 2018 xuống còn 27,33%" (the clause holds both levels; a new clause, "đạt 5.000 tỷ đồng năm
     * 2023, tăng 10%", goes on with the year).
     */
    private static boolean ofLevelBefore(String text, DateExpressions.Found f, int clause, int prevEnd) {
        return prevEnd > clause && f.start() >= prevEnd
                && (NOUN_RUN.matcher(text.substring(prevEnd, f.start())).matches() || inBrackets(text, prevEnd, f));
    }

    /**
     * Whether the period is all that the brackets right after a figure ending at {@code end} hold: "giảm từ 52,4% (năm
     * 2015) xuống còn 23,1% (năm 2019)" dates each level as "52,4% năm 2015" does; "tăng 12% (năm 2015 tăng 8%)" is no such.
     */
    private static boolean inBrackets(String text, int end, DateExpressions.Found f) {
        return f.start() > end && f.end() < text.length() && text.charAt(f.end()) == ')'
                && text.substring(end, f.start()).strip().equals("(");
    }

    /** The status of a plan noun that opens the sentence right before its period ("Kế hoạch năm 2016 là ..."), or null. */
    private static Figure.Status planOpening(String text, List<DateExpressions.Found> found) {
        if (found.isEmpty()) {
            return null;
        }
        Figure.Status st = WORDS.headedByPlanNoun(text);
        int at = found.get(0).start();
        return st != null && WORDS.planNounEnd(text) <= at && text.substring(WORDS.planNounEnd(text), at).isBlank()
                ? st : null;
    }

    /** Whether the sentence writes these two years as one school year or crop season ("vụ Đông Xuân 2014 - 2015"). */
    private static boolean namesSchoolYear(String text, List<DateExpressions.Found> found, String period) {
        for (DateExpressions.Found f : found) {
            if (f.kind() == DateExpressions.Kind.YEARS && period.equals(f.period())
                    && SCHOOL_YEAR_WORDS.stream().anyMatch(text.substring(Math.max(0, f.start() - 12), f.end())
                            .toLowerCase(Locale.ROOT)::contains)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence writes this span of years ("giai đoạn 2011 - 2015"), not as a school year nor a base. */
    private static boolean namesSpan(String text, List<DateExpressions.Found> found, String period) {
        if (!period.matches("\\d{4}-\\d{4}")) {
            return false;
        }
        for (DateExpressions.Found f : found) {
            if (f.kind() == DateExpressions.Kind.YEARS && period.equals(f.period()) && !isComparisonBase(text, f)
                    && SCHOOL_YEAR_WORDS.stream().noneMatch(text.substring(Math.max(0, f.start() - 12), f.end())
                            .toLowerCase(Locale.ROOT)::contains)) {
                return true;
            }
        }
        return false;
    }

    /** The period a comparison ends with right before {@code at} ("so với năm 2015 |("), or null. */
    private static String comparedPeriodBefore(String text, List<DateExpressions.Found> found, int at) {
        for (DateExpressions.Found f : found) {
            if (f.end() <= at && text.substring(f.end(), at).isBlank() && f.period() != null
                    && f.kind() != DateExpressions.Kind.DAY && f.kind() != DateExpressions.Kind.DAYS
                    && WORDS.hasComparison(text.substring(Math.max(0, f.start() - 16), f.start()).toLowerCase(Locale.ROOT))) {
                return f.period();
            }
        }
        return null;
    }

    private static boolean isComparisonBase(String text, DateExpressions.Found f) {
        // "so với năm 2012", and past a noun of what was done: "so với thực hiện năm 2013", "so với kết quả năm 2020"
        String before = text.substring(Math.max(0, f.start() - 28), f.start()).toLowerCase(Locale.ROOT);
        before = before.substring(lastClauseMark(before) + 1);
        if (WORDS.hasComparison(before)) {
            return true;
        }
        String expression = text.substring(f.start(), f.end()).toLowerCase(Locale.ROOT);
        for (String w : SAME_PERIOD) {
            if (expression.startsWith(w) || before.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Where the clause a text opens ends: its first ",", ";", ":", "(" or ".", else its length. */
    private static int clauseEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == '.') {
                return i;
            }
        }
        return text.length();
    }

    /** The last ",", ";", ":" or "(" of a text, or -1. */
    private static int lastClauseMark(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '(') {
                return i;
            }
        }
        return -1;
    }

    /** The start of the clause that holds an offset: just after the last ", ", ";", ":" or "(" before it. */
    /** Where the clause that goes on at {@code at} ends: at `;`, `:`, `(`, a comma before a word, or a full stop. */
    private static int clauseEnd(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean beforeWord = i + 1 >= text.length() || !Character.isDigit(text.charAt(i + 1));
            if (c == ';' || c == ':' || c == '(' || (c == ',' || c == '.') && beforeWord) {
                return i;
            }
        }
        return text.length();
    }

    private static int clauseStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                int open = text.lastIndexOf('(', i);
                if (open >= 0) {
                    i = open; // "(GRDP)" is part of the indicator, not a clause of its own
                    continue;
                }
            }
            if (c == ':' && withinBrackets(text, i)) {
                continue; // "(kế hoạch cả năm: 10%)", "(cùng kỳ: 48,1%)": the label before the colon is the figure's own
            }
            if (c == ';' || c == ':' || c == '(') {
                return i + 1;
            }
            if (c == ',' && i + 1 < text.length() && !Character.isDigit(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Whether a bracket opened before this place is still open there. */
    /**
     * Whether a period stands in brackets closed before the figure, with a figure of their own: a figure of another
     * period recalled beside the one before them ("sản lượng đạt 95.000 tấn (năm 2021 đạt 110.000 tấn), trong đó xuất
     * khẩu 42.000 tấn": the export is of the story's year; gen25c 009), which dates nothing after them.
     */
    private static boolean recalledInBrackets(String text, DateExpressions.Found f, List<Quantities.Quantity> qs,
                                              Quantities.Quantity q) {
        int open = text.lastIndexOf('(', f.start());
        if (open < 0 || text.lastIndexOf(')', f.start()) > open) {
            return false;
        }
        int close = text.indexOf(')', f.end());
        return close >= 0 && close < q.start()
                && qs.stream().anyMatch(o -> o.start() > open && o.end() <= close);
    }

    private static boolean withinBrackets(String text, int at) {
        return text.lastIndexOf('(', at) > text.lastIndexOf(')', at);
    }

    /** The rest of a figure's clause: up to the next figure, ";", ")" or the end of the sentence. */
    /** The year a plan noun names after a figure, within its clause ("... 100% kế hoạch vốn năm 2021"), or null. */
    private static String planYearAfter(String text, List<DateExpressions.Found> found, int from, int to) {
        for (DateExpressions.Found f : found) {
            if (f.kind() == DateExpressions.Kind.YEAR && f.start() >= from && f.end() <= to && f.period() != null
                    && f.period().matches("\\d{4}")
                    && WORDS.endsWithPlanNoun(text.substring(Math.max(from, f.start() - 40), f.start()))) {
                return f.period();
            }
        }
        return null;
    }

    private static String clauseTail(String text, int from, int nextStart) {
        int end = Math.max(from, nextStart);
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == ';' || c == ')') {
                return text.substring(from, i);
            }
        }
        return text.substring(from, end);
    }

    private String[] statusOf(String text, int at) {
        String before = withoutNamedCues(text.substring(0, at).toLowerCase(Locale.ROOT));
        String[] best = null;
        int bestEnd = -1;
        WordStarts starts = WordStarts.of(before);
        for (int k = 0; k < statusCues.size(); k++) {
            if (!starts.mayHold(statusCueOpenings[k])) {
                continue;
            }
            String[] cue = statusCues.get(k);
            int idx = before.lastIndexOf(cue[0]);
            while (idx >= 0 && !isWord(before, idx, cue[0].length())) {
                idx = before.lastIndexOf(cue[0], idx - 1);
            }
            if (idx < 0 || WORDS.comparisonBefore(before, idx)) {
                continue;
            }
            // "GDP ước tăng 10,1%; GDP bình quân đầu người đạt 26,5 triệu đồng": an estimate or a plan holds to the
            // end of its clause; a target ("phấn đấu") to the end of its paragraph
            if ((!"yes".equals(cue[2]) || WORDS.purposeBefore(before, idx)) && before.indexOf(';', idx) >= 0) {
                // "để đạt mục tiêu ..., tỉnh sẽ dồn lực ...; đến ngày 20-6, giải ngân mới đạt 31,5%": a target aimed at
                // holds to its clause's end too
                continue;
            }
            int end = idx + cue[0].length();
            if (end > bestEnd) {
                best = cue;
                bestEnd = end;
            }
        }
        return best;
    }

    private boolean stickyTargetIn(String text) {
        String lower = withoutNamedCues(text.toLowerCase(Locale.ROOT));
        WordStarts starts = WordStarts.of(lower);
        for (int k = 0; k < statusCues.size(); k++) {
            if (!starts.mayHold(statusCueOpenings[k])) {
                continue;
            }
            String[] cue = statusCues.get(k);
            int idx = lower.indexOf(cue[0]);
            if (idx >= 0 && "yes".equals(cue[2]) && isWord(lower, idx, cue[0].length())
                    && !WORDS.comparisonBefore(lower, idx) && !WORDS.metBefore(lower, idx)) {
                return true;
            }
        }
        return false;
    }

    /** "vượt mục tiêu đề ra (6 - 6,5%)": a target the text says was met or missed is not the paragraph's plan. */
    private static boolean metTarget(String before, String cue) {
        String lower = before.toLowerCase(Locale.ROOT);
        int idx = lower.lastIndexOf(cue);
        return idx >= 0 && WORDS.metBefore(lower, idx);
    }

    /**
     * The text with the names a cue word is part of blanked, offsets kept: "giải ngân vốn các chương trình mục tiêu quốc
     * gia mới đạt 12,6%" is a result, not a target ({@code status-cues.tsv}, status none).
     */
    private String withoutNamedCues(String lower) {
        String out = lower;
        for (String name : namesWithCues) {
            int idx = out.indexOf(name);
            while (idx >= 0) {
                out = out.substring(0, idx) + " ".repeat(name.length()) + out.substring(idx + name.length());
                idx = out.indexOf(name, idx + name.length());
            }
        }
        return out;
    }

    private static boolean isWord(String s, int idx, int len) {
        boolean startOk = idx == 0 || !Character.isLetter(s.charAt(idx - 1));
        boolean endOk = idx + len >= s.length() || !Character.isLetter(s.charAt(idx + len));
        return startOk && endOk;
    }

    /**
     * The province a figure's own clause opens with: "Bắc Giang dẫn đầu với 14,14%, tiếp theo là Hải Phòng (10,34%),
     * Khánh Hòa (10,16%)" gives each figure its province; else null.
     */
    private String clauseProvince(String words) {
        Matcher ranked = WORDS.rankedPlace.matcher(words);
        if (ranked.find()) {
            String first = provinces.provinceOpening(ranked.group(1));
            if (first != null) {
                return first; // "tỉnh có diện tích lớn nhất là Lâm Đồng với hơn 24.233 km2": the place ranked first
            }
        }
        String opening = listedProvince(words);
        int comma = Math.max(words.lastIndexOf(','), words.lastIndexOf(';'));
        // "TP HCM dẫn đầu với 41.200 doanh nghiệp thành lập mới, tiếp theo là Hà Nội (26.800 doanh nghiệp)": the words
        // the figure before goes on with stand before the figure's own clause
        return opening == null && comma >= 0 ? listedProvince(words.substring(comma + 1)) : opening;
    }

    private String listedProvince(String words) {
        String w = WORDS.listNext.matcher(words).replaceFirst("");
        w = WORDS.leadingFunctionWords.matcher(w).replaceAll("");
        return provinces.provinceOpening(w);
    }

    /**
     * Việt Nam for a national opening, a province for "Đối với tỉnh Hà Giang, ...", else null. The country named only as
     * the background of a clause before the figure's own, which speaks of the province ("Trong bối cảnh kinh tế cả nước
     * gặp nhiều khó khăn, tốc độ tăng trưởng kinh tế của tỉnh ước đạt 6,8%"), opens nothing, also where the figure's
     * clause names the province after the number ("cùng với cử tri cả nước, hơn 536.000 cử tri tỉnh Lạng Sơn đã đi bỏ
     * phiếu"). {@code at} is where the sentence's first figure starts.
     */
    private String areaOpening(String text, int at) {
        String before = text.substring(0, at);
        if (hasNationalCue(before)) {
            int start = clauseStart(before, before.length());
            String own = before.substring(start);
            String after = text.substring(at, clauseEnd(text, at));
            if (hasNationalCue(own) && !provinceAfterNationalCue(own)
                    || !WORDS.speaksOfAProvince(own, WordStartMatcher.fold(own)) && provinces.provinceIn(after) == null) {
                return "Việt Nam";
            }
        }
        String head = before.length() > 60 ? before.substring(0, 60) : before;
        return provinces.provinceIn(head);
    }

    /**
     * Whether the clause goes on to speak of the province after its last national phrase: "Bí thư Tỉnh ủy cũng đề nghị
     * các địa phương phấn đấu hoàn thành chỉ tiêu thu ngân sách năm 2025 của tỉnh là 64.500 tỷ đồng" is the province's
     * target, its localities the ones asked (gen24a 006).
     */
    private boolean provinceAfterNationalCue(String text) {
        String key = TextNormalizer.key(text);
        int end = -1;
        for (String cue : nationalCues) {
            int idx = key.lastIndexOf(cue);
            if (idx >= 0) {
                end = Math.max(end, idx + cue.length());
            }
        }
        if (end < 0) {
            return false;
        }
        String rest = key.substring(end);
        return WORDS.speaksOfAProvince(rest, WordStartMatcher.fold(rest));
    }

    /**
     * Whether a national phrase stands in the text, other than as a ranking ("đứng đầu cả nước") or as the places a
     * merger joined ("các địa phương (cũ)": the former communes of a new one, group-words use {@code era}).
     */
    private boolean hasNationalCue(String text) {
        String key = TextNormalizer.key(text);
        for (String cue : nationalCues) {
            int idx = key.indexOf(cue);
            while (idx >= 0) {
                String before = key.substring(Math.max(0, idx - 14), idx);
                if (!WORDS.rankingBefore.matcher(before).find() && !ERA_AFTER.matcher(key).region(idx + cue.length(),
                        key.length()).lookingAt()) {
                    return true;
                }
                idx = key.indexOf(cue, idx + 1);
            }
        }
        return false;
    }

    private String indicatorOf(String segment, Quantities.Quantity q, String tail, String prevIndicator,
                               boolean wholeOfRatio) {
        if (wholeOfRatio) {
            return WORDS.totalName + " " + q.surface().replaceAll("^[\\d.,/\\s]+", "").strip();
        }
        String s = afterStatusCue(withoutPeriods(LIST_ITEM.matcher(segment).replaceFirst("")));
        s = WORDS.leadingFunctionWords.matcher(s).replaceAll("");
        s = changeFirst(s);
        s = WORDS.trailingFunctionWords.matcher(s).replaceAll("").strip();
        s = s.replaceAll("^[\\s,;:()]+|[\\s,;:(]+$", "");
        String lower = s.toLowerCase(Locale.ROOT);
        String noun = WORDS.scaleWords.matcher(q.surface().replaceAll("^[\\d.,/\\s–-]+", "")).replaceFirst("").strip();
        if (!LETTERS.matcher(s).find() || WORDS.verbsOnly.contains(lower)) {
            String follow = tail.split("[,;.()]", 2)[0].strip();
            String followKey = follow.toLowerCase(Locale.ROOT);
            boolean comparison = follow.isEmpty() || WORDS.opensWithComparison(followKey) || WORDS.opensWithPlanNoun(followKey);
            if (comparison && prevIndicator != null) {
                // "đạt 4,33 tỷ USD, tăng 8,3%": a bare change is against the same period; "bằng 39,8%" against the plan
                if (follow.isEmpty() && !lower.isEmpty() && !"percent".equals(q.unit())
                        && !WORDS.changeVerbs.contains(lower)) {
                    return prevIndicator; // "Kim ngạch xuất khẩu ước đạt 1,62 tỷ USD; trong đó, riêng tháng 9 đạt 186 triệu USD"
                }
                String bare = WORDS.changeVerbs.contains(lower) ? SAME_PERIOD.get(0) : WORDS.planBase;
                String base = WORDS.opensWithComparison(followKey) ? follow
                        : WORDS.comparisonWord + " " + (follow.isEmpty() ? bare : follow);
                return prevIndicator + " " + base;
            }
            follow = WORDS.trailingFunctionWords.matcher(WORDS.followStop.split(follow, 2)[0]).replaceAll("");
            if ("percent".equals(q.unit())) {
                return follow.isEmpty() ? q.surface() : WORDS.rateName + " " + follow;
            }
            if ("count".equals(q.kind())) {
                return (WORDS.countName + " " + noun + " " + follow).strip();
            }
            return follow.isEmpty() ? q.surface() : follow;
        }
        if ("count".equals(q.kind()) && WORDS.countingVerb.matcher(s).find()) {
            return s + " " + noun; // "kết nạp được 2.614 đảng viên" -> "kết nạp đảng viên"
        }
        return s;
    }

    /** Whether a figure's words name nothing but verbs: "tăng", "đạt", "ước đạt khoảng", "bằng". */
    private boolean namesNoIndicator(String segment) {
        String s = WORDS.leadingFunctionWords.matcher(afterStatusCue(segment)).replaceAll("");
        s = WORDS.trailingFunctionWords.matcher(" " + s).replaceAll("").strip().toLowerCase(Locale.ROOT);
        return !LETTERS.matcher(s).find() || WORDS.verbsOnly.contains(s) || WORDS.changeVerbs.contains(s);
    }

    /** "- GDP bình quân đầu người: 29,8 triệu đồng": a figure right after a colon is named by the words before it. */
    private String labelled(String text, int from, String segment, int prevQuantityEnd) {
        if (!segment.isBlank() || from == 0 || text.charAt(from - 1) != ':') {
            return segment;
        }
        int start = Math.max(clauseStart(text, from - 1), prevQuantityEnd);
        String label = start < from - 1 ? text.substring(start, from - 1) : "";
        // "Một số chỉ tiêu vượt mục tiêu, đó là: 85% xã có ...": words that only lead in name nothing
        String words = WORDS.leadingFunctionWords.matcher(label + " ").replaceAll("");
        return LETTERS.matcher(words).find() ? label : segment;
    }

    /**
     * The noun phrase of a change: "tổng sản phẩm trên địa bàn tăng" -> "tăng tổng sản phẩm trên địa bàn"; a level
     * reached by a change is the noun's own value: "Tỷ lệ hộ nghèo giảm còn" -> "Tỷ lệ hộ nghèo".
     */
    private String changeFirst(String s) {
        Matcher m = WORDS.trailingChange.matcher(s);
        if (!m.find() || m.start() == 0) {
            return s;
        }
        String noun = s.substring(0, m.start()).strip();
        return m.group(2) != null ? noun : m.group(1).toLowerCase(Locale.ROOT) + " " + noun;
    }

    /** The indicator without the periods it names: "Tốc độ tăng trưởng GRDP 9 tháng" -> "Tốc độ tăng trưởng GRDP". */
    private static String withoutPeriods(String segment) {
        List<DateExpressions.Found> found = PERIOD_ONLY.find(segment);
        if (found.isEmpty()) {
            return segment;
        }
        StringBuilder b = new StringBuilder(segment);
        for (int i = found.size() - 1; i >= 0; i--) {
            b.delete(found.get(i).start(), found.get(i).end());
        }
        return b.toString().replaceAll("\\s{2,}", " ");
    }

    /** The words after the last status cue: "Thái Nguyên phấn đấu tốc độ tăng trưởng" -> "tốc độ tăng trưởng". */
    private String afterStatusCue(String segment) {
        String lower = withoutNamedCues(segment.toLowerCase(Locale.ROOT));
        int cut = -1;
        int cueStart = -1;
        WordStarts starts = WordStarts.of(lower);
        for (int k = 0; k < statusCues.size(); k++) {
            if (!starts.mayHold(statusCueOpenings[k])) {
                continue;
            }
            String[] cue = statusCues.get(k);
            int idx = lower.lastIndexOf(cue[0]);
            if (idx >= 0 && isWord(lower, idx, cue[0].length()) && idx + cue[0].length() < lower.length()
                    && idx + cue[0].length() > cut) {
                cut = idx + cue[0].length();
                cueStart = idx;
            }
        }
        if (cut < 0) {
            return segment;
        }
        String rest = WORDS.trailingFunctionWords.matcher(" " + segment.substring(cut)).replaceAll("");
        if (cueStart > 0 && WORDS.changeVerbs.contains(rest.strip().toLowerCase(Locale.ROOT))) {
            return segment.substring(0, cueStart) + segment.substring(cut); // "GDP ước tăng": "GDP tăng"
        }
        return LETTERS.matcher(rest).find() ? segment.substring(cut) : segment; // "... ước đạt 1,18%": nothing after
    }

    private List<String> comparisons(String tail) {
        List<String> out = new ArrayList<>();
        String lower = tail.toLowerCase(Locale.ROOT);
        int pos = 0;
        while (pos < tail.length()) {
            int best = -1;
            for (String cue : comparisonCues) {
                int idx = lower.indexOf(cue, pos);
                while (idx >= 0 && !isWord(lower, idx, cue.length())) {
                    idx = lower.indexOf(cue, idx + 1);
                }
                if (idx >= 0 && (best < 0 || idx < best)) {
                    best = idx;
                }
            }
            if (best < 0) {
                break;
            }
            int end = best;
            while (end < tail.length() && ",;.()".indexOf(tail.charAt(end)) < 0) {
                end++;
            }
            String phrase = tail.substring(best, end).strip();
            if (phrase.indexOf(' ') > 0 && !comparisonCues.contains(phrase.toLowerCase(Locale.ROOT))) {
                out.add(phrase);
            }
            pos = Math.max(end, best + 1);
        }
        return out;
    }

    /** True when a period the story opened with lies in a year before the one its targets are set for. */
    private static boolean behindPlanYear(String period, Years years) {
        if (period == null || years.planYear() == null || !period.matches("\\d{4}.*")) {
            return false;
        }
        // a span runs to its last year: "2016-2020" in a story of 2019 is not behind
        int last = period.matches("\\d{4}-\\d{4}") ? Integer.parseInt(period.substring(5)) : Integer.parseInt(period.substring(0, 4));
        return last < years.planYear();
    }

    /** The years a figure without a period of its own falls back to. */
    private record Years(Integer doc, Integer reviewYear, Integer planYear, Integer month) {
        static Years of(PartialDate eventDate, TimeAnchor anchor, String story) {
            Integer doc = eventDate != null ? Integer.valueOf(eventDate.year()) : anchor.year();
            if (doc == null) {
                return new Years(null, null, null, null);
            }
            List<Integer> named = anchor.namedYears(); // the story's named years
            Integer month = eventDate == null ? null : eventDate.month();
            // A review held early in the year looks back on the year before (the anchor, whose reference is the
            // event date, says so); a plan made late in the year is for the year after.
            int review = eventDate == null ? doc : anchor.reportingYear();
            int plan = month != null && month >= 10 && named.contains(doc + 1) ? doc + 1 : doc;
            return new Years(doc, review, plan, month);
        }

        /**
         * Whether a period is a whole year before the one the story reports on, in a story written after the months
         * in which the year before is reviewed (its first quarter): a year that may be recalled, not the story's.
         */
        boolean recalls(String period) {
            return reviewYear != null && month != null && month > 3 && period.matches("\\d{4}")
                    && Integer.parseInt(period) < reviewYear;
        }

        String review() {
            return reviewYear == null ? null : String.valueOf(reviewYear);
        }

        String plan() {
            return planYear == null ? null : String.valueOf(planYear);
        }
    }
}
