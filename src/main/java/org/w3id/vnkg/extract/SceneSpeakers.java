package org.w3id.vnkg.extract;

import java.util.List;
import java.util.Locale;

import org.w3id.vnkg.lexicon.Tsv;

/**
 * The speaker of a sentence that goes on reporting a meeting without naming it: in a paragraph that opens "Tại hội
 * nghị, ông A phản ánh ...", the next sentences "Chị B, chủ một trang trại nuôi tôm, đề nghị hỗ trợ vốn vay" and "Cử
 * tri C (làng Bông Phun) đề nghị ..." are said at it too. The sentence must open with its speaker (after at most a
 * few words: "Cử tri", "Còn chị") and say something with a verb of speech-verbs.tsv before anyone else is named; the
 * people after the verb are spoken of, not present. A sentence that is neither ends the scene ("Trò chuyện với phóng
 * viên tại buôn, anh D chia sẻ" is said elsewhere). The words before the speaker may be his title, however long,
 * when they open with a title of roles.tsv: "Tổng kiểm toán Nhà nước Trần Sỹ Thanh cũng đề nghị ...", "Giám đốc Sở Kế
 * hoạch và Đầu tư TP.HCM Lê Thị Huỳnh Mai cho biết ...", also set off by a comma before the speaker's honorific:
 * "Phó Chủ tịch UBND tỉnh, bà Hà Thị Minh Hạnh cho biết ..." (honorifics.tsv).
 */
final class SceneSpeakers {
    /** Words before the speaker's name: "Cử tri", "Còn chị", "PGS.TS". */
    private static final int MAX_OPENING_WORDS = 3;

    /** A title before the speaker: as many words as a long body's name takes, but no clause. */
    private static final int MAX_TITLE_WORDS = 14;

    private final List<String> verbs;
    private final List<String> titles;
    private final java.util.Set<String> honorifics;

    SceneSpeakers() {
        this.verbs = Tsv.load("speech-verbs.tsv").column("verb");
        this.honorifics = java.util.Set.copyOf(Tsv.load("honorifics.tsv").column("honorific").stream()
                .map(h -> h.toLowerCase(Locale.ROOT)).toList());
        this.titles = Tsv.load("roles.tsv").column("role").stream().map(r -> r.toLowerCase(Locale.ROOT)).toList();
    }

    /** The person who opens the sentence and speaks in it, or null. */
    PersonFinder.Mention speaker(String text, List<PersonFinder.Mention> people) {
        return speaker(text, people, false);
    }

    /**
     * The person who opens the sentence under a title of roles.tsv and speaks in it, or null: an official who reports
     * in the paragraph after the meeting's ("Giám đốc Sở Kế hoạch và Đầu tư Lê Thị Huỳnh Mai cho biết ..."), where a
     * villager who "cho biết" may speak to the reporter. The title may follow the name, set off by a comma or a dash
     * as the press writes a chain: "Ông Trần Tuệ Hiền, Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, thừa nhận ...", "Bà Hồ
     * Thị Cẩm Đào - phó bí thư thường trực Tỉnh ủy - cho biết ...".
     */
    PersonFinder.Mention titledSpeaker(String text, List<PersonFinder.Mention> people) {
        return speaker(text, people, true);
    }

    private PersonFinder.Mention speaker(String text, List<PersonFinder.Mention> people, boolean titled) {
        if (people.isEmpty()) {
            return null;
        }
        PersonFinder.Mention first = people.get(0);
        String opening = text.substring(0, first.start()).strip();
        int words = opening.isEmpty() ? 0 : opening.split("\\s+").length;
        boolean title = opensWithTitle(opening.toLowerCase(Locale.ROOT));
        String lower = text.toLowerCase(Locale.ROOT);
        if (opening.indexOf(',') >= 0 && !(title && honorificAfterComma(opening)) || words > MAX_TITLE_WORDS
                || words > MAX_OPENING_WORDS && !title || titled && !title && !titleAfter(lower, first.end())) {
            return null;
        }
        int next = people.size() > 1 ? people.get(1).start() : text.length();
        for (String verb : verbs) {
            int at = wordAt(lower, verb, first.end());
            if (at >= 0 && at < next) {
                return first;
            }
        }
        return null;
    }

    /** "Phó Chủ tịch UBND tỉnh, bà": one comma, and only an honorific after it. */
    private boolean honorificAfterComma(String opening) {
        int comma = opening.indexOf(',');
        return comma == opening.lastIndexOf(',')
                && honorifics.contains(opening.substring(comma + 1).strip().toLowerCase(Locale.ROOT));
    }

    /** True when the name is followed by its title after a comma or a dash: "A, Phó Bí thư Tỉnh ủy", "A - phó bí thư". */
    private boolean titleAfter(String lower, int nameEnd) {
        String rest = lower.substring(nameEnd).stripLeading();
        if (rest.isEmpty() || ",-–—".indexOf(rest.charAt(0)) < 0) {
            return false;
        }
        return opensWithTitle(rest.substring(1).stripLeading());
    }

    private boolean opensWithTitle(String lowerOpening) {
        for (String t : titles) {
            if (wordAt(lowerOpening, t, 0) == 0) {
                return true;
            }
        }
        return false;
    }

    private static int wordAt(String lower, String word, int from) {
        for (int idx = lower.indexOf(word, from); idx >= 0; idx = lower.indexOf(word, idx + 1)) {
            int end = idx + word.length();
            if ((idx == 0 || !Character.isLetter(lower.charAt(idx - 1)))
                    && (end >= lower.length() || !Character.isLetter(lower.charAt(end)))) {
                return idx;
            }
        }
        return -1;
    }
}
