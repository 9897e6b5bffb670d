package org.w3id.vnkg.normalize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.vnkg.lexicon.Tsv;

/**
 * The signature of an article an official writes: the author's name in capitals on a line of its own, over a line
 * of the author's titles, as papers print it above the story or at its end.
 * <pre>
 *   "GS, TS NGUYỄN XUÂN THẮNG\nỦy viên Bộ Chính trị, Giám đốc Học viện ..."
 *   -&gt; "       Nguyễn Xuân Thắng,Ủy viên Bộ Chính trị, Giám đốc Học viện ..."
 * </pre>
 * The degrees before the name are blanked (honorifics.tsv kind {@code academic}: "GS, TS", "PGS.TS"), the name is
 * written as prose writes names, and the line break after it becomes the comma that joins a name to its titles, so
 * that the title grammar reads the block as it reads "Nguyễn Xuân Thắng, Ủy viên Bộ Chính trị"; every character keeps
 * its offset. The titles' line opens with a title (roles.tsv, member-titles.tsv), after "nguyên" or not. Above the
 * lead a block needs a degree: a reporter's name in capitals over a headline that opens with a title ("THANH HÀ" over
 * "Bí thư Tỉnh ủy làm việc với huyện ...") is a byline.
 */
final class SignatureBlock {
    private static final SignatureBlock STANDARD = new SignatureBlock();
    private static final Pattern WORD = Pattern.compile("[^\\s,.]+");
    private static final int MAX_NAME_LINE = 60;
    private static final int MAX_NAME_WORDS = 5;

    /** Degrees as words keyed: "gs", "ts", "pgs", "ths", "giáo sư", "phó giáo sư". */
    private final List<String[]> degrees = new ArrayList<>();
    private final Set<String> surnames = new HashSet<>();
    /** Keys of the titles a titles' line may open with: "ủy viên", "bí thư", "tỉnh ủy viên". */
    private final List<String> titles = new ArrayList<>();
    private final List<String> qualifiers = new ArrayList<>();

    private SignatureBlock() {
        for (Map<String, String> row : Tsv.load("honorifics.tsv").rows()) {
            if ("academic".equals(row.get("kind"))) {
                String key = TextNormalizer.key(row.get("honorific")).replace('.', ' ').strip();
                degrees.add(key.split("\\s+"));
            }
        }
        for (String s : Tsv.load("surnames.tsv").column("surname")) {
            surnames.add(TextNormalizer.key(s));
        }
        for (String r : Tsv.load("roles.tsv").column("role")) {
            titles.add(TextNormalizer.key(r));
        }
        for (String t : Tsv.load("member-titles.tsv").column("title")) {
            titles.add(TextNormalizer.key(t));
        }
        for (String q : Tsv.load("qualifiers.tsv").column("word")) {
            qualifiers.add(TextNormalizer.key(q) + " ");
        }
    }

    static SignatureBlock standard() {
        return STANDARD;
    }

    /**
     * A signature on {@code nameLine} over {@code titlesLine}, or null.
     * @param nameStart the offset of the name line in the text, which the block's spans are offsets of
     * @param titlesStart the offset of the titles' line
     */
    Block read(String nameLine, int nameStart, String titlesLine, int titlesStart, boolean belowLead) {
        String s = nameLine.strip();
        if (s.isEmpty() || s.length() > MAX_NAME_LINE || !s.equals(s.toUpperCase(Locale.ROOT))
                || !opensWithTitle(TextNormalizer.key(titlesLine))) {
            return null;
        }
        List<int[]> words = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Matcher m = WORD.matcher(nameLine);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
            keys.add(TextNormalizer.key(m.group()));
        }
        int first = 0;
        for (int next = degreeEnd(keys, first); next > first; next = degreeEnd(keys, first)) {
            first = next;
        }
        int nameWords = words.size() - first;
        if (nameWords < 2 || nameWords > MAX_NAME_WORDS || !surnames.contains(keys.get(first))
                || first == 0 && !belowLead) {
            return null;
        }
        List<int[]> name = new ArrayList<>();
        for (int[] w : words.subList(first, words.size())) {
            name.add(new int[] {nameStart + w[0], nameStart + w[1]});
        }
        int lineStart = nameStart + nameLine.indexOf(s.charAt(0));
        return new Block(lineStart, name, titlesStart);
    }

    /** Writes the block into the cleaned text: degrees blanked, the name in prose case, a comma before the titles. */
    static void write(char[] text, Block block) {
        int titlesStart = block.titlesStart();
        int nameStart = block.name().get(0)[0];
        for (int i = block.lineStart(); i < nameStart; i++) {
            text[i] = ' ';
        }
        for (int[] w : block.name()) {
            for (int i = w[0] + 1; i < w[1]; i++) {
                text[i] = Character.toLowerCase(text[i]);
            }
        }
        int nameEnd = block.name().get(block.name().size() - 1)[1];
        for (int i = nameEnd; i < titlesStart; i++) {
            text[i] = i == nameEnd ? ',' : ' ';
        }
    }

    private boolean opensWithTitle(String key) {
        for (String q : qualifiers) {
            if (key.startsWith(q)) {
                key = key.substring(q.length());
                break;
            }
        }
        for (String t : titles) {
            if (key.startsWith(t) && (key.length() == t.length() || !Character.isLetter(key.charAt(t.length())))) {
                return true;
            }
        }
        return false;
    }

    /** The index after a degree that starts at {@code from}, or {@code from}. */
    private int degreeEnd(List<String> keys, int from) {
        for (String[] d : degrees) {
            if (from + d.length <= keys.size() && d.length > 0) {
                boolean all = true;
                for (int k = 0; k < d.length && all; k++) {
                    all = d[k].equals(keys.get(from + k));
                }
                if (all) {
                    return from + d.length;
                }
            }
        }
        return from;
    }

    /** A signature: where its name line's first character is, the name's words and where the titles' line starts. */
    record Block(int lineStart, List<int[]> name, int titlesStart) {
    }
}
