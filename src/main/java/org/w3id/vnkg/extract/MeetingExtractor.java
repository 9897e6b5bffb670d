package org.w3id.vnkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreLabel;

import org.w3id.vnkg.facts.Meeting;
import org.w3id.vnkg.facts.PartialDate;
import org.w3id.vnkg.lexicon.Tsv;
import org.w3id.vnkg.normalize.Abbreviations;
import org.w3id.vnkg.normalize.CalendarWords;
import org.w3id.vnkg.normalize.DateLine;
import org.w3id.vnkg.normalize.TextNormalizer;
import org.w3id.vnkg.nlp.TokenTrie;
import org.w3id.vnkg.nlp.TokenWords;
import org.w3id.vnkg.nlp.VnLexicon;
import org.w3id.vnkg.normalize.VietnameseNumbers;

/**
 * Finds the meetings a story reports and who chaired and attended them.
 * <pre>
 *   "Sáng 8/4, Ban Chấp hành Đảng bộ tỉnh khóa XII tổ chức Hội nghị lần thứ 15."
 *   -> Meeting[2024-04-08, hội nghị, organizer=Ban Chấp hành Đảng bộ tỉnh (+ the article's province), term=XII,
 *              session=15]
 *   "Ngày 26/6, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Lương Cường có buổi làm việc với Ban Chấp hành (BCH)
 *    Đảng bộ tỉnh Bắc Giang."
 *   -> Meeting[2024-06-26, buổi làm việc, organizer=Ban Chấp hành Đảng bộ tỉnh Bắc Giang, chairs=[Lương Cường]]
 * </pre>
 * A meeting is reported by a dated sentence where a body "tổ chức" a kind of {@code meeting-kinds.tsv},
 * someone "có buổi làm việc với" a body, or a meeting "khai mạc / diễn ra"; an undated one counts only when
 * the story has no dated one. Ceremonies, art programmes and meetings only planned ("tổ chức Đại hội ... theo
 * kế hoạch") are not meetings. People come from sentences that name the meeting and a cue of
 * {@code meeting-roles.tsv} ("chủ trì", "dự", "phát biểu", "kết luận", "tại hội nghị"): those before "chủ
 * trì" chair it; everyone named there attends it. Speech after a colon ("nhấn mạnh: ...") is not attendance.
 */
