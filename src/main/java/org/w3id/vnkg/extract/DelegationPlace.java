package org.w3id.vnkg.extract;

import java.util.List;

import edu.stanford.nlp.ling.CoreLabel;

import org.w3id.vnkg.nlp.PersonMention;

/**
 * The province a delegation is named for, of which its people's titles written without their place are: in a story of
 * one province, the delegations of others come to a funeral, a ceremony or a working visit.
 * <pre>
 *   "Đoàn đại biểu tỉnh Nghệ An do đồng chí Thái Thanh Quý, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy dẫn đầu" -> Nghệ An
 *   "...; cùng đi có đồng chí Bùi Đình Long, Phó Chủ tịch UBND tỉnh"              -> Nghệ An (who goes with its leader)
 *   "Đoàn đại biểu Thành ủy Thành phố Hồ Chí Minh do đồng chí Tất Thành Cang, ..., Phó Bí thư Thường trực Thành ủy"
 *                                                                                         -> Hồ Chí Minh
 *   "Đoàn đại biểu Trung ương do đồng chí Trương Thị Mai, ... dẫn đầu"                    -> null (no place)
 * </pre>
 * The leader is the person right after the delegation's "do", or "có" ("Đoàn đại biểu tỉnh Quảng Bình có đồng chí A, Phó
 * Bí thư Tỉnh ủy"; lexicon/group-words.tsv, uses {@code delegation} and {@code led-by}); the delegation's name runs from its head word to "do", with no comma or clause between. Who is
 * listed after "cùng đi" (use {@code accompanies}) later in the leader's sentence, before another delegation, goes with it.
 */
final class DelegationPlace {
    private static final GroupWords GROUP_WORDS = GroupWords.load();
    /** The words of a delegation's name: "Đoàn đại biểu Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh". */
    private static final int MAX_NAME_TOKENS = 14;
    private static final List<String> CLAUSE_ENDS = List.of(",", ";", ":", ".", "(", ")");

    private final ProvinceFinder provinces;

    DelegationPlace(ProvinceFinder provinces) {
        this.provinces = provinces;
    }

    /** The province named by the delegation that the person at {@code m} leads or goes with, or null. */
    String of(List<CoreLabel> tokens, List<PersonMention> people, PersonMention m) {
        String led = ledBy(tokens, m);
        if (led != null) {
            return led;
        }
        int k = people.indexOf(m);
        for (int j = k - 1; j >= 0; j--) {
            String place = ledBy(tokens, people.get(j));
            if (place != null) {
                return accompanies(tokens, people.get(j).tokenEnd(), m.mentionBegin()) ? place : null;
            }
        }
        return null;
    }

    /** The province of the delegation whose "do" or "có" stands right before the person at {@code m}, or null. */
    private String ledBy(List<CoreLabel> tokens, PersonMention m) {
        int by = m.mentionBegin() - 1;
        if (by < 1 || !GROUP_WORDS.is("led-by", tokens.get(by).word())) {
            return null;
        }
        for (int i = by - 1; i >= 0 && i >= by - MAX_NAME_TOKENS; i--) {
            String w = tokens.get(i).word();
            if (CLAUSE_ENDS.contains(w)) {
                return null;
            }
            if (GROUP_WORDS.is("delegation", w)) {
                StringBuilder name = new StringBuilder();
                for (int k = i + 1; k < by; k++) {
                    name.append(k > i + 1 ? " " : "").append(tokens.get(k).word());
                }
                return provinces.provinceIn(name.toString());
            }
        }
        return null;
    }

    /** True when "cùng đi" stands between the leader and the person, and no other delegation opens there. */
    private static boolean accompanies(List<CoreLabel> tokens, int from, int to) {
        boolean with = false;
        for (int i = from; i + 1 < to; i++) {
            String w = tokens.get(i).word();
            if (GROUP_WORDS.is("delegation", w) && i > from && tokens.get(i - 1).word().equals(";")) {
                return false;
            }
            with |= GROUP_WORDS.is("accompanies", w + " " + tokens.get(i + 1).word());
        }
        return with;
    }
}
