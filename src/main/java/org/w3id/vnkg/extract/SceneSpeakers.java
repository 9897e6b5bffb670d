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
 * viên tại buôn, anh D chia sẻ" is said elsewhere).
 */
final class SceneSpeakers {
    /** Words before the speaker's name: "Cử tri", "Còn chị", "PGS.TS". */
    private static final int MAX_OPENING_WORDS = 3;

    private final List<String> verbs;

    SceneSpeakers() {
        this.verbs = Tsv.load("speech-verbs.tsv").column("verb");
    }

    /** The person who opens the sentence and speaks in it, or null. */
    PersonFinder.Mention speaker(String text, List<PersonFinder.Mention> people) {
        if (people.isEmpty()) {
            return null;
        }
        PersonFinder.Mention first = people.get(0);
        String opening = text.substring(0, first.start()).strip();
        if (opening.indexOf(',') >= 0 || !opening.isEmpty() && opening.split("\\s+").length > MAX_OPENING_WORDS) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int next = people.size() > 1 ? people.get(1).start() : text.length();
        for (String verb : verbs) {
            int at = wordAt(lower, verb, first.end());
            if (at >= 0 && at < next) {
                return first;
            }
        }
        return null;
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
