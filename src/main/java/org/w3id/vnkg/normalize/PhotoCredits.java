package org.w3id.vnkg.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.w3id.vnkg.lexicon.Tsv;

/**
 * Finds the photo credits of a line, whose words are {@code lexicon/photo-credits.tsv}, for the cleaner to blank.
 * <pre>
 *   "Toàn cảnh hội nghị. (Ảnh: DUY ĐỨC)"          -&gt; "(Ảnh: DUY ĐỨC)"
 *   "Các đại biểu dự hội nghị. Ảnh: Văn Hương"    -&gt; "Ảnh: Văn Hương" (a credit ending its caption line)
 *   "(Nguồn: Cục Thống kê)"                       -&gt; all of it
 * </pre>
 * A credit is the word, a colon and at most 40 characters to the end of the line, or anything up to the closing
 * parenthesis. Immutable; one shared instance.
 */
final class PhotoCredits {
    private static final PhotoCredits STANDARD = new PhotoCredits(Tsv.load("photo-credits.tsv"));

    private final Pattern inParentheses;
    private final Pattern atLineEnd;
    /** A credit of an archive photo ending its caption line ("... năm 2014. Ảnh tư liệu: Thanh Chi"). */
    private final Pattern archiveAtLineEnd;
    /** The last word of each archive credit ("liệu"): a line with none of them ends in no such credit. */
    private final List<String> archiveLastWords;
    /** The first words as captions write them ("Ảnh", "Video"): a line with none of them has no credit. */
    private final List<String> firstWords;

    PhotoCredits(Tsv words) {
        List<String> credits = new ArrayList<>();
        List<String> archives = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (Map<String, String> row : words.rows()) {
            String word = capitalised(row.get("word").strip());
            switch (row.get("kind")) {
                case "credit" -> credits.add(word);
                case "archive" -> {
                    credits.add(word);
                    archives.add(word);
                }
                case "source" -> {
                    // in parentheses only
                }
                default -> throw new IllegalArgumentException("photo-credits.tsv: unknown kind " + row.get("kind"));
            }
            all.add(word);
        }
        if (credits.isEmpty()) {
            throw new IllegalArgumentException("photo-credits.tsv: no word of kind credit");
        }
        this.inParentheses = Pattern.compile("\\((?:" + alternation(all) + ")\\s*:[^)\\n]*\\)");
        this.atLineEnd = Pattern.compile("(?<=[.\\s])(?:" + alternation(credits) + ")\\s*:\\s*[^.\\n]{1,40}$");
        this.archiveAtLineEnd = archives.isEmpty() ? null
                : Pattern.compile("(?<=[.\\s])(?:" + alternation(archives) + ")\\s*:\\s*[^.\\n]{1,40}$");
        this.firstWords = credits.stream().map(w -> w.split(" ")[0]).distinct().toList();
        this.archiveLastWords = archives.stream().map(w -> w.substring(w.lastIndexOf(' ') + 1)).distinct().toList();
    }

    static PhotoCredits standard() {
        return STANDARD;
    }

    /** The spans [start, end) of the credits of one line, in order. */
    List<int[]> find(String line) {
        List<int[]> out = new ArrayList<>();
        // The literal characters first: most lines have no credit, and a regex tried at every character of every
        // paragraph was a tenth of the cleaning.
        if (line.indexOf('(') >= 0) {
            Matcher m = inParentheses.matcher(line);
            while (m.find()) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        if (firstWords.stream().anyMatch(line::contains)) {
            Matcher m = atLineEnd.matcher(line);
            if (m.find()) {
                out.add(new int[] {m.start(), line.length()});
            }
        }
        return out;
    }

    /**
     * Whether the line is a caption of an archive photo, its credit ending it ("... bấm nút khai mạc mùa du lịch năm
     * 2014. Ảnh tư liệu: Thanh Chi"): it shows another time than the story's.
     */
    boolean archived(String line) {
        // The literal words first, then the pattern only near the line's end, where the credit is: tried at every
        // character of every line, it was a twentieth of all extraction time (JFR).
        if (archiveAtLineEnd == null || archiveLastWords.stream().noneMatch(line::contains)) {
            return false;
        }
        return archiveAtLineEnd.matcher(line).useTransparentBounds(true)
                .region(Math.max(0, line.length() - ARCHIVE_TAIL), line.length()).find();
    }

    /** How far from a line's end an archive credit may start: its words, the colon and a name of at most 40 characters. */
    private static final int ARCHIVE_TAIL = 80;

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    /** Longest first, each word quoted, any spaces between words. */
    private static String alternation(List<String> words) {
        return words.stream().distinct().sorted((a, b) -> b.length() - a.length())
                .map(w -> Pattern.compile(" ").splitAsStream(w).map(Pattern::quote).collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|"));
    }
}