public final class MeetingExtractor {
    private static final GroupWords GROUP_WORDS = GroupWords.load();
    /** The most days a meeting reported opened and then closed may run (a Central Committee plenum runs up to two weeks). */
    private static final int MAX_MEETING_DAYS = 15;
    /** A plenum's number after its body, as the press writes it: "Hội nghị Trung ương 7". */
    private static final Pattern NUMBERED_SESSION = Pattern.compile("\\s+(\\d{1,2})$");
    private static final Pattern TERM = Pattern.compile("(?iu)(?<![\\p{L}])(?:khóa|khoá)\\s+([IVXLC]+|\\d{1,3})(?![\\p{L}\\d])");
    private static final Pattern TERM_YEARS = Pattern.compile(
            "(?iu)(?<![\\p{L}])nhiệm kỳ\\s+((?:19|20)\\d\\d)\\s*[-–]\\s*((?:19|20)\\d\\d)(?!\\d)");
    /** An ordinal: "thứ 15", "thứ XVII", "thứ nhất", and in words "thứ Bảy", "thứ mười lăm" (calendar-words.tsv). */
    private static final String ORDINAL_NUMBER = "(\\d{1,3}|" + CalendarWords.standard().number() + "|[IVXLC]+|nhất)";
    private static final Pattern SESSION = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:lần|kỳ họp|phiên họp|phiên)\\s+thứ\\s+" + ORDINAL_NUMBER + "(?![\\p{L}\\d])");
    private static final Pattern ORDINAL = Pattern.compile("(?iu)^\\s*thứ\\s+" + ORDINAL_NUMBER + "(?![\\p{L}\\d])");
    private static final Pattern DISTRICT_LEVEL = Pattern.compile("(?iu)(?<![\\p{L}])(?:huyện|quận|thị xã|thị ủy|thị uỷ)(?![\\p{L}])");
    private static final Pattern IN_PROVINCE = Pattern.compile("(?iu),\\s*(?:tỉnh|thành phố|TP\\.?)\\s+[^,]+$");
    private static final Pattern PLACE = Pattern.compile("(?u)(?<![\\p{L}])tại\\s+([^,.;]{3,80})");
    /** A paper's code and a day before a body: "BGĐT- Ngày 13/10, " (time-words.tsv, kinds day and day-part). */
    /**
     * A level word written with its period before a place's name ("TX.Thuận An", "Q. Bình Thạnh": localities.tsv) and
     * the word it is written out as; a name in capitals ("TP.HCM") is the province's alias, written out elsewhere.
     */
    private static final Map<String, String> DOTTED_LEVEL_WORDS = dottedLevelWords();
    private static final Pattern DOTTED_LEVEL = Pattern.compile("(?<![\\p{L}])("
            + String.join("|", DOTTED_LEVEL_WORDS.keySet().stream().map(Pattern::quote).toList())
            + ")\\s*+(?=\\p{Lu}\\p{Ll})");

    private static Map<String, String> dottedLevelWords() {
        Map<String, String> out = new java.util.HashMap<>();
        for (Map<String, String> r : Tsv.load("localities.tsv").rows()) {
            String w = r.get("word");
            if (w.length() > 1 && w.indexOf('.') == w.length() - 1 && !r.get("written").isEmpty()) {
                out.put(w, r.get("written"));
            }
        }
        return Map.copyOf(out);
    }

    private static final Pattern LEADING_DAY = Pattern.compile("(?iu)^.{0,40}?(?<![\\p{L}])(?:"
            + TimeWords.standard().alternation("day", "day-part") + ")\\s+\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?\\s*,\\s*");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^()]*\\)");
    /** A plan's words before its verb ("sẽ tổ chức", "dự kiến bế mạc": time-words.tsv, kind future). */
    private static final Pattern FUTURE = Pattern.compile("(?iu)(?<![\\p{L}])(?:"
            + TimeWords.standard().alternation("future") + ")(?![\\p{L}])");
    /** A plan or an aim: future words and plan words (time-words.tsv, kinds future and plan). */
    /** What may stand between a verb and the day after it: "diễn ra ngày 18/3", "diễn ra vào ngày 18/3". */
    /** The words before a day and month: "ngày", a part of the day, "hôm" (time-words.tsv). */
    private static final String DAY_WORDS = TimeWords.standard().alternation("day", "day-part", "day-ago");
    private static final Pattern DAY_AFTER_VERB = Pattern.compile("(?iu)\\s*(?:vào\\s+)?");
    private static final Pattern PLANNED = Pattern.compile("(?iu)(?<![\\p{L}])(?:"
            + TimeWords.standard().alternation("future", "plan") + ")(?![\\p{L}])");
    private static final Pattern PLACE_FIRST = Pattern.compile("(?iu)^tại\\s+([^,]+),\\s*");
    private static final Pattern ABOUT = Pattern.compile("(?iu)\\s(?:về|để|nhằm)\\s");
    /** A day written in a meeting's setting: "sáng 26/12", "ngày 5-3". */
    private static final Pattern SETTING_DAY = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:" + DAY_WORDS + ")\\s+(?:nay\\s+)?\\d{1,2}\\s*[/.-]\\s*\\d{1,2}(?!\\d)");
    /** A part of a day set off by a comma after a meeting's name: ", sáng 8/7", ", chiều nay (29/12)". */
    private static final Pattern DAY_AFTER_NAME = Pattern.compile("(?iu),\\s*(?:"
            + TimeWords.standard().alternation("day-part") + ")\\s+(?:nay\\s*)?\\(?\\s*\\d{1,2}\\s*[/.-]\\s*\\d{1,2}(?!\\d)");
    /** How long a meeting's name may run before the day set off after it. */
    private static final int MAX_NAME_BEFORE_DAY = 160;
    private static final Pattern AUXILIARY = Pattern.compile("(?iu)\\s(?:đã|vừa|đang|chính thức)\\s");
    /** Between two names of a list: a comma or "và", and the lower-case honorific of the next ("ông", "đồng chí"). */
    private static final Pattern LISTED_NEXT = Pattern.compile("(?u)[\\s,]*(?:và\\s+)?(?:\\p{Ll}+(?:\\s+\\p{Ll}+)?\\s+)?");
    private static final Pattern PURPOSE = Pattern.compile("(?iu)(?<![\\p{L}])(?:để|nhằm)\\s+");
    /**
     * What may stand between a one-word reception verb and the name it receives: "các" and a lower-case honorific
     * (honorifics.tsv), "tiếp ông A", "tiếp các đồng chí"; "tiếp xúc có đồng chí A" is no reception of A.
     */
    private static final Pattern RECEIVED_HONORIFIC = Pattern.compile("(?u)\\s*(?:các\\s+)?(?:(?:" + Tsv.load("honorifics.tsv")
            .rows().stream().map(r -> r.get("honorific")).filter(h -> h.equals(h.toLowerCase(Locale.ROOT)))
            .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|")) + ")\\s+)?");

    private final List<String> kinds;
    private final Map<String, String> kindOfSurface;
    private final Pattern held;
    /** A partner joined to the organizer ("phối hợp với ...": meeting-verbs.tsv, use partner), cut from it. */
    private final Pattern partner;
    private final Pattern working;
    private final Pattern opened;
    private final Pattern kindMention;
    private final Pattern chaired;
    private final Pattern atMeeting;
    /** A meeting under way that a report is set in: "Tiếp tục chương trình Kỳ họp thứ 4, ..." (meeting-verbs.tsv, continues). */
    private final Pattern continued;
    private final Pattern met;
    private final Pattern session;
    private final Pattern received;
    /** A body joined to the people before a session's verb: "A cùng Đoàn ĐBQH tỉnh" (meeting-verbs.tsv, alongside). */
    private final Pattern alongside;
    /** A gathering a meeting's verb or kind begins that is no meeting: "họp báo" (meeting-verbs.tsv, not-meeting). */
    private final Pattern notMeeting;
    /** A verb that holds a meeting at the end of the subject of "họp": "UBND tỉnh tổ chức họp ...". */
    private final Pattern heldAtEnd;
    /** A body that holds what a sentence names, written in the passive after it: "do Bộ Tư pháp tổ chức". */
    private final Pattern doneBy;
    private final Map<String, String> kindOfVerb;
    /**
     * The clause before "tại" and a meeting's kind that says a decision was made known there (meeting-verbs.tsv,
     * announced), with the day it writes or none: "Quyết định được công bố chiều 30/6 ".
     */
    private final Pattern announcedBefore;
    /** The opening of a sentence said to the press (press-remarks.tsv): none of its people is at the meeting. */
    private final Pattern pressRemark;
    /** The verbs of a vote (meeting-verbs.tsv, voted and tallied): a sitting only where a day dates it. */
    private final Set<String> votes;
    /** The verbs of a vote that is a sitting only where its sentence gives the tally (meeting-verbs.tsv, tallied). */
    private final Set<String> tallied;
    /** A vote's tally: "458/463 đại biểu tán thành" (meeting-verbs.tsv, tally). */
    private final Pattern tally;
    /** The verbs of a meeting's first and last day (meeting-verbs.tsv, opens and closes), after its kind. */
    private final Pattern opens;
    private final Pattern heldOn; // a trigger ending in a verb whose day follows it: "Hội nghị ... diễn ra ngày 18/3"
    private final Pattern closes;
    /** A journey word with no clause boundary after it, at the end of the text before a run of days. */
    private final Pattern journey;
    // The same patterns tried only where they can begin (WordStartMatcher): scanning every sentence with each
    // regex at every character was a fifth of all extraction time. held, opened, chaired and atMeeting all
    // contain a kind, so a sentence without one (kindNamed) is not scanned for them.
    private final WordStartMatcher kindNamed;
    private final WordStartMatcher heldAt;
    private final WordStartMatcher openedAt;
    private final WordStartMatcher chairedAt;
    private final WordStartMatcher workingAt;
    private final WordStartMatcher metAt;
    private final WordStartMatcher sessionAt;
    private final WordStartMatcher receivedAt;
    private final WordStartMatcher atMeetingAt;
    private final WordStartMatcher continuedAt;
    private final List<String[]> roleCues; // {cue, role, not_before, alone, opens}
    private final int[] roleCueOpenings; // WordStarts.openingOf each cue: most sentences hold few of them (JFR)
    private final List<String> decisionCues;
    private final List<String> decisionAfterCues;
    private final ProvinceFinder provinces = new ProvinceFinder();
    /** The parts of a day ("sáng", "chiều": time-words.tsv, kind day-part), which date an event written after it. */
    private final Set<String> dayParts = Set.copyOf(TimeWords.standard().words("day-part"));
    private final PersonFinder people;
    private final SceneSpeakers sceneSpeakers = new SceneSpeakers();
    private final TitleReferences titleReferences;
    /** The bodies of a province as the press names them ("Tỉnh ủy", "UBND tỉnh"): a host's, in a reception. */
    private final Pattern provincialBody;

    public MeetingExtractor() {
        this(new AnnotatedPersonFinder());
    }

    /** A meeting extractor that reads people through the given finder. */
    public MeetingExtractor(PersonFinder people) {
        this.people = people;
        VnLexicon lex = VnLexicon.standard();
        this.titleReferences = new TitleReferences(lex, new TitleParser(lex));
        Tsv kindTable = Tsv.load("meeting-kinds.tsv");
        List<String> k = new ArrayList<>(kindTable.column("surface"));
        Map<String, String> named = new java.util.HashMap<>();
        for (Map<String, String> row : kindTable.rows()) {
            named.put(row.get("surface"), row.get("kind").isEmpty() ? row.get("surface") : row.get("kind"));
        }
        this.kindOfSurface = Map.copyOf(named);
        k.sort(Comparator.comparingInt(String::length).reversed());
        this.kinds = List.copyOf(k);
        String kind = "(" + String.join("|", kinds.stream().map(s -> Pattern.quote(s).replace(" ", "\\E\\s+\\Q")).toList())
                + ")(?![\\p{L}])";
        Tsv verbs = Tsv.load("meeting-verbs.tsv");
        this.partner = Pattern.compile("(?iu)\\s+" + verbs(verbs, "partner") + "\\s.*$");
        // "tổ chức phiên chính thức Đại hội ...": a sitting of the meeting may stand before its kind
        this.held = Pattern.compile("(?iu)(?<![\\p{L}])(?:đã\\s+)?(?:long trọng\\s+|trọng thể\\s+)?" + verbs(verbs, "held")
                + "\\s+(?:" + verbs(verbs, "sitting") + "\\s+(?:của\\s+)?)?" + kind);
        // "Kỳ họp ... tiếp tục chương trình làm việc với phiên chất vấn": a programme of work is no working session
        this.working = Pattern.compile(
                "(?iu)(?<![\\p{L}])(?:đã\\s+)?(?:có\\s+)?(?:(buổi)\\s+)?(?<!trình\\s)làm việc\\s+(với|tại)\\s+");
        this.met = Pattern.compile(
                "(?iu)(?<![\\p{L}])(?<!kỳ\\s)(?<!cuộc\\s)(?<!phiên\\s)(?<!buổi\\s)(?:đã\\s+)?(?:nhóm\\s+)?họp(?![\\p{L}])");
        Map<String, String> verbKinds = new java.util.HashMap<>();
        Set<String> sessions = new java.util.HashSet<>();
        Set<String> votes = new java.util.HashSet<>();
        Set<String> tallied = new java.util.HashSet<>();
        List<String> receptionStarts = new ArrayList<>(List.of("đã"));
        for (Map<String, String> row : verbs.rows()) {
            boolean vote = row.get("use").equals("voted") || row.get("use").equals("tallied");
            if (row.get("use").equals("session") || vote || row.get("use").equals("received")) {
                verbKinds.put(row.get("verb"), row.get("kind"));
            }
            if (row.get("use").equals("tallied")) {
                tallied.add(row.get("verb"));
            }
            if (vote) {
                votes.add(row.get("verb"));
                sessions.add(row.get("verb"));
            } else if (row.get("use").equals("session")) {
                sessions.add(row.get("verb"));
            } else if (row.get("use").equals("received")) {
                receptionStarts.add(row.get("verb").split(" ", 2)[0]);
            }
        }
        this.kindOfVerb = Map.copyOf(verbKinds);
        this.votes = Set.copyOf(votes);
        this.tallied = Set.copyOf(tallied);
        this.tally = Pattern.compile("(?iu)\\d+\\s*/\\s*\\d+\\s+(?:\\p{L}+\\s+){1,4}?" + verbs(verbs, "tally")
                + "(?![\\p{L}])");
        this.session = Pattern.compile("(?iu)(?<![\\p{L}])(?:đã\\s+)?(?:tiếp tục\\s+)?(?:" + verbs(verbs, "session")
                + "|" + verbs(verbs, "voted") + "|" + verbs(verbs, "tallied") + ")(?![\\p{L}])");
        this.doneBy = Pattern.compile("(?u)(?<![\\p{L}])do\\s+(\\p{Lu}[^,.;:()]{2,80}?)\\s+" + verbs(verbs, "held")
                + "(?![\\p{L}])");
        this.alongside = Pattern.compile("(?u)(?<![\\p{L}])" + verbs(verbs, "alongside") + "\\s+(\\p{Lu}[^,;:]*)$");
        this.notMeeting = Pattern.compile("(?iu)(?<![\\p{L}])" + verbs(verbs, "not-meeting") + "(?![\\p{L}])");
        this.heldAtEnd = Pattern.compile("(?iu)\\s+(?:đã\\s+)?" + verbs(verbs, "held") + "$");
        this.received = Pattern.compile("(?iu)(?<![\\p{L}])(?:đã\\s+)?" + verbs(verbs, "received") + "(?![\\p{L}])");
        this.opens = Pattern.compile("(?iu)(?<![\\p{L}])" + verbs(verbs, "opens") + "(?![\\p{L}])");
        this.heldOn = Pattern.compile("(?iu)(?<![\\p{L}])" + verbs(verbs, "on") + "$");
        this.closes = Pattern.compile("(?iu)(?<![\\p{L}])" + verbs(verbs, "closes") + "(?![\\p{L}])");
        this.journey = Pattern.compile("(?iu)(?<![\\p{L}])" + verbs(verbs, "journey") + "(?![\\p{L}])[^,;.]*$");
        // "kỳ họp thứ 9 HĐND TP.HCM khóa VIII đã khai mạc": a dot inside an abbreviation ends no sentence
        this.opened = Pattern.compile("(?iu)(?<![\\p{L}])" + kind
                + "((?:[^.;]|\\.(?=\\p{L})){0,120}?)\\s+(?:đã\\s+)?(?:chính thức\\s+)?" + verbs(verbs, "opened") + "(?![\\p{L}])");
        this.kindMention = Pattern.compile("(?iu)(?<![\\p{L}])" + kind);
        this.atMeeting = Pattern.compile("(?iu)(?<![\\p{L}])tại\\s+" + kind);
        this.announcedBefore = Pattern.compile("(?iu)[^,;:]{1,80}?\\s(?:đã\\s+)?" + verbs(verbs, "announced")
                + "(?:\\s+(?:vào\\s+)?(?:" + DAY_WORDS + ")\\s+(?:nay\\s+)?\\(?\\d{1,2}\\s*[/.-]\\s*\\d{1,2}"
                + "(?:\\s*[/.-]\\s*\\d{2,4})?\\)?)?\\s*");
        this.continued = Pattern.compile("(?iu)(?<![\\p{L}])" + verbs(verbs, "continues") + "\\s+" + kind);
        this.chaired = Pattern.compile("(?iu)(?<![\\p{L}])(?:đồng\\s+)?chủ trì\\s+(?:buổi\\s+|cuộc\\s+)?" + kind);
        String[] kindWords = kinds.stream().map(s -> s.split(" ", 2)[0]).toArray(String[]::new);
        this.kindNamed = new WordStartMatcher(kindMention, false, kindWords);
        List<String> heldStarts = new ArrayList<>(List.of("đã", "long", "trọng"));
        verbs.rows().stream().filter(r -> r.get("use").equals("held")).map(r -> r.get("verb").split(" ", 2)[0])
                .distinct().forEach(heldStarts::add);
        this.heldAt = new WordStartMatcher(held, false, heldStarts.toArray(String[]::new));
        this.openedAt = new WordStartMatcher(opened, false, kindWords);
        this.chairedAt = new WordStartMatcher(chaired, false, "đồng", "chủ");
        this.workingAt = new WordStartMatcher(working, false, "đã", "có", "buổi", "làm");
        this.metAt = new WordStartMatcher(met, false, "đã", "nhóm", "họp");
        List<String> sessionStarts = new ArrayList<>(List.of("đã", "tiếp"));
        sessions.stream().map(v -> v.split(" ", 2)[0]).distinct().forEach(sessionStarts::add);
        this.sessionAt = new WordStartMatcher(session, false, sessionStarts.toArray(String[]::new));
        this.receivedAt = new WordStartMatcher(received, false, receptionStarts.toArray(String[]::new));
        List<String> bodyNames = new ArrayList<>();
        for (Map<String, String> row : Tsv.load("provincial-bodies.tsv").rows()) {
            bodyNames.add(row.get("province_name"));
            bodyNames.add(row.get("city_name"));
        }
        this.provincialBody = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + bodyNames.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(b -> Pattern.quote(b).replace(" ", "\\E\\s+\\Q")).collect(java.util.stream.Collectors.joining("|"))
                + ")(?![\\p{L}])");
        this.atMeetingAt = new WordStartMatcher(atMeeting, false, "tại");
        this.continuedAt = new WordStartMatcher(continued, false, "tiếp");
        this.pressRemark = pressRemark(Tsv.load("press-remarks.tsv"));
        List<String[]> cues = new ArrayList<>();
        for (Map<String, String> row : Tsv.load("meeting-roles.tsv").rows()) {
            cues.add(new String[] {row.get("cue"), row.get("role"), row.get("not_before"), row.get("alone"),
                    row.get("opens")});
        }
        cues.sort(Comparator.comparingInt((String[] c) -> c[0].length()).reversed());
        this.roleCues = List.copyOf(cues);
        this.roleCueOpenings = cues.stream().mapToInt(c -> WordStarts.openingOf(c[0])).toArray();
        Tsv decisions = Tsv.load("decision-objects.tsv");
        this.decisionCues = decisions.rows().stream().filter(r -> r.get("side").equals("before")).map(r -> r.get("cue"))
                .toList();
        this.decisionAfterCues = decisions.rows().stream().filter(r -> r.get("side").equals("after"))
                .map(r -> r.get("cue")).toList();
    }

    /** The verbs of one use of meeting-verbs.tsv as a group: "(?:tổ chức|(?<!biểu\\s)khai mạc|tiến hành)". */
    private static String verbs(Tsv table, String use) {
        List<String> out = new ArrayList<>();
        // longest verb first, so "tiếp xã giao" is tried before "tiếp" (by the verb's length: the look-behinds of
        // its not_after words say nothing of what it matches)
        List<Map<String, String>> rows = new ArrayList<>(table.rows());
        rows.sort(Comparator.comparingInt((Map<String, String> row) -> row.get("verb").length()).reversed());
        for (Map<String, String> row : rows) {
            if (row.get("use").equals(use)) {
                StringBuilder notAfter = new StringBuilder();
                for (String w : row.get("not_after").split("\\|")) {
                    if (!w.isEmpty()) {
                        notAfter.append("(?<!").append(Pattern.quote(w)).append("\\s)");
                    }
                }
                out.add(notAfter + Pattern.quote(row.get("verb")).replace(" ", "\\E\\s+\\Q"));
            }
        }
        return "(?:" + String.join("|", out) + ")";
    }

    public List<Meeting> extract(ArticleContext ctx) {
        PersonFinder finder = titleReferences.over(people, ctx); // "Phó Thủ tướng đã làm việc với ..." names him again
        DateExpressions dates = new DateExpressions(
                new TimeAnchor(ctx.eventDate(), ctx.namedYears(), ctx.article().published()));
        String title = ctx.article().title() == null ? null : ctx.article().title().strip();
        List<Draft> dated = new ArrayList<>();
        Draft undated = null;
        List<Draft> named = new ArrayList<>(); // undated reports that name a meeting's body
        for (Sentence s : ctx.sentences()) {
            if (s.text().equals(title)) {
                continue;
            }
            Draft d = trigger(ctx, finder, s, dates, dated.isEmpty() ? ctx.eventDate() : dated.get(dated.size() - 1).date);
            if (d == null) {
                continue;
            }
            PartialDate update = updateDate(s.text()); // the day an update written into the story was made
            if (d.date != null && d.dated
                    && afterPublication(d.date, update != null ? update : ctx.article().published())) {
                continue; // "Sáng mai (23/8), ...": a day after the page's is a plan
            }
            if (d.date != null && d.dated) {
                // "Chiều cùng ngày, ông A làm việc với Đảng ủy Khối doanh nghiệp tỉnh": another body, another meeting
                // "Trong ba ngày, từ 12-14/12, HĐND tỉnh ... tổ chức kỳ họp thứ 3 ... Chiều 14/12, kỳ họp bế mạc": a day
                // within the run of days of a meeting reported before is that meeting's
                Draft same = dated.stream().filter(x -> x.holds(d.date)
                        && (x.kind.startsWith(d.kind) || d.kind.startsWith(x.kind))
                        && (x.organizer == null || d.organizer == null || x.organizer.equals(d.organizer)))
                        .findFirst().orElse(null);
                if (same == null) {
                    // "Chiều 11-5, Hội nghị ... bế mạc" and "Hội nghị Trung ương 7 khai mạc ngày 2-5": its last and first days
                    same = dated.stream().filter(x -> openAndClose(x, d)).findFirst().orElse(null);
                    if (same != null) {
                        same.spanWith(d);
                    }
                }
                if (same == null) {
                    dated.add(d);
                } else if (frames(same, d)) {
                    d.chairs.addAll(same.chairs); // the visitor who works with the body
                    d.participants.addAll(same.participants);
                    dated.set(dated.indexOf(same), d);
                } else {
                    same.absorb(d);
                }
            } else if (d.organizer != null && !PLANNED.matcher(s.text()).find()) {
                undated = undated == null ? d : undated;
                named.add(d);
            }
        }
        runsOfDays(ctx, dates, dated);
        votesWithinOpenedSessions(dated);
        for (Draft d : dated) {
            // "Đại hội đại biểu Đảng bộ tỉnh Thanh Hóa lần thứ XIX ... diễn ra trong 3 ngày. Sáng 14/10, phiên chính thức
            // của đại hội đã khai mạc": the dated report leaves the body to the sentence that names the meeting
            if (d.organizer == null) {
                named.stream().filter(u -> u.kind.startsWith(d.kind) || d.kind.startsWith(u.kind)).findFirst()
                        .ifPresent(d::takeBodyOf);
            }
        }
        List<Draft> drafts = dated;
        if (drafts.isEmpty() && undated != null) {
            undated.date = ctx.eventDate();
            drafts = List.of(undated);
        }
        if (drafts.isEmpty()) {
            return List.of();
        }
        attendance(ctx, finder, drafts, title);
        List<Meeting> out = new ArrayList<>();
        String titleKind = title == null ? null : titleKind(title);
        for (Draft d : drafts) {
            // "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5, khóa XXI" over a story that also reports the Ban Thường
            // vụ's meeting before it: the title's term and session are of the meeting of its kind only
            boolean titled = title != null && (titleKind == null || titleKind.startsWith(d.kind)
                    || d.kind.startsWith(titleKind));
            if (d.term == null && titled) {
                d.term = term(title);
            }
            if (d.session == null && titled && titleKind != null) {
                d.session = session(title);
            }
            Set<String> participants = new LinkedHashSet<>(d.chairs);
            participants.addAll(d.participants);
            // "Hội thảo kỷ niệm 110 năm Ngày sinh đồng chí Nguyễn Văn Cừ": the late leader remembered is not there
            participants.removeIf(p -> ctx.deceased().contains(TextNormalizer.key(p)));
            d.chairs.removeIf(p -> ctx.deceased().contains(TextNormalizer.key(p)));
            out.add(new Meeting(d.date, d.kind, d.organizer, List.copyOf(d.chairs), List.copyOf(participants),
                    d.place, d.term, d.session, d.topic, ctx.evidence(d.sentence)));
        }
        return out;
    }

    /**
     * "Sau 4 ngày làm việc (từ 7 đến 10/10), Hội nghị lần thứ 11 ... đã hoàn thành ..." then "Chiều nay (10/10), Hội
     * nghị ... đã bế mạc": a run of days that a sentence naming the meeting's kind writes, and that holds the day a
     * report dates it by, dates the meeting by its first day.
     */
    private void runsOfDays(ArticleContext ctx, DateExpressions dates, List<Draft> dated) {
        if (dated.stream().allMatch(d -> d.until != null || !d.date.isFullDate())) {
            return;
        }
        for (Sentence s : ctx.sentences()) {
            String text = s.text();
            if (!kindNamed.in(text)) {
                continue;
            }
            for (DateExpressions.Found f : dates.find(text)) {
                if (f.kind() != DateExpressions.Kind.DAY || f.date() == null || f.last() == null || !f.date().isFullDate()
                        || journey.matcher(text.substring(0, f.start())).find()) {
                    continue; // "... trong khuôn khổ chuyến thăm ... từ ngày 20 đến 22/12": the visit's days
                }
                for (Draft d : dated) {
                    if (d.until == null && d.date.isFullDate() && f.date().compareTo(d.date) < 0
                            && f.last().compareTo(d.date) >= 0 && namesKind(text, d.kind)) {
                        d.date = f.date();
                        d.until = f.last();
                    }
                }
            }
        }
    }

    /**
     * "Chiều 26/7, Quốc hội biểu quyết thông qua nghị quyết bầu Chủ tịch nước" in a story that also writes "Kỳ họp thứ
     * nhất Quốc hội khóa XV khai mạc ngày 20/7": a vote on a later day of a session the story reports opened, a few days
     * before, is a sitting of that session, dated by its first day as a run of days is; so is a day the story sets in
     * the session under way ("Sáng 8/4, tiếp tục Kỳ họp thứ nhất, Quốc hội khóa XVI đã bầu ..." after it opened on 6/4).
     */
    private void votesWithinOpenedSessions(List<Draft> dated) {
        for (Draft vote : List.copyOf(dated)) {
            if (!vote.laterDay || !vote.date.isFullDate()) {
                continue;
            }
            dated.stream().filter(x -> x != vote && x.date.isFullDate() && x.date.compareTo(vote.date) < 0
                    && java.time.temporal.ChronoUnit.DAYS.between(x.date.toLocalDate(), vote.date.toLocalDate())
                        <= MAX_MEETING_DAYS
                    && (x.kind.startsWith(vote.kind) || vote.kind.startsWith(x.kind))
                    && (x.organizer == null || vote.organizer == null || x.organizer.equals(vote.organizer))
                    && opens.matcher(verbText(x)).find())
                .findFirst().ifPresent(session -> {
                    session.absorb(vote);
                    session.participants.addAll(vote.participants);
                    dated.remove(vote);
                });
        }
    }

    /**
     * Whether a working visit of several days to a place ("Từ ngày 14 đến 16/6, Chủ tịch nước thăm và làm việc tại tỉnh
     * Kon Tum") frames a working session with a body on a later day of it ("Chiều 15/6, Chủ tịch nước đã có buổi làm
     * việc với Ban Thường vụ Tỉnh ủy Kon Tum"): the session is the meeting, on its own day; the visit is a journey.
     */
    private static boolean frames(Draft visit, Draft session) {
        return visit.until != null && visit.organizer == null && visit.place != null && session.organizer != null
                && visit.kind.equals(session.kind) && !visit.date.equals(session.date);
    }

    /** Whether a kind of meeting that is {@code kind} or begins it is named in the text. */
    private boolean namesKind(String text, String kind) {
        Matcher m = kindMention.matcher(text);
        while (m.find()) {
            String named = kindOf(m.group(1));
            if (named != null && (named.startsWith(kind) || kind.startsWith(named))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two dated reports of one kind and body are the opening and the closing of one meeting: one's verb opens
     * it, the other's closes it, a few days apart in that order (meeting-verbs.tsv, opens and closes).
     */
    private boolean openAndClose(Draft a, Draft b) {
        if (!(a.kind.startsWith(b.kind) || b.kind.startsWith(a.kind))
                || a.organizer != null && b.organizer != null && !a.organizer.contains(b.organizer)
                    && !b.organizer.contains(a.organizer) // "Trung ương" of "Hội nghị Trung ương 7" is the Ban Chấp hành's
                || a.session != null && b.session != null && !a.session.equals(b.session)
                || !a.date.isFullDate() || !b.date.isFullDate()) {
            return false;
        }
        Draft first = a.date.compareTo(b.date) < 0 ? a : b;
        Draft last = first == a ? b : a;
        long days = java.time.temporal.ChronoUnit.DAYS.between(first.date.toLocalDate(), last.date.toLocalDate());
        return days > 0 && days <= MAX_MEETING_DAYS && opens.matcher(verbText(first)).find()
                && closes.matcher(verbText(last)).find() && !closes.matcher(verbText(first)).find();
    }

    /** The words of a report's verb: from where its trigger starts to where it ends. */
    private static String verbText(Draft d) {
        String text = d.sentence.text();
        return text.substring(Math.max(0, d.triggerStart), Math.min(text.length(), Math.max(d.triggerStart, d.triggerEnd)));
    }

    /** The meeting a sentence reports, or null. */
    private Draft trigger(ArticleContext ctx, PersonFinder finder, Sentence s, DateExpressions dates, PartialDate previous) {
        String text = s.text();
        List<PersonFinder.Mention> named = finder.find(s);
        boolean kind = kindNamed.in(text);
        Matcher h = held.matcher(text);
        Matcher w;
        Matcher o = opened.matcher(text);
        Matcher gathered;
        Matcher v;
        Matcher r;
        Draft d;
        if (kind && heldAt.in(text) && h.find()) {
            d = new Draft(s, kindOf(h.group(1)));
            String subject = subject(text, h.start(), d);
            List<PersonFinder.Mention> who = within(named, 0, h.start());
            if (who.isEmpty()) {
                d.organizer = organization(ctx, subject, d);
            } else {
                who.forEach(m -> d.chairs.add(m.name()));
            }
            d.topic = topic(text.substring(h.end()));
            d.session = session(text.substring(h.start()));
            d.triggerEnd = h.end();
            d.kindEnd = h.end();
        } else if ((w = workingAt.first(text)) != null) {
            d = new Draft(s, "buổi làm việc");
            String subject = subject(text, w.start(), d);
            within(named, 0, w.start()).forEach(m -> d.chairs.add(m.name()));
            // "làm việc với Ban Thường vụ Thành ủy Vinh và kiểm tra thực tế ...": "và" before a verb ends the body
            // "làm việc với đoàn công tác của Bộ ... do Thứ trưởng X dẫn đầu": who leads the body is no part of it
            String object = text.substring(w.end()).split("[,.;:]|\\s(?:về|để|nhằm|tại|do)\\s|\\s+và\\s+(?=\\p{Ll})", 2)[0];
            if ("tại".equalsIgnoreCase(w.group(2))) {
                d.place = object.strip(); // "làm việc tại tỉnh Hà Giang": where, not with whom
            } else if (within(named, w.end(), w.end() + object.length()).isEmpty()) {
                d.organizer = organization(ctx, object, d);
            }
            Matcher about = ABOUT.matcher(text.substring(w.end()));
            d.topic = about.find() ? topic(text.substring(w.end() + about.start())) : null;
            d.triggerEnd = w.end();
        } else if ((r = reception(text, named)) != null) {
            // "Chiều 30-11, đồng chí A, Chủ tịch UBND tỉnh đã tiếp đoàn công tác của Bộ ... do đồng chí B dẫn đầu": the
            // hosts before the verb chair it, the guests after it attend, and the hosts' body holds it
            d = new Draft(s, kindOfVerb.get(verbOf(r.group())));
            String subject = subject(text, r.start(), d);
            List<PersonFinder.Mention> hosts = within(named, 0, r.start());
            hosts.forEach(m -> d.chairs.add(m.name()));
            within(named, r.end(), text.length()).forEach(m -> d.participants.add(m.name()));
            if (!hosts.isEmpty()) {
                d.organizer = hostBody(ctx, text, hosts, r.start(), d);
            } else if (!subject.isBlank() && Character.isUpperCase(subject.codePointAt(0))) {
                d.organizer = organization(ctx, subject, d); // "Thường trực Tỉnh ủy tiếp xã giao đoàn ..."
            }
            Matcher about = ABOUT.matcher(text.substring(r.end()));
            d.topic = about.find() ? topic(text.substring(r.end() + about.start())) : null;
            d.triggerEnd = r.end();
        } else if ((v = sessionIn(text)) != null && !text.substring(0, v.start()).isBlank()
                && !(kind && votes.contains(verbOf(v.group()))) // a vote at a meeting it names: that meeting's scene
                && !(kind && atMeetingAt.in(text.substring(0, v.start())))) { // "tại hội nghị, Tỉnh ủy công bố quyết định"
            // "Sáng 28.4, Đoàn ĐBQH tỉnh Thanh Hóa gồm các ĐBQH: A, B và C đã tiếp xúc cử tri huyện Nông Cống":
            // the body before the verb holds it, the deputies it lists attend
            String verb = verbOf(v.group());
            d = new Draft(s, kindOfVerb.getOrDefault(verb, verb));
            d.needsDay = votes.contains(verb);
            d.laterDay = d.needsDay;
            d.triggerEnd = v.end();
            String whole = subject(text, v.start(), d);
            String subject = whole.split("\\s(?:gồm|cùng|và các|do)\\s|[:,;]", 2)[0];
            List<PersonFinder.Mention> who = within(named, 0, v.start());
            who.forEach(m -> d.participants.add(m.name()));
            Matcher with = alongside.matcher(whole);
            if (!subject.isBlank() && Character.isUpperCase(subject.codePointAt(0))
                    && within(named, 0, text.indexOf(subject) + subject.length()).isEmpty()) {
                d.organizer = organization(ctx, subject, d);
            } else if (!who.isEmpty() && with.find()
                    && within(named, Math.max(0, text.lastIndexOf(with.group(1), v.start())), v.start()).isEmpty()) {
                // "đồng chí A, Bí thư Tỉnh ủy cùng Đoàn ĐBQH tỉnh đã tiếp xúc cử tri": the body beside the people
                d.organizer = organization(ctx, with.group(1), d);
            }
            d.topic = topic(text.substring(v.end()));
        } else if (kind && openedAt.in(text) && o.find()) {
            // "tại Trung tâm Hội nghị tỉnh, Đại hội ... khai mạc": the kind is the last one before the verb
            Matcher inner = kindMention.matcher(o.group(2));
            if (inner.find() && !o.find(o.start(2) + inner.start())) {
                o.find(0);
            }
            d = new Draft(s, kindOf(o.group(1)));
            subject(text, o.start(), d);
            d.triggerEnd = o.end();
            d.nameStart = o.end(1);
            d.nameEnd = o.end(2);
            String rest = o.group(2);
            d.session = session(o.group());
            // "Kỳ họp thứ 25 HĐND tỉnh khóa XVIII", "Đại hội ... lần thứ XII": the ordinal is not the organizer
            // "Kỳ họp thứ 13, HĐND tỉnh Lào Cai khóa XIII đã bế mạc": the body may follow the ordinal after a comma
            String name = ORDINAL.matcher(SESSION.matcher(rest).replaceAll("")).replaceFirst("")
                    .replaceFirst("^\\s*,", "").split("[,(]", 2)[0].strip();
            String[] first = name.split("\\s+", 2);
            if (first.length == 2 && GROUP_WORDS.is("of", first[0])) {
                name = first[1]; // "Kỳ họp thứ 8 của Ủy ban Kiểm tra Trung ương diễn ra ...": the body after "của"
            }
            Matcher numbered = NUMBERED_SESSION.matcher(name);
            if (numbered.find() && !namesNumberedUnit(name, numbered.start())) {
                // "Hội nghị Trung ương 7 khai mạc": the press's number of the plenum after its body
                d.session = d.session != null ? d.session : Integer.parseInt(numbered.group(1));
                name = name.substring(0, numbered.start());
            }
            if (!name.isEmpty() && Character.isUpperCase(name.codePointAt(0))) {
                d.organizer = organization(ctx, name, d);
            }
        } else if ((gathered = metAt.first(text)) != null && !text.substring(0, gathered.start()).isBlank()) {
            // "Chiều 5/3, Ban Thường vụ Tỉnh ủy họp cho ý kiến về ...": a body meets
            // "Ban Thường vụ Thành ủy họp phiên thường kỳ tháng 3": a sitting
            // "Ủy ban Kiểm tra Trung ương họp Kỳ họp thứ 40": the kind named after the verb
            int next = gathered.end();
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            Matcher after = kindMention.matcher(text).region(next, text.length());
            String kindAfter = after.lookingAt() ? kindOf(after.group(1)) : null;
            d = new Draft(s, kindAfter != null ? kindAfter
                    : text.regionMatches(true, gathered.end(), " phiên", 0, 6) ? "phiên họp" : "cuộc họp");
            // "UBND tỉnh tổ chức họp trực tuyến với các huyện": the verb before "họp" is no part of the body
            String subject = heldAtEnd.matcher(subject(text, gathered.start(), d)).replaceFirst("");
            d.triggerEnd = gathered.end();
            if (within(named, 0, gathered.start()).isEmpty() && !subject.isEmpty()) {
                d.organizer = organization(ctx, subject, d);
            }
            d.topic = topic(text.substring(gathered.end()));
        } else if (kind && (atMeetingAt.in(text) || continuedAt.in(text)) && opening(ctx, s) != null) {
            d = opening(ctx, s); // the people come from attendance()
        } else {
            Matcher c = chaired.matcher(text);
            if (!kind || !chairedAt.in(text) || !c.find()) {
                return null;
            }
            // "Sáng 5/3, đồng chí X, Bí thư Tỉnh ủy chủ trì hội nghị ...": the people come from attendance()
            d = new Draft(s, kindOf(c.group(1)));
            d.triggerStart = c.start();
            d.triggerEnd = c.end();
            d.kindEnd = c.end();
            d.topic = topic(text.substring(c.end()));
        }
        // "UBND thành phố tổ chức họp báo", "chủ trì cuộc họp báo": the trigger's last word begins a press conference
        Matcher press = notMeeting.matcher(text);
        while (press.find()) {
            if (press.start() < d.triggerEnd && press.end() > d.triggerEnd) {
                return null;
            }
        }
        // "Sáng mai (23/8), Chủ tịch Quốc hội sẽ tiếp xúc cử tri ...", "Kỳ họp dự kiến bế mạc vào ngày 29/11": a plan in
        // the clause of the verb reports no meeting
        int clause = text.lastIndexOf(';', d.triggerStart) + 1;
        if (FUTURE.matcher(text.substring(clause, Math.max(d.triggerStart, d.triggerEnd))).find()) {
            return null;
        }
        List<DateExpressions.Found> found = updateDates(ctx, text, dates).find(text);
        // "Theo kế hoạch, ngày 20/8, Đại hội ... sẽ khai mạc": a plan up to the verb; "Trước đó, hôm 5-6, Thường trực
        // HĐND TP đã làm việc với UBND TP về công tác chuẩn bị kỳ họp": a plan after it is the meeting's topic
        // "hội nghị tổng kết công tác năm 2014 và triển khai kế hoạch năm 2015 ..., diễn ra sáng nay (29/12)": the plan
        // a review names after its kind is its topic, no plan of the meeting (a future word there was read above)
        String upToVerb = text.substring(0, Math.max(d.triggerStart, d.triggerEnd));
        if (d.nameStart > 0 && d.nameEnd <= upToVerb.length()) {
            upToVerb = upToVerb.substring(0, d.nameStart) + " ".repeat(d.nameEnd - d.nameStart)
                    + upToVerb.substring(d.nameEnd);
        }
        boolean planned = PLANNED.matcher(upToVerb).find();
        DateExpressions.Found own = planned ? null : dayRightAfterVerb(text, d, found);
        if (own != null) {
            // "Ngày 20/3, Văn phòng Tỉnh ủy cho biết, tại Hội nghị lần thứ 14 diễn ra ngày 18/3, ...": the day the
            // meeting took place, not the day the report came out
            d.date = own.date();
            d.until = own.last();
            d.dated = true;
        }
        for (DateExpressions.Found f : found) {
            if (d.dated) {
                break;
            }
            if (f.kind() == DateExpressions.Kind.DAY && f.date() != null && f.start() < d.triggerStart
                    && (DocDateResolver.opensSentence(text, f.start()) || d.announced
                        || fronted(text, f.start(), f.end()) && !planned)) {
                d.date = f.date();
                d.until = f.last();
                d.dated = true;
                break;
            }
        }
        for (DateExpressions.Found f : found) {
            // "Kỳ họp thứ 13, HĐND tỉnh Lào Cai khóa XIII đã bế mạc chiều 11/12": a part of a day after the trigger,
            // in its clause (a document's "ngày 16/12/2021" is no part of a day); "Kỳ họp thứ 8 của Ủy ban Kiểm tra
            // Trung ương diễn ra từ ngày 21 đến 23/12": a run of days after it is the meeting's (a document's day is one)
            if (d.dated || planned) {
                break;
            }
            boolean partOfDay = f.cue() != null && dayParts.contains(f.cue().toLowerCase(Locale.ROOT));
            // "Hội nghị Trung ương 7 khai mạc ngày 2-5": a day right after an opening verb is the meeting's
            boolean opening = f.start() >= d.triggerEnd && text.substring(d.triggerEnd, f.start()).isBlank()
                    && opens.matcher(text.substring(d.triggerStart, Math.max(d.triggerStart, d.triggerEnd))).find();
            if (f.kind() == DateExpressions.Kind.DAY && f.date() != null && f.start() > d.triggerStart
                    && (partOfDay || f.last() != null || opening)
                    && text.substring(d.triggerStart, f.start()).indexOf(';') < 0) {
                d.date = f.date();
                d.until = f.last();
                d.dated = true;
            }
        }
        if (!d.dated && text.toLowerCase(Locale.ROOT).contains("cùng ngày") && previous != null) {
            d.date = previous;
            d.dated = true;
        }
        if (d.needsDay && !d.dated) {
            return null; // "Luật được Quốc hội khóa XV biểu quyết thông qua ...": a law's story, no sitting
        }
        if (d.term == null) {
            d.term = term(text);
        }
        if (d.organizer == null) {
            // "chủ trì hội nghị trực tuyến toàn quốc ... do Bộ Tư pháp tổ chức": the body a passive names
            Matcher by = doneBy.matcher(text);
            if (by.find(d.triggerStart)) {
                d.organizer = organization(ctx, by.group(1), d);
            }
        }
        if (d.organizer == null && d.kindEnd > 0) {
            // "Thủ tướng Phạm Minh Chính chủ trì Hội nghị trực tuyến Chính phủ với các địa phương": a national body
            // right after the kind holds the meeting
            d.organizer = nationalBodyAt(s, d.kindEnd);
        }
        return d;
    }

    /** The national body (bodies.tsv) whose name starts at the first word at or after {@code from}, or null. */
    private static String nationalBodyAt(Sentence s, int from) {
        List<CoreLabel> tokens = s.core().tokens();
        List<List<String>> words = TokenWords.of(s.core().coreMap());
        for (int i = 0; i < tokens.size(); i++) {
            int begin = tokens.get(i).beginPosition() - s.begin();
            if (begin < from) {
                continue;
            }
            if (!s.text().substring(from, Math.min(begin, s.text().length())).isBlank()) {
                return null;
            }
            TokenTrie.Match<VnLexicon.Body> b = VnLexicon.standard().bodies()
                    .longestMatch(words, i, tokens.size());
            return b != null && b.value().kind() == VnLexicon.Body.Kind.NATIONAL ? b.value().name() : null;
        }
        return null;
    }

    /** A day written right after a trigger that ends in a verb of use "on" (meeting-verbs.tsv), or null. */
    private DateExpressions.Found dayRightAfterVerb(String text, Draft d, List<DateExpressions.Found> found) {
        if (d.triggerEnd <= d.triggerStart || !heldOn.matcher(text.substring(d.triggerStart, d.triggerEnd)).find()) {
            return null;
        }
        for (DateExpressions.Found f : found) {
            if (f.kind() == DateExpressions.Kind.DAY && f.date() != null && f.start() >= d.triggerEnd
                    && DAY_AFTER_VERB.matcher(text.substring(d.triggerEnd, f.start())).matches()) {
                return f;
            }
        }
        return null;
    }

    /**
     * The dates of a sentence that an update of the page opens with its own date ("Cập nhật ngày 3-1-2018: Ngày 2-1,
     * Ban Thường vụ Tỉnh ủy đã họp ..." in a story of 28 December 2017): its days count from the update, not from the
     * page; else {@code dates}.
     */
    private static DateExpressions updateDates(ArticleContext ctx, String text, DateExpressions dates) {
        PartialDate update = updateDate(text);
        return update == null ? dates : new DateExpressions(new TimeAnchor(update, ctx.namedYears(), update));
    }

    /** The day of an update that opens a sentence ("Cập nhật ngày 3-1-2018: "), or null. */
    private static PartialDate updateDate(String text) {
        Matcher label = DAY_LABEL.matcher(text);
        if (!label.lookingAt()) {
            return null;
        }
        DateLine.Reading update = DateLine.standard().read(text.substring(0, label.end()));
        return update == null || update.date() == null || !update.date().isFullDate() ? null : update.date();
    }

    /**
     * The first verb of a session in the text (meeting-verbs.tsv, session, voted, tallied), passing over a vote that
     * is a sitting only with its tally where the text gives none ("Ông A được bầu cử ... tiếp xúc cử tri"), or null.
     */
    private Matcher sessionIn(String text) {
        WordStartMatcher.Scan scan = sessionAt.scan(text);
        while (scan.find()) {
            Matcher v = scan.matcher();
            if (!tallied.contains(verbOf(v.group())) || tally.matcher(text).find()) {
                return v;
            }
        }
        return null;
    }

    /** The index of the first of {@code chars} in {@code text}, or its length. */
    private static int firstOf(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    /** A meeting verb as its table writes it: "đã tiếp xã giao" -> "tiếp xã giao". */
    private static String verbOf(String matched) {
        return matched.replaceFirst("(?iu)^(?:đã\\s+)?(?:tiếp tục\\s+)?", "").toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
    }

    /**
     * The verb of a reception (meeting-verbs.tsv, use received) after its host, or null: "tiếp xã giao", "tiếp đoàn",
     * and "tiếp" alone where a title or a name is its object ("tiếp Đại sứ ...", "tiếp ông ..."), since "tiếp tục",
     * "tiếp thu" and "tiếp nhận" are other words. A sentence that opens with the verb ("Tiếp đoàn có ...") says who
     * else received, not that a reception was held.
     */
    private Matcher reception(String text, List<PersonFinder.Mention> named) {
        WordStartMatcher.Scan scan = receivedAt.scan(text);
        while (scan.find()) {
            Matcher r = scan.matcher();
            if (text.substring(0, r.start()).isBlank()) {
                continue;
            }
            if (verbOf(r.group()).indexOf(' ') > 0) {
                return r;
            }
            int next = r.end();
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next < text.length() && Character.isUpperCase(text.codePointAt(next))) {
                return r;
            }
            for (PersonFinder.Mention m : named) {
                if (m.start() >= next && m.start() - next <= 20
                        && RECEIVED_HONORIFIC.matcher(text.substring(next, m.start())).matches()) {
                    return r; // "tiếp ông Nguyễn Văn A"
                }
            }
        }
        return null;
    }

    /**
     * The body of the hosts' last title before the verb, where it is one of a province's bodies
     * (provincial-bodies.tsv): "đồng chí A, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đã tiếp ..." -> Ủy ban nhân dân
     * tỉnh (and the article's province); "đồng chí B, Bí thư Tỉnh ủy Lâm Đồng đã tiếp ..." -> Tỉnh ủy Lâm Đồng.
     * Null for a host of another body: that needs the title grammar, which the posts have.
     */
    private String hostBody(ArticleContext ctx, String text, List<PersonFinder.Mention> hosts, int verbStart,
            Draft d) {
        StringBuilder span = new StringBuilder(text.substring(0, verbStart));
        for (PersonFinder.Mention m : hosts) {
            for (int i = m.start(); i < m.end(); i++) {
                span.setCharAt(i, ','); // a name ends the title before it: "Chủ tịch UBND tỉnh Kon Tum Nguyễn Văn Hòa"
            }
        }
        String[] titles = span.toString().split("[,;:()]");
        for (int i = titles.length - 1; i >= 0; i--) {
            String title = Abbreviations.standard().expand(titles[i]);
            Matcher b = provincialBody.matcher(title);
            if (b.find()) {
                return organization(ctx, title.substring(b.start()), d);
            }
        }
        return null;
    }

    /**
     * True when the day at {@code start..end} is a time adverbial set off by commas before the sentence's subject,
     * after a connective or a clause of its own: "Trước đó, ngày 11-3, Đoàn kiểm tra đã làm việc với ...", "Sau hai
     * ngày làm việc khẩn trương, nghiêm túc, chiều 11/12, Kỳ họp thứ 13 ... đã bế mạc". The caller takes it only
     * before the meeting's trigger, and not in a plan: "Theo kế hoạch, ngày 20/8, Đại hội ... sẽ khai mạc".
     */
    private static boolean fronted(String text, int start, int end) {
        int before = start - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        int after = end;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        if (after < text.length() && text.charAt(after) == ')') {
            after++; // "Trước đó, hôm thứ Hai (24-3), Ban Thường vụ Thành ủy đã họp": the day in brackets
        }
        return before >= 0 && text.charAt(before) == ',' && after < text.length() && text.charAt(after) == ',';
    }

    /**
     * A meeting that opens a dated sentence as its setting, its body the subject after it: "Sáng 3/12, tại kỳ họp
     * thứ 15, HĐND TP Hà Nội khóa XIV đã miễn nhiệm ...", "Chiều 8-4, tại kỳ họp thứ 11, Quốc hội khóa XIV đã biểu
     * quyết ...". Only the date may stand before "tại"; the body ends at its term or at the verb's auxiliary.
     */
    private Draft opening(ArticleContext ctx, Sentence s) {
        String text = s.text();
        Matcher a = atMeeting.matcher(text);
        // "Tiếp tục chương trình Kỳ họp thứ 4, Quốc hội khóa XIV, sáng 15/11, Quốc hội tiến hành phiên chất vấn": a
        // meeting under way sets the report as "tại" does, its day after it
        boolean goesOn = false;
        if (!a.find()) {
            a = continued.matcher(text);
            if (!a.find()) {
                return null;
            }
            goesOn = true;
        }
        Draft d = new Draft(s, kindOf(a.group(1)));
        String rest = text.substring(a.end());
        int comma = rest.indexOf(',');
        // "Số liệu được UBND TP HCM báo cáo tại hội nghị sơ kết ... 6 tháng đầu năm, sáng 8/7.": a part of a day set off
        // after the meeting's name dates the meeting the report was made at, which is the story's scene
        Matcher late = DAY_AFTER_NAME.matcher(rest);
        boolean dayAfterName = !goesOn && late.find() && late.start() <= MAX_NAME_BEFORE_DAY
                && rest.substring(0, late.start()).indexOf(';') < 0;
        if (dayAfterName) {
            comma = late.start();
        }
        // "Quyết định được công bố tại Hội nghị Thành ủy Đà Nẵng chiều 7.10.": the meeting a decision was made known at,
        // named up to its day or the end of its clause
        boolean announced = !goesOn && !dayAfterName && announcedBefore.matcher(text.substring(0, a.start())).matches();
        if (announced) {
            int clauseEnd = firstOf(rest, ",;.");
            Matcher day = SETTING_DAY.matcher(rest);
            comma = day.find() && day.start() < clauseEnd ? day.start() : clauseEnd;
        }
        // "Tại hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 24 sáng 26/12, ông A cho biết ...": a setting with its own day
        // opens the sentence; "Tại hội nghị, ..." without one speaks of a meeting named before
        boolean ownDay = comma > 0 && comma <= 90 && SETTING_DAY.matcher(rest.substring(0, comma)).find();
        // "Sáng 23/10, Quốc hội bỏ phiếu kín bầu Chủ tịch nước tại Kỳ họp thứ 6, Quốc hội khóa XIV": a numbered session
        // after the clause of a sentence that opens with its day is where that clause took place
        boolean numberedLater = comma > 0 && LEADING_DAY.matcher(text).lookingAt()
                && SESSION.matcher(text.substring(a.start(), a.end() + comma)).find();
        if (!subject(text, a.start(), d).isEmpty() && !numberedLater && !dayAfterName && !announced
                || text.substring(0, a.start()).isBlank() && !ownDay && !goesOn && !dayAfterName) {
            return null; // "Phát biểu tại hội nghị, ...": the meeting is not the sentence's setting
        }
        d.place = null;
        if (comma < 0 || comma > (dayAfterName || announced ? MAX_NAME_BEFORE_DAY : ownDay ? 90 : 60)) {
            return null;
        }
        if (announced) {
            String named = rest.substring(0, comma).strip();
            d.session = session(named);
            if (!named.isEmpty() && Character.isUpperCase(named.codePointAt(0))) {
                d.organizer = organization(ctx, named, d); // "Hội nghị Thành ủy Đà Nẵng": the body the name gives
            }
            d.triggerStart = a.start();
            d.announced = true; // "Quyết định được công bố chiều 30/6 tại hội nghị ...": the day before "tại" is its
            return d;
        }
        d.session = session(text.substring(a.start(), a.end() + comma));
        String body = rest.substring(comma + 1).strip();
        // "Tiếp tục Phiên họp thứ 26, chiều 12/9, Ủy ban Thường vụ Quốc hội cho ý kiến ...": the day before the body
        Matcher day = SETTING_DAY.matcher(body);
        int dayComma = body.indexOf(',');
        if (goesOn && day.lookingAt() && dayComma > 0 && body.substring(day.end(), dayComma).isBlank()) {
            body = body.substring(dayComma + 1).strip();
        }
        Matcher aux = AUXILIARY.matcher(body);
        boolean ends = aux.find();
        if (ends) {
            body = body.substring(0, aux.start());
        }
        if ((ends || TERM.matcher(body).find()) && !body.isEmpty() && Character.isUpperCase(body.codePointAt(0))) {
            d.organizer = organization(ctx, body, d);
        } else {
            // "Chiều qua, tại kỳ họp bất thường HĐND tỉnh Hà Nam khóa XVIII, 49/49 đại biểu có mặt đã bầu ...", "tại kỳ
            // họp thứ 21 (kỳ họp chuyên đề) HĐND TP HCM khóa X, các đại biểu đã bầu ...": the body names the meeting
            String named = ORDINAL.matcher(rest.substring(0, comma).replaceAll("\\([^()]*\\)", " ")).replaceFirst("");
            int end = nameEnd(named);
            int capital = firstCapital(named);
            if (end >= 0 && capital >= 0 && capital < end) {
                d.organizer = organization(ctx, named.substring(capital, end).strip(), d);
            }
        }
        if (d.organizer == null && goesOn && !body.isEmpty()) {
            d.organizer = nationalBodyAt(s, text.indexOf(body, a.end())); // "..., Ủy ban Thường vụ Quốc hội cho ý kiến"
        }
        d.triggerStart = a.start();
        d.laterDay = goesOn;
        return d;
    }

    /**
     * Where the body's name ends in a meeting's name: at its term ("HĐND tỉnh Hà Nam khóa XVIII"), else at its
     * number or its day ("Ban Chấp hành Đảng bộ tỉnh Bắc Ninh lần thứ 24 sáng 26/12"); -1 when none follows it.
     */
    private static int nameEnd(String named) {
        Matcher term = TERM.matcher(named);
        if (term.find()) {
            return term.start();
        }
        Matcher session = SESSION.matcher(named);
        Matcher day = SETTING_DAY.matcher(named);
        int end = session.find() ? session.start() : -1;
        if (day.find() && (end < 0 || day.start() < end)) {
            end = day.start();
        }
        return end;
    }

    /** The offset of the first capital letter, or -1. */
    private static int firstCapital(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The kind of meeting a headline names first, or null. */
    private String titleKind(String title) {
        Matcher k = kindMention.matcher(title);
        return k.find() ? kindOf(k.group(1)) : null;
    }

    /** True when a meeting's day is after the day of the page that reports it. */
    private static boolean afterPublication(PartialDate date, PartialDate published) {
        return published != null && published.isFullDate() && date.isFullDate() && date.compareTo(published) > 0;
    }

    /** The kind a meeting named so is: "Đại hội đại biểu" -> "đại hội". */
    private String kindOf(String surface) {
        String key = surface.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return kindOfSurface.getOrDefault(key, key);
    }

    private static List<PersonFinder.Mention> within(List<PersonFinder.Mention> named, int from, int to) {
        return named.stream().filter(m -> m.start() >= from && m.end() <= to).toList();
    }

    /**
     * The subject before a trigger, without the opening adverbials: the date ("Ngày 26/6,"), a dateline
     * ("TTXVN - ") and the place ("tại Hội trường Tỉnh ủy,"), which becomes the meeting's place.
     */
    private static String subject(String text, int triggerStart, Draft d) {
        d.triggerStart = triggerStart;
        // "(CMO) Ngày 10 tháng 12 năm 2015, HĐND tỉnh ...": a paper's tag in brackets (or its bare web address,
        // "baophutho.vn Chiều 16/5, ...") opens the story's first sentence
        String before = SOURCE_TAG.matcher(text.substring(0, triggerStart)).replaceFirst("");
        // "TTO - Sáng 12-6, ...", "Cập nhật ngày 3-1-2018: Ngày 2-1, ...", "QTO - Trong hai ngày 22 và 23/7, ...": a
        // source or an update's label before the day or the run of days
        Matcher label = DAY_LABEL.matcher(before);
        if (label.lookingAt() && (DAY_WORD.matcher(before.substring(label.end())).lookingAt()
                || LEADING_SPAN.matcher(before.substring(label.end())).lookingAt())) {
            before = before.substring(label.end());
        }
        if (DAY_WORD.matcher(before).lookingAt()) {
            int comma = before.indexOf(',');
            before = comma >= 0 ? before.substring(comma + 1) : before;
            // "Sáng thứ Năm, 7/12, HĐND tỉnh ...": the weekday, then its day
            before = WEEKDAY_DAY.matcher(before).replaceFirst("");
        } else {
            // "Trước đó, chiều 19/7, Ban Thường vụ Tỉnh ủy đã họp": a connective before the date goes with it
            Matcher fronted = FRONTED_DAY.matcher(before);
            if (fronted.find()) {
                before = before.substring(fronted.end());
            }
        }
        before = LEADING_SPAN.matcher(before.strip()).replaceFirst("");
        Matcher connective = FRONTED_CONNECTIVE.matcher(before);
        if (connective.lookingAt()) {
            before = before.substring(connective.end()); // "Cùng ngày, Đảng bộ UBND tỉnh tổ chức đại hội"
        }
        Matcher clause = LOWER_CLAUSE.matcher(before);
        if (!clause.lookingAt()) {
            // "ngay sau khi Đại hội ... lần thứ XII, nhiệm kỳ 2025 - 2030 bế mạc, Ban Chấp hành Đảng bộ tỉnh ...": a clause
            // of time may name a meeting with its capitals and commas; it runs to the comma before the body
            clause = TIME_CLAUSE.matcher(before);
        }
        if (clause.lookingAt()) {
            // "Ngày 1/7, ngay sau khi chính quyền địa phương hai cấp chính thức vận hành, HĐND xã ...": a clause of
            // time after the date, in lower case, is no body's name
            before = before.substring(clause.end());
        }
        Matcher place = PLACE_FIRST.matcher(before);
        if (place.find()) {
            d.place = place.group(1).strip();
            before = before.substring(place.end());
        }
        if (d.place == null) {
            Matcher p = PLACE.matcher(text);
            if (p.find() && !p.group(1).toLowerCase(Locale.ROOT).startsWith("hội nghị")) {
                d.place = p.group(1).strip();
            }
        }
        return before.strip();
    }

    /**
     * A few lower-case words set off by a comma before the body that holds a meeting: "Cùng ngày, ", "Trước đó, ",
     * "Sau hội nghị, ", two of them ("Trước đó, cùng ngày, Quốc hội đã bầu ...": qh18 005); a body's name has capitals
     * ("Ban Thường vụ Tỉnh ủy, UBND tỉnh tổ chức ...").
     */
    private static final Pattern FRONTED_CONNECTIVE = Pattern.compile(
            "\\p{Lu}[\\p{Ll}\\p{M}]*(?:\\s+[\\p{Ll}\\p{M}]+){0,3},\\s*(?:[\\p{Ll}\\p{M}]+(?:\\s+[\\p{Ll}\\p{M}]+){0,3},\\s*)?"
            + "(?=\\p{Lu})");
    /**
     * A clause all in lower case set off by a comma before the body ("ngay sau khi chính quyền hai cấp vận hành, "):
     * a body's name starts with a capital, and "đồng chí A, Bí thư Tỉnh ủy" has one, so it stays.
     */
    private static final Pattern LOWER_CLAUSE = Pattern.compile("\\p{Ll}[\\p{Ll}\\p{M}\\d\\s/-]{0,150},\\s*(?=\\p{Lu})");
    /**
     * A clause of time that a conjunction opens (meeting-verbs.tsv, time-clause: "ngay sau khi", "sau khi"), up to the
     * first comma before a capital: what it names ("Đại hội ... lần thứ XII, nhiệm kỳ 2025 - 2030 bế mạc") is no body
     * that holds the meeting (gen22m 007).
     */
    private static final Pattern TIME_CLAUSE = Pattern.compile("(?iu)(?:" + verbs(Tsv.load("meeting-verbs.tsv"),
            "time-clause") + ")\\s[^\\n]{1,200}?,\\s*(?-i:(?=\\p{Lu}))");

    /**
     * An item of a list set out one per line: "- ", "+ ", "• ", "a) ", "2) " (a numbered "1. " is a sentence of its
     * own, as the sentence splitter ends one at its full stop, and the name and title after it are the item).
     */
    private static final Pattern LIST_ITEM = Pattern.compile("\\s*(?:[-+•*–]|(?:\\d{1,2}|[a-zđ])\\))\\s+");
    /** What follows a name that opens a list item: its title after a comma or a dash. */
    private static final Pattern NAME_THEN_TITLE = Pattern.compile("\\s*(?:,|[-–]\\s)\\s*\\p{Lu}");

    /** A paper's tag in brackets before the story's first words, without a dash after it: "(CMO) ", "(BDO) ". */
    // "(PLO)- Chiều 27-12, ...": a dash may follow the tag
    private static final Pattern SOURCE_TAG = Pattern.compile("^\\s*(?:\\([^()]{1,20}\\)|" + DocDateResolver.SITE_ADDRESS
            + ")(?:\\s*[-–—])?\\s+(?=\\p{Lu})");

    /** The day after a weekday and its comma: "7/12, " of "Sáng thứ Năm, 7/12, ". */
    private static final Pattern WEEKDAY_DAY = Pattern.compile(
            "(?iu)^\\s*(?:ngày\\s+)?\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?\\s*,");
    /** A span of days that opens the sentence: "Trong hai ngày 18 và 19/4, ", "Từ ngày 8 đến 10/1, ". */
    /** The label before a day: "TTO - ", "Cập nhật ngày 3-1-2018: " (a dash set off by spaces, or a colon). */
    private static final Pattern DAY_LABEL = Pattern.compile("^[^\\n]{1,40}?(?:\\s[-–—]|:)\\s");
    /** "Trong 2 ngày (11 - 12/7), ", "Trong ba ngày, từ 12-14/12, ": a run of days before the body. */
    private static final Pattern LEADING_SPAN = Pattern.compile(
            "(?iu)^(?:(?:trong|suốt)\\s[^,\\d]{1,20},\\s*)?(?:trong|từ|suốt)\\s[^,]{0,40}\\d[^,]{0,20},\\s*");
    /** A day set off by commas after the sentence's first clause: "Trước đó, chiều 19/7, ". */
    private static final Pattern FRONTED_DAY = Pattern.compile(
            "(?iu)^[^,]{1,60},\\s*(?:" + DAY_WORDS + ")[^,]{0,30}\\d[^,]{0,20},");
    private static final Pattern DAY_WORD = Pattern.compile(
            "(?iu)\\s*(?:" + DAY_WORDS + "|\\d{1,2}/\\d{1,2})");

    /** A body's full name: brackets and the term dropped, abbreviations expanded, the province completed. */
    private String organization(ArticleContext ctx, String phrase, Draft d) {
        String org = PARENTHESES.matcher(phrase).replaceAll("");
        Matcher t = TERM.matcher(org);
        if (t.find()) {
            d.term = t.group(1).toUpperCase(Locale.ROOT);
            org = org.substring(0, t.start());
        }
        // "HĐND xã Nguyên Bình, nhiệm kỳ 2021 - 2026": the term's years, spaced or not, are no part of the name
        org = org.replaceAll("(?iu)[,\\s]+(?:nhiệm kỳ\\s+\\d{4}\\s*[-–]\\s*\\d{4}|nhiệm kỳ\\s+\\S+|khóa mới|khoá mới|đã|vừa)\\s*$", "");
        // "BGĐT- Ngày 13/10, Huyện ủy Yên Thế": a paper's code and the day before the body are no part of it
        org = LEADING_DAY.matcher(org).replaceFirst("");
        // "UBND huyện Phú Vang phối hợp với Hội Nông dân huyện": the body that holds it is the first
        org = partner.matcher(org).replaceFirst("");
        // "Huyện ủy Mộc Châu, tỉnh Sơn La": the province in apposition locates the body, it is not its name
        if (DISTRICT_LEVEL.matcher(org).find()) {
            org = IN_PROVINCE.matcher(org).replaceFirst("");
        }
        // "Thị ủy TX.Thuận An", "UBND Q. Bình Thạnh": the level word written out before the name
        Matcher dotted = DOTTED_LEVEL.matcher(org);
        StringBuilder levels = new StringBuilder();
        while (dotted.find()) {
            dotted.appendReplacement(levels, Matcher.quoteReplacement(DOTTED_LEVEL_WORDS.get(dotted.group(1)) + " "));
        }
        org = dotted.appendTail(levels).toString();
        org = Abbreviations.standard().expand(org.strip()).replaceAll("\\s+", " ").strip();
        if (org.isEmpty()) {
            return null;
        }
        if (ctx.province() != null && provinces.provinceIn(org) == null
                && org.matches("(?iu).*(?:\\stỉnh|(?:^|\\s)tỉnh ủy|(?:^|\\s)tỉnh uỷ|\\sthành phố|(?:^|\\s)thành ủy"
                        + "|(?:^|\\s)thành uỷ)")) {
            // "Ban Thường vụ Tỉnh ủy" too
            // "Thành ủy" in a Hồ Chí Minh City story is the Thành ủy of Thành phố Hồ Chí Minh (province-aliases.tsv)
            String written = org.matches("(?iu).*(?:ủy|uỷ)") ? VnLexicon.standard().writtenName(ctx.province()) : null;
            org = org + " " + (written != null ? written : ctx.province());
        }
        return writtenInFull(org);
    }

    /**
     * True when the number that ends a body's name is the number of a unit a level word names ("Đảng bộ quận 3",
     * "Đảng ủy Phường 5": localities.tsv), not the press's number of a plenum ("Hội nghị Trung ương 7").
     */
    private static boolean namesNumberedUnit(String name, int numberStart) {
        String before = name.substring(0, numberStart).strip();
        String last = before.substring(before.lastIndexOf(' ') + 1);
        return VnLexicon.standard().levelOf(last) != null;
    }

    /** The term: "khóa XIII", else the years of "nhiệm kỳ 2025 - 2030" (a congress elects for them). */
    /** "Ủy ban nhân dân TP.HCM" -> "Ủy ban nhân dân Thành phố Hồ Chí Minh": a body names its province in full. */
    private static String writtenInFull(String org) {
        String[] words = org.split(" ");
        for (int n = Math.min(3, words.length - 1); n >= 1; n--) {
            String tail = String.join(" ", java.util.Arrays.asList(words).subList(words.length - n, words.length));
            String written = VnLexicon.standard().writtenName(tail);
            if (written != null && !tail.equals(written)) {
                // an abbreviation (TP.HCM) is always written out; the bare name only after a committee (Thành ủy
                // Hồ Chí Minh), not in "Học viện Chính trị quốc gia Hồ Chí Minh"
                String head = String.join(" ", java.util.Arrays.asList(words).subList(0, words.length - n));
                boolean abbreviation = !written.endsWith(tail);
                return abbreviation || head.matches("(?iu).*(?:ủy|uỷ)") ? head + " " + written : org;
            }
        }
        return org;
    }

    private static String term(String text) {
        Matcher m = TERM.matcher(text);
        if (m.find()) {
            return m.group(1).toUpperCase(Locale.ROOT);
        }
        Matcher y = TERM_YEARS.matcher(text);
        return y.find() ? y.group(1) + "-" + y.group(2) : null;
    }

    private static Integer session(String text) {
        Matcher m = SESSION.matcher(text);
        if (!m.find()) {
            return null;
        }
        if (m.group(1).equalsIgnoreCase("nhất")) {
            return 1;
        }
        Integer inWords = CalendarWords.standard().numberValue(m.group(1));
        if (inWords != null) {
            return inWords; // "Kỳ họp thứ Bảy"
        }
        int n = VietnameseNumbers.roman(m.group(1));
        return n > 0 ? n : null;
    }

    /** What a meeting is about: after "để" / "nhằm", else the words after its kind. */
    private static String topic(String after) {
        Matcher p = PURPOSE.matcher(after);
        after = after.replaceFirst("(?iu)^\\s*về\\s+", "");
        String t = p.find() ? after.substring(p.end()) : after;
        t = ORDINAL.matcher(t).replaceFirst(""); // "Kỳ họp thứ 6": the kind's ordinal is no topic
        t = SESSION.matcher(t).replaceAll("");
        t = TERM.matcher(t).replaceAll("");
        t = PARENTHESES.matcher(t).replaceAll("").replaceAll("^[\\s,.;:]+|[\\s,.;:]+$", "").strip();
        return t.length() < 3 ? null : t;
    }

    private void attendance(ArticleContext ctx, PersonFinder finder, List<Draft> drafts, String title) {
        Draft listOf = null; // the meeting whose list of people a sentence ending in a colon opened
        boolean listChairs = false;
        Draft scene = null; // the meeting the sentences of this paragraph go on reporting
        Sentence sceneLast = null;
        for (Sentence s : ctx.sentences()) {
            String text = s.text();
            String lower = text.toLowerCase(Locale.ROOT);
            if (text.equals(title)) {
                continue;
            }
            if (pressRemark.matcher(text).lookingAt()) {
                scene = null; // "Trao đổi với Tuổi Trẻ, đại biểu A cho rằng ...": said to the press, not at the meeting
                continue;
            }
            if (listOf != null && ItemMarkers.enumerator(s.core().tokens())) {
                continue; // "1." alone: the sentence splitter ends a sentence at an item number's full stop
            }
            if (listOf != null && listItem(finder, s)) {
                // "Dự hội nghị có các đồng chí:" then one line a person: "- Lương Ngọc Bính, Ủy viên Trung ương Đảng, ..."
                for (PersonFinder.Mention m : finder.find(s)) {
                    listOf.participants.add(m.name());
                    if (listChairs) {
                        listOf.chairs.add(m.name());
                    }
                }
                continue;
            }
            listOf = null;
            // With one meeting in the story, "Cùng dự có ...", "Về phía tỉnh có ..." and "... chủ trì." speak of it
            // unnamed (cues marked "alone" in meeting-roles.tsv).
            boolean implied = false;
            int chairAt = -1;
            int readerAt = -1; // "A công bố quyết định bổ nhiệm ...": the people after it are the decision's
            boolean presence = false; // a cue of presence other than a reader's
            boolean cue = atMeetingAt.in(lower);
            // a chair cue that needs the meeting named ("điều hành") chairs nothing in a sentence that names none:
            // "Giải trình thêm, ông A nhận trách nhiệm về những hạn chế trong chỉ đạo, điều hành" (management)
            boolean named = kindNamed.in(text) || workingAt.in(text);
            boolean placePoint = false; // "Tại điểm cầu tỉnh Sơn La, đồng chí A ... chủ trì": A chairs that point only
            // "Trước đó, chiều 11/8, Thường trực Tỉnh ủy đã làm việc với Ban cán sự đảng UBND tỉnh. ..." then a paragraph
            // "Đồng chí B, Chủ tịch UBND tỉnh báo cáo ...": the paragraph after the scene of the latest meeting reported
            // goes on with it, in a story of several meetings as of one
            boolean sceneGoesOn = scene != null && scene == meetingFor(drafts, s) && opensNextParagraph(ctx, sceneLast, s);
            WordStarts starts = WordStarts.of(lower);
            for (int k = 0; k < roleCues.size(); k++) {
                if (!starts.mayHold(roleCueOpenings[k])) {
                    continue;
                }
                String[] c = roleCues.get(k);
                int idx = cueIndex(lower, c);
                if (idx >= 0) {
                    cue = true;
                    placePoint |= "point".equals(c[1]) && placeAfter(text, idx + c[0].length());
                    implied |= "yes".equals(c[3]) && (drafts.size() == 1 || speaksOfLatest(ctx, drafts, s) || sceneGoesOn);
                    if ("chair".equals(c[1]) && chairAt < 0 && ("yes".equals(c[3]) || named)) {
                        chairAt = idx;
                    }
                    if ("reader".equals(c[1])) {
                        readerAt = readerAt < 0 ? idx : Math.min(readerAt, idx);
                    } else {
                        presence = true;
                    }
                }
            }
            if (!cue || !implied && !named) {
                List<PersonFinder.Mention> named0 = finder.find(s);
                boolean inParagraph = scene != null && ctx.sameParagraph(sceneLast, s);
                boolean goesOn = inParagraph || sceneGoesOn;
                PersonFinder.Mention speaker = inParagraph ? sceneSpeakers.speaker(text, named0)
                        : goesOn ? sceneSpeakers.titledSpeaker(text, named0) : null;
                if (speaker == null && !goesOn && drafts.size() == 1 && drafts.get(0).sentence.index() < s.index()
                        && opensParagraph(ctx, s)) {
                    // the story of one meeting: an official who opens a later paragraph speaking under his titles
                    // speaks at it ("Ông A, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, thừa nhận ..." after the paragraphs
                    // of figures), though the scene was left; not one a paragraph of another scene goes on with
                    // ("Ngay trong buổi sáng, Trung tâm phục vụ hành chính công ... Chủ tịch UBND phường A cho biết")
                    speaker = sceneSpeakers.titledSpeaker(text, named0);
                    if (speaker != null) {
                        scene = drafts.get(0);
                    }
                }
                if (speaker != null) {
                    scene.participants.add(speaker.name());
                    sceneLast = s;
                } else if (!goesOn || !named0.isEmpty()) {
                    scene = null; // a sentence that names no one goes on with the speech: the scene stays
                }
                continue;
            }
            Draft d = meetingNamed(drafts, s, text);
            scene = d;
            sceneLast = s;
            List<PersonFinder.Mention> who = finder.find(s);
            // a title alone before a colon introduces no speech: "Cùng đi với Chủ tịch Quốc hội có các đồng chí: ..."
            List<PersonFinder.Mention> byName = people.find(s);
            if (byName.isEmpty() && text.strip().endsWith(":")) {
                listOf = d;
                listChairs = chairAt >= 0;
            }
            int speech = -1;
            for (PersonFinder.Mention m : byName) {
                int colon = text.indexOf(':', m.end());
                if (colon >= 0 && !opensGroupList(text, colon)) {
                    speech = colon;
                    break;
                }
            }
            List<PersonFinder.Mention> before = new ArrayList<>();
            List<PersonFinder.Mention> after = new ArrayList<>();
            boolean object = false; // the mention before was the object of a decision
            int objectEnd = -1;
            for (PersonFinder.Mention m : who) {
                // "kỷ luật đối với các ông A, B và C": the names listed after an object are objects too
                boolean decided = decidedOn(lower, m.start()) || decidedAfter(lower, m.end())
                        || object && LISTED_NEXT.matcher(text.substring(objectEnd, m.start())).matches();
                object = decided;
                objectEnd = m.end();
                if (speech >= 0 && m.start() > speech || decided || readerAt >= 0 && !presence && m.start() > readerAt
                        || planned(lower, m.start(), m.end())) {
                    continue;
                }
                d.participants.add(m.name());
                (chairAt >= 0 && m.start() > chairAt ? after : before).add(m);
            }
            if (chairAt >= 0 && !placePoint) {
                (before.isEmpty() ? after : before).forEach(m -> d.chairs.add(m.name()));
            }
        }
    }

    /**
     * Whether the colon at {@code colon} opens the list of a plural group, not speech: "Cùng dự có Phó Chủ tịch Thường
     * trực UBND thành phố A, các Phó Chủ tịch UBND thành phố: B, C, D" (the clause before it holds "các").
     */
    private static boolean opensGroupList(String text, int colon) {
        int from = Math.max(text.lastIndexOf(',', colon), text.lastIndexOf(';', colon)) + 1;
        for (String w : text.substring(from, colon).strip().split("\\s+")) {
            if (GROUP_WORDS.is("group", w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the words from {@code from} up to a comma name a place: a province ("tỉnh Sơn La", "Bình Định"), or
     * a level word and a name ("huyện Mộc Châu"); not "Trụ sở Chính phủ" nor "các tỉnh, thành phố".
     */
    private boolean placeAfter(String text, int from) {
        String place = text.substring(Math.min(from, text.length())).strip().split("[,;:.(]", 2)[0].strip();
        if (place.isEmpty() || provinces.provinceOpening(place) != null) {
            return !place.isEmpty();
        }
        String[] w = place.split("\\s+", 3);
        VnLexicon lex = VnLexicon.standard();
        return w.length >= 2 && lex.levelOf(w[0]) != null && Character.isUpperCase(w[1].codePointAt(0))
                || w.length == 3 && lex.levelOf(w[0] + " " + w[1]) != null && Character.isUpperCase(w[2].codePointAt(0));
    }

    /**
     * True when the person named at {@code start} is the object of a decision (decision-objects.tsv) written before
     * it in the same clause: "thi hành kỷ luật đối với ông X", "công bố quyết định bổ nhiệm ông Y". The meeting
     * decides on them; whether they were there the sentence does not say. A cue of presence (meeting-roles.tsv)
     * between the decision and the name starts another clause ("... bổ nhiệm ông Y; ông Z chủ trì"), and so does a
     * comma: "Sau khi công bố quyết định bổ nhiệm, đồng chí Z phát biểu" (the object comes right after its verb).
     */
    private boolean decidedOn(String lower, int start) {
        int from = -1;
        for (String cue : decisionCues) {
            int idx = lastWordAt(lower, cue, start);
            if (idx >= 0) {
                from = Math.max(from, idx + cue.length());
            }
        }
        if (from < 0) {
            return false;
        }
        String between = lower.substring(from, start);
        if (between.indexOf(';') >= 0 || between.indexOf(',') >= 0 || between.contains(". ")) {
            return false;
        }
        return !holdsRoleCue(between);
    }

    /**
     * True when the person named from {@code start} to {@code end} is only to take part later: a plan's word
     * (time-words.tsv, kind future) opens the words of the clause before the name ("...; dự kiến đồng chí A, Giám đốc
     * Sở ... sẽ trả lời chất vấn") or stands right before the first cue of presence after it ("ông B, Giám đốc Sở Xây
     * dựng sẽ trả lời chất vấn vào ngày mai"; gen24b 001). The sentence places them at no meeting it reports.
     */
    private boolean planned(String lower, int start, int end) {
        int from = Math.max(lower.lastIndexOf(',', start - 1), lower.lastIndexOf(';', start - 1)) + 1;
        if (FUTURE.matcher(lower.substring(from, start)).find()) {
            return true;
        }
        int stop = lower.indexOf(';', end);
        String clause = lower.substring(end, stop < 0 ? lower.length() : stop);
        int first = -1;
        for (String[] c : roleCues) {
            int idx = firstWordAt(clause, c[0], 0);
            if (idx >= 0 && (first < 0 || idx < first)) {
                first = idx;
            }
        }
        if (first < 0) {
            return false;
        }
        Matcher future = FUTURE.matcher(clause.substring(0, first));
        int last = -1;
        while (future.find()) {
            last = future.end();
        }
        return last >= 0 && clause.substring(last, first).isBlank();
    }

    /**
     * True when the person named up to {@code end} is the object of a decision written after the name in the same
     * clause (decision-objects.tsv, side after): "các đồng chí A và B được bầu làm Phó Bí thư Quận ủy".
     */
    private boolean decidedAfter(String lower, int end) {
        int to = -1;
        for (String cue : decisionAfterCues) {
            int idx = firstWordAt(lower, cue, end);
            if (idx >= 0 && (to < 0 || idx < to)) {
                to = idx;
            }
        }
        if (to < 0) {
            return false;
        }
        String between = lower.substring(end, to);
        if (between.indexOf(';') >= 0 || between.contains(". ")) {
            return false;
        }
        return !holdsRoleCue(between);
    }

    /** The start of the first whole-word occurrence of {@code word} at or after {@code from}, or -1. */
    private static int firstWordAt(String lower, String word, int from) {
        int idx = lower.indexOf(word, from);
        while (idx >= 0) {
            int end = idx + word.length();
            if ((idx == 0 || !Character.isLetter(lower.charAt(idx - 1)))
                    && (end >= lower.length() || !Character.isLetter(lower.charAt(end)))) {
                return idx;
            }
            idx = lower.indexOf(word, idx + 1);
        }
        return -1;
    }

    /** The start of the last whole-word occurrence of {@code word} that ends at or before {@code before}, or -1. */
    private static int lastWordAt(String lower, String word, int before) {
        int idx = lower.lastIndexOf(word, before - word.length());
        while (idx >= 0) {
            int end = idx + word.length();
            if ((idx == 0 || !Character.isLetter(lower.charAt(idx - 1)))
                    && (end >= lower.length() || !Character.isLetter(lower.charAt(end)))) {
                return idx;
            }
            idx = idx == 0 ? -1 : lower.lastIndexOf(word, idx - 1);
        }
        return -1;
    }

    /** Whether a role cue (meeting-roles.tsv) stands in the lower-cased text. */
    private boolean holdsRoleCue(String lower) {
        WordStarts starts = WordStarts.of(lower);
        for (int k = 0; k < roleCues.size(); k++) {
            if (starts.mayHold(roleCueOpenings[k]) && cueIndex(lower, roleCues.get(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int cueIndex(String lower, String[] cue) {
        int idx = lower.indexOf(cue[0]);
        while (idx >= 0) {
            int end = idx + cue[0].length();
            // a cue that opens its sentence only ("Phía Bộ Giao thông vận tải có ...") is no cue inside one ("phía Nam")
            boolean startOk = "yes".equals(cue[4]) ? lower.substring(0, idx).isBlank()
                    : idx == 0 || !Character.isLetter(lower.charAt(idx - 1));
            boolean endOk = end >= lower.length() || !Character.isLetter(lower.charAt(end));
            if (startOk && endOk && !cue[2].isEmpty()) {
                String next = lower.substring(end).strip().split("[\\s,.;:]", 2)[0];
                endOk = !Set.of(cue[2].split("\\|")).contains(next);
            }
            if (startOk && endOk) {
                return idx;
            }
            idx = lower.indexOf(cue[0], idx + 1);
        }
        return -1;
    }

    /**
     * The opening of a sentence said to the press (press-remarks.tsv): an optional time set off by a comma, a verb, then
     * a word for the press (any case) or a news outlet's name (as written).
     */
    private static Pattern pressRemark(Tsv table) {
        java.util.function.Function<String, String> alternation = kind -> table.rows().stream()
                .filter(r -> r.get("kind").equals(kind)).map(r -> r.get("word"))
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).collect(java.util.stream.Collectors.joining("|"));
        return Pattern.compile("(?u)\\s*(?:[\\p{L}\\d/ ]{1,25},\\s*)?(?iu:" + alternation.apply("verb") + ")\\s+(?:(?iu:"
                + alternation.apply("press") + ")|" + alternation.apply("outlet") + ")(?![\\p{L}])");
    }

    /** The patterns tried at word starts, for the test that they find what find() finds. */
    List<WordStartMatcher> wordStartMatchers() {
        return List.of(kindNamed, heldAt, openedAt, chairedAt, workingAt, metAt, sessionAt, atMeetingAt, continuedAt,
                receivedAt);
    }

    /**
     * True when a sentence is an item of a list set out one per line: after a marker ("- Lương Ngọc Bính, ..."), or
     * a name and its title with none (a page's list items, "Lương Ngọc Bính, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy;").
     */
    private boolean listItem(PersonFinder finder, Sentence s) {
        if (LIST_ITEM.matcher(s.text()).lookingAt()) {
            return true;
        }
        List<PersonFinder.Mention> who = finder.find(s);
        return !who.isEmpty() && s.text().substring(0, who.get(0).start()).isBlank()
                && NAME_THEN_TITLE.matcher(s.text()).region(who.get(0).end(), s.text().length()).lookingAt();
    }

    /**
     * True when a sentence that names no meeting ("Cùng dự có ...", "Tham dự có ...") can only speak of the latest one
     * reported before it, though the story reports several: it is the only one reported so far ("Trước đó, ngày 11-3,
     * Đoàn đã làm việc với ..." comes later), or the sentence follows its report in the same paragraph ("Chiều cùng
     * ngày, ông A làm việc với Đảng ủy Khối. Tham dự có bà B"). After two reports and a new paragraph it could be
     * either.
     */
    private static boolean speaksOfLatest(ArticleContext ctx, List<Draft> drafts, Sentence s) {
        List<Draft> before = drafts.stream().filter(d -> d.sentence.index() <= s.index()).toList();
        if (before.size() == 1) {
            return true;
        }
        if (before.isEmpty()) {
            return false;
        }
        Draft latest = before.stream().max(Comparator.comparingInt(d -> d.sentence.index())).orElseThrow();
        String between = ctx.article().text().substring(Math.min(latest.sentence.end(), s.begin()), s.begin());
        return between.indexOf('\n') < 0;
    }

    /** True when nothing but blanks stands between the last line break before a sentence and the sentence. */
    private static boolean opensParagraph(ArticleContext ctx, Sentence s) {
        String before = ctx.article().text().substring(0, s.begin());
        return before.substring(before.lastIndexOf('\n') + 1).isBlank();
    }

    /**
     * True when a sentence opens the paragraph right after the one of {@code earlier}: in the story of one meeting,
     * "Báo cáo tại phiên họp, Phó Chủ tịch UBND TP A cho biết ..." then a paragraph "Giám đốc Sở Kế hoạch và Đầu tư B
     * cho biết ..." goes on reporting what was said at it.
     */
    private static boolean opensNextParagraph(ArticleContext ctx, Sentence earlier, Sentence s) {
        String between = ctx.article().text().substring(Math.min(earlier.end(), s.begin()), s.begin());
        int lastBreak = between.lastIndexOf('\n');
        if (lastBreak < 0 || !between.substring(lastBreak + 1).isBlank()) {
            return false;
        }
        String before = between.substring(0, lastBreak).stripTrailing();
        return before.indexOf('\n') < 0; // no line of its own (a caption, a heading) between the two paragraphs
    }

    /**
     * The meeting a sentence that names kinds of meetings speaks of: the one of a kind it names, when the meeting it
     * would speak of by its place ({@link #meetingFor}) is of a kind it does not name. "Dự đại hội có Phó thủ tướng A"
     * after "Chiều 14-10, Ban Chấp hành ... đã tiến hành hội nghị lần thứ nhất" is at the congress (gen24a 003): the
     * latest of that kind reported at or before it, else the first after it.
     */
    private Draft meetingNamed(List<Draft> drafts, Sentence s, String text) {
        Draft near = meetingFor(drafts, s);
        if (drafts.size() < 2 || !kindNamed.in(text)) {
            return near;
        }
        Set<String> named = new java.util.HashSet<>();
        Matcher k = kindMention.matcher(text);
        while (k.find()) {
            named.add(kindOf(k.group(1)));
        }
        if (named.contains(near.kind)) {
            return near;
        }
        Draft best = null;
        for (Draft d : drafts) {
            if (named.contains(d.kind) && (best == null || d.sentence.index() <= s.index())) {
                best = d;
            }
        }
        return best == null ? near : best;
    }

    /** The meeting a sentence speaks of: the latest reported at or before it, else the first. */
    private static Draft meetingFor(List<Draft> drafts, Sentence s) {
        Draft best = drafts.get(0);
        for (Draft d : drafts) {
            if (d.sentence.index() <= s.index()) {
                best = d;
            }
        }
        return best;
    }

    /** A meeting while it is being put together. */
    private static final class Draft {
        final Sentence sentence;
        String kind;
        PartialDate date;
        /** The last day of the run of days the report dates it by ("từ 12-14/12"), or null. */
        PartialDate until;
        boolean dated;
        /** Whether the report is a meeting only where a day dates it (a vote: meeting-verbs.tsv, voted). */
        boolean needsDay;
        /** Whether the report is of a later day of a meeting under way (a vote, "tiếp tục Kỳ họp thứ nhất, ..."). */
        boolean laterDay;
        int triggerStart;
        int triggerEnd;
        /** Where the kind a trigger names ends, when the trigger ends with it ("chủ trì Hội nghị"), else 0. */
        int kindEnd;
        /** A meeting a decision was made known at (meeting-verbs.tsv, announced), dated by the day its clause writes. */
        boolean announced;
        /** The words that name the meeting between its kind and the verb after it ("Hội nghị ... diễn ra"), else 0. */
        int nameStart;
        int nameEnd;
        String organizer;
        String place;
        String term;
        Integer session;
        String topic;
        final Set<String> chairs = new LinkedHashSet<>();
        final Set<String> participants = new LinkedHashSet<>();

        Draft(Sentence sentence, String kind) {
            this.sentence = sentence;
            this.kind = kind;
        }

        /** Whether the meeting is held on a day: its day, or one of the run of days it was dated by. */
        boolean holds(PartialDate day) {
            return date.equals(day) || until != null && day.isFullDate() && date.compareTo(day) < 0
                    && until.compareTo(day) >= 0;
        }

        /** Runs this meeting from the earlier to the later day of it and another report of it. */
        void spanWith(Draft other) {
            PartialDate first = date.compareTo(other.date) <= 0 ? date : other.date;
            PartialDate last = date.compareTo(other.date) <= 0 ? other.date : date;
            date = first;
            until = until != null && until.compareTo(last) > 0 ? until : last;
        }

        /** Fills what this report of a meeting leaves open from another report of it. */
        void absorb(Draft other) {
            kind = other.kind.length() > kind.length() ? other.kind : kind;
            organizer = organizer == null || other.organizer != null && other.organizer.contains(organizer)
                    ? other.organizer : organizer;
            place = place != null ? place : other.place;
            term = term != null ? term : other.term;
            session = session != null ? session : other.session;
            topic = topic != null ? topic : other.topic;
            chairs.addAll(other.chairs);
        }

        /** Takes the body, term and session of another report that names the meeting, not its people. */
        void takeBodyOf(Draft other) {
            organizer = organizer != null ? organizer : other.organizer;
            term = term != null ? term : other.term;
            session = session != null ? session : other.session;
        }
    }
}
