package org.w3id.vnkg.normalize;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.google.common.hash.Hashing;

import org.w3id.vnkg.facts.PartialDate;
import org.w3id.vnkg.ingest.RawArticle;
import org.w3id.vnkg.lexicon.Tsv;

/**
 * The normalise stage: keeps the main story of a raw article and blanks out the rest.
 * <pre>
 *   "... Hình ảnh, vị thế của tỉnh Bắc Giang tiếp tục được khẳng định.\n\nCó thể bạn quan tâm\n\n(teasers)"
 *   -> the teasers after "Có thể bạn quan tâm" become spaces; the date line "18:26, 28/07/2023" gives
 *      published = 2023-07-28 and is blanked too.
 * </pre>
 * Markers come from {@code lexicon/boilerplate.tsv}: {@code teaser} lines cut the rest of the article,
 * {@code related} lines ("Tin liên quan", "Xem thêm") cut the headlines listed after them, {@code chrome}
 * lines are dropped wherever they are. Bylines at the end ("Hương Dịu", "Đình Anh- Văn Hương",
 * "Hoàng Thảo Nguyên/TTXVN", "Bài, ảnh: Văn Hương", "Theo TTXVN") and photo credits ("(Ảnh: DUY ĐỨC)",
 * "... hội nghị. Ảnh: Văn Hương", words in {@code lexicon/photo-credits.tsv}) are blanked, so that no
 * photographer or reporter becomes an official.
 */
