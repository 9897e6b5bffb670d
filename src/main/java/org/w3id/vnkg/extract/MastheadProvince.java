package org.w3id.vnkg.extract;

import java.util.List;
import java.util.Locale;

import org.w3id.vnkg.lexicon.Tsv;

/**
 * The province of a page's masthead, for a story that names none: a provincial portal or newspaper names itself
 * in its header, footer or lead ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG TÈ - TỈNH LAI CHÂU", "Báo Hà Giang - Ngày
 * 28/6, ..."), which the cleaner keeps out of the story. A line of the page that holds a word of
 * {@code lexicon/press-words.tsv} gives the province named after that word on the line.
 * <pre>
 *   provinceOf("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG TÈ - TỈNH LAI CHÂU\nNgày 4/1, Ban Chấp hành ...") -> "Lai Châu"
 * </pre>
 * Read after {@link ProvinceFinder} on the story and {@link SiteProvince} on its web addresses, never before:
 * what the story itself names wins.
 */
public final class MastheadProvince {
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final List<String> pressWords;
    private final ProvinceFinder provinces;

    public MastheadProvince(ProvinceFinder provinces) {
        this.provinces = provinces;
        this.pressWords = Tsv.load("press-words.tsv").column("word");
    }

    /** The province the first masthead line of the page names, or null. */
    public String provinceOf(String pageText) {
        for (String line : pageText.split("\n")) {
            for (String word : pressWords) {
                // as written ("Báo Hà Giang", not "báo cáo"), or a masthead in capitals
                int at = wordAt(line, word);
                at = at >= 0 ? at : wordAt(line, word.toUpperCase(VI));
                if (at >= 0) {
                    String province = provinces.mainProvince(line.substring(at + word.length()));
                    if (province != null) {
                        return province;
                    }
                }
            }
        }
        return null;
    }

    /** The start of the first whole-word occurrence of {@code word} in {@code text}, or -1. */
    private static int wordAt(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (end >= text.length() || !Character.isLetter(text.charAt(end)))) {
                return at;
            }
        }
        return -1;
    }
}