public final class ArticleCleaner {
    /** A line with a full date ("... ngày 14.10.2020") is never the headline. */
    private static final Pattern FULL_DATE = Pattern.compile("\\b\\d{1,2}([/.-])\\d{1,2}\\1\\d{4}\\b");
    private static final Pattern BYLINE_WORD = Pattern.compile("\\(?\\p{Lu}[\\p{L}'’]*\\.?\\)?");
    private static final int MAX_BYLINE_LINES = 2;
    private static final int MAX_MARKER_LINE = 120;
    private static final int MAX_HEADLINE_WORDS = 30;
    /** Between the items of a site's menu: "Chính trị | Xã hội", "Thời sự · Kinh tế". */
    private static final Pattern MENU_BAR = Pattern.compile("\\s+[|•·]\\s+");
    private static final int MIN_MENU_ITEMS = 4;
    private static final int MAX_MENU_ITEM_WORDS = 5;
    /** The mark before an item of a list of links: "- ", "• ", "+ ", ". " (older provincial pages). */
    private static final Pattern LIST_BULLET = Pattern.compile("^\\s*(?:[-–—•+*·.]|>>?|»)\\s+");
    /** The mark of a link to another story, which no line of a story's prose opens with: ">> ", "» ". */
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\s:.…>»]+$");
    /** The count of comments a site writes after its comment box's heading: "Bình luận (3)". */
    private static final Pattern TRAILING_COUNT = Pattern.compile("\\s*\\(\\d+\\)$");
    private static final Pattern LINK_MARK = Pattern.compile("^\\s*(?:>>|»)\\s*");

    private final List<String> teaserMarkers;
    private final List<String> relatedMarkers;
    /** How a link to another story opens, from the related markers: "xem thêm:", "xem thêm :", ">> xem thêm". */
    private final List<String> relatedLinkOpenings;
    private final List<String> chromeMarkers;
    private final List<String> labels;
    private final List<String> bylinePrefixes;
    private final OtherStoriesHeading otherStories;
    private final DateLine dateLines = DateLine.standard();
    private final PhotoCredits credits = PhotoCredits.standard();
    private final SignatureBlock signatures = SignatureBlock.standard();

    public ArticleCleaner() {
        List<String> teasers = new ArrayList<>();
        List<String> chrome = new ArrayList<>();
        List<String> related = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        List<String> labelWords = new ArrayList<>();
        Tsv boilerplate = Tsv.load("boilerplate.tsv");
        for (Map<String, String> row : boilerplate.rows()) {
            String key = TextNormalizer.key(row.get("marker"));
            switch (row.get("kind")) {
                case "teaser" -> teasers.add(key);
                case "chrome" -> chrome.add(key);
                case "related" -> related.add(key);
                case "byline-prefix" -> prefixes.add(key);
                case "label" -> labelWords.add(key);
                case "heading-plural", "heading-word", "heading-qualifier" -> { }
                default -> throw new IllegalArgumentException("boilerplate.tsv: unknown kind " + row.get("kind"));
            }
        }
        this.teaserMarkers = List.copyOf(teasers);
        this.chromeMarkers = List.copyOf(chrome);
        this.relatedMarkers = List.copyOf(related);
        // made once: built per line and marker, the openings were a sixth of the cleaner's time (JFR)
        this.relatedLinkOpenings = related.stream().flatMap(m -> Stream.of(m + ":", m + " :", ">> " + m)).toList();
        prefixes.sort((a, b) -> b.length() - a.length());
        this.bylinePrefixes = List.copyOf(prefixes);
        this.labels = List.copyOf(labelWords);
        this.otherStories = new OtherStoriesHeading(boilerplate.rows());
    }

    public Article clean(RawArticle raw) {
        String text = TextNormalizer.clean(raw.text());
        char[] kept = text.toCharArray();
        List<int[]> lines = lines(text);
        PartialDate published = null;
        String title = null;
        List<Integer> bodyLines = new ArrayList<>();
        int lastBodyLine = -1;
        boolean leadSeen = false;
        boolean inRelated = false;
        List<SignatureBlock.Block> signed = new ArrayList<>();
        int signatureEnd = -1;
        for (int i = 0; i < lines.size(); i++) {
            int[] span = lines.get(i);
            String line = text.substring(span[0], span[1]);
            if (line.isBlank()) {
                continue;
            }
            // Markers and chrome are short lines: paragraphs of the story need no key.
            String key = line.length() <= MAX_MARKER_LINE ? TextNormalizer.key(line) : "";
            String marker = stripTrailingPunct(key);
            if (teaserMarkers.contains(marker)) {
                blank(kept, span[0], text.length());
                break;
            }
            if (isChrome(key) || isLabelled(key)) {
                // a portal's date line may carry its page tools ("16/10/2025 08:30   Lượt xem: 1245   In bài viết"):
                // the line is furniture, its date still dates the page
                published = dated(published, leadSeen, line);
                blank(kept, span[0], span[1]);
                continue;
            }
            boolean relatedMarker = relatedMarkers.contains(marker) || otherStories.matches(marker);
            if (relatedMarker || isRelatedLink(key) || isLinkedHeadline(line)) {
                inRelated = relatedMarker;
                blank(kept, span[0], span[1]);
                continue;
            }
            // a headline of the list after "Tin liên quan", also as an item: "- Chủ tịch UBND tỉnh A tiếp công dân"
            if (inRelated && looksLikeHeadline(LIST_BULLET.matcher(line).replaceFirst(""))) {
                blank(kept, span[0], span[1]);
                continue;
            }
            inRelated = false;
            // Every date line above the story is blanked ("Đăng ... Cập nhật ..." may take two); the earliest dates the page.
            DateLine.Reading dateLine = dateLineOf(published, leadSeen, line);
            if (dateLine != null) {
                published = dated(published, leadSeen, dateLine);
                blank(kept, span[0], span[0] + dateLine.end());
                if (line.substring(dateLine.end()).isBlank()) {
                    continue;
                }
            }
            if (credits.archived(line)) {
                // "Đồng chí A (giữa) cùng các đại biểu bấm nút khai mạc mùa du lịch năm 2014. Ảnh tư liệu: B": the
                // caption of an archive photo shows another time, no one at the story's meeting (gen25c 005)
                blank(kept, span[0], span[1]);
                continue;
            }
            for (int[] credit : credits.find(line)) {
                blank(kept, span[0] + credit[0], span[0] + credit[1]);
            }
            int titlesLine = i > signatureEnd ? signature(text, lines, i, leadSeen, signed) : -1;
            if (titlesLine > 0) {
                signatureEnd = titlesLine;
            }
            // The headline is the last headline-like line before the first paragraph: a site's name above it
            // ("Đài Phát thanh và Truyền hình Hà Giang") or a section ("Thời sự") is not it, nor an author's signature.
            if (!leadSeen && i > signatureEnd && looksLikeHeadline(line) && !FULL_DATE.matcher(line).find()) {
                title = line.strip();
            } else if (!leadSeen && isParagraph(line)) {
                leadSeen = true;
            }
            lastBodyLine = i;
            bodyLines.add(i);
        }
        // The last one or two lines: "Văn Hương" then "Nguồn: TTXVN".
        for (int k = bodyLines.size() - 1; k >= 0 && k >= bodyLines.size() - MAX_BYLINE_LINES; k--) {
            int[] span = lines.get(bodyLines.get(k));
            if (!isByline(withoutBylinePrefix(text.substring(span[0], span[1])))) {
                break;
            }
            blank(kept, span[0], span[1]);
        }
        for (SignatureBlock.Block s : signed) {
            SignatureBlock.write(kept, s);
        }
        String body = new String(kept);
        String hash = Hashing.sha256()
                .hashString(TextNormalizer.key(body), StandardCharsets.UTF_8).toString();
        return new Article(raw.docId(), body, title, published, hash);
    }

    /**
     * The index of the titles' line of an author's signature whose name is line {@code i}, which joins {@code signed};
     * else -1. The titles are the next line that is not blank.
     */
    private int signature(String text, List<int[]> lines, int i, boolean belowLead, List<SignatureBlock.Block> signed) {
        int j = i + 1;
        while (j < lines.size() && text.substring(lines.get(j)[0], lines.get(j)[1]).isBlank()) {
            j++;
        }
        if (j >= lines.size()) {
            return -1;
        }
        int[] name = lines.get(i);
        int[] titles = lines.get(j);
        SignatureBlock.Block block = signatures.read(text.substring(name[0], name[1]), name[0],
                text.substring(titles[0], titles[1]), titles[0], belowLead);
        if (block == null) {
            return -1;
        }
        signed.add(block);
        return j;
    }

    /** "Xem thêm: Bắc Giang tổ chức hội nghị ...": a link to another story on one line. */
    private boolean isRelatedLink(String key) {
        for (String opening : relatedLinkOpenings) {
            if (key.startsWith(opening)) {
                return true;
            }
        }
        return false;
    }

    /** ">> Ông A được bầu làm chủ tịch HĐND TP": another story's headline under its link mark, with or without a marker above. */
    private static boolean isLinkedHeadline(String line) {
        var mark = LINK_MARK.matcher(line);
        return mark.lookingAt() && !line.substring(mark.end()).isBlank() && looksLikeHeadline(line.substring(mark.end()));
    }

    /** The line without a leading "Bài, ảnh:", "Theo", "Nguồn:" ... */
    private String withoutBylinePrefix(String line) {
        String s = line.strip();
        String key = TextNormalizer.key(s);
        for (String prefix : bylinePrefixes) {
            if (key.startsWith(prefix + ":") || key.startsWith(prefix + " ")) {
                int cut = s.indexOf(':');
                return cut >= 0 && cut <= prefix.length() + 1 ? s.substring(cut + 1) : s.substring(prefix.length());
            }
        }
        return s;
    }

    /** "Từ khóa: Chủ tịch UBND tỉnh Đắk Nông Hồ Văn Mười, Đắk Lắk": a site's tags, whatever names they list. */
    /** The date line this line opens with, where one may still date the page, else null. */
    private DateLine.Reading dateLineOf(PartialDate published, boolean leadSeen, String line) {
        DateLine.Reading dateLine = published == null || !leadSeen ? dateLines.read(line) : null;
        if (dateLine != null && dateLine.placed() && leadSeen && !dateLine.timed()) {
            // "Hà Nội, ngày 5 tháng 8 năm 2023" in the story dates a document it quotes; a reporter's byline with a
            // time after a lead paragraph ("Thanh Hương - 04/10/2023 10:15" under a sapo) dates the page
            return null;
        }
        return dateLine;
    }

    /** The page's date after this line, which may open with a date line. */
    private PartialDate dated(PartialDate published, boolean leadSeen, String line) {
        DateLine.Reading dateLine = dateLineOf(published, leadSeen, line);
        return dateLine == null ? published : dated(published, leadSeen, dateLine);
    }

    private static PartialDate dated(PartialDate published, boolean leadSeen, DateLine.Reading dateLine) {
        // "Cập nhật: 03/01/2018 09:10" above "Thứ Năm, 28/12/2017 15:30": an update is never before the page
        // was published, so of the date lines above the story the earliest dates it ("hôm qua" counts from it)
        if (published == null || !leadSeen && dateLine.date() != null && dateLine.date().isFullDate()
                && published.isFullDate() && dateLine.date().compareTo(published) < 0) {
            return dateLine.date();
        }
        return published;
    }

    private boolean isLabelled(String key) {
        for (String label : labels) {
            if (key.startsWith(label) && key.length() > label.length()) {
                String rest = key.substring(label.length()).stripLeading();
                if (rest.startsWith(":")) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isChrome(String key) {
        for (String marker : chromeMarkers) {
            if (key.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line of the story's prose: a sentence's end, or longer than any headline; not a site's menu of short items
     * between bars or dots, however long ("Chính trị | Xã hội | Kinh tế | ... | Sức khỏe | Ô tô - Xe máy" above VOV's
     * headline made the site's name the title; gen24c 002).
     */
    private static boolean isParagraph(String line) {
        String s = line.strip();
        return (s.endsWith(".") || s.split("\\s+").length > MAX_HEADLINE_WORDS) && !isMenu(s);
    }

    private static boolean isMenu(String line) {
        String[] items = MENU_BAR.split(line);
        if (items.length < MIN_MENU_ITEMS) {
            return false;
        }
        for (String item : items) {
            if (item.isBlank() || item.strip().split("\\s+").length > MAX_MENU_ITEM_WORDS) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeHeadline(String line) {
        String s = line.strip();
        int words = s.split("\\s+").length;
        // a headline may open with a number: "6 tháng đầu năm 2019: Thu hút FDI đạt 18,47 tỷ USD"
        int first = s.codePointAt(0);
        return words >= 4 && words <= MAX_HEADLINE_WORDS && !s.endsWith(".")
                && (Character.isUpperCase(first) || Character.isDigit(first));
    }

    /** "Hương Dịu", "Đình Anh- Văn Hương", "Hoàng Thảo Nguyên/TTXVN": a short line of capitalised words. */
    static boolean isByline(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 60 || s.endsWith(".") || s.endsWith(":")) {
            return false;
        }
        String[] words = s.split("[\\s\\-–/]+");
        if (words.length > 8) {
            return false;
        }
        for (String w : words) {
            if (!w.isEmpty() && !BYLINE_WORD.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The marker of a line's key: "Bình luận (3):" and "Ý kiến bạn đọc (12)" are "bình luận", "ý kiến bạn đọc". */
    private static String stripTrailingPunct(String key) {
        String s = TRAILING_PUNCT.matcher(key).replaceFirst("");
        var count = TRAILING_COUNT.matcher(s);
        if (count.find()) {
            s = TRAILING_PUNCT.matcher(s.substring(0, count.start())).replaceFirst("");
        }
        return s.toLowerCase(Locale.ROOT);
    }

    private static void blank(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text[i] != '\n') {
                text[i] = ' ';
            }
        }
    }

    private static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                out.add(new int[] {start, i});
                start = i + 1;
            }
        }
        return out;
    }
}
