package org.w3id.vnkg.extract;

import org.w3id.vnkg.nlp.VnLexicon;

/**
 * Which titles name the same office, and which bare titles are ranks: the deputy's word (group-words.tsv, deputy)
 * and the ranks of roles.tsv.
 * <pre>
 *   sameOffice("Phó Bí thư", "Bí thư")    true
 *   office("Phó Chủ tịch")                "Chủ tịch"
 *   "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"  rankOf: "Bộ trưởng" is the rank of the head of Ủy ban Dân tộc
 * </pre>
 */
final class Offices {
    private static final GroupWords GROUP_WORDS = GroupWords.load();

    private final VnLexicon lex;

    Offices(VnLexicon lex) {
        this.lex = lex;
    }

    /**
     * True when the bare title {@code rank} is the rank of the {@code next} title's holder: a minister's rank of a
     * ministry-level body's head ("Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"), a vice-minister's of its deputy head
     * ("Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc").
     */
    boolean rankOf(Title rank, Title next) {
        return lex.isRank(rank.role()) && (!lex.isDeputyRank(rank.role()) || !office(next.role()).equals(next.role()));
    }

    /** "Phó Bí thư" and "Bí thư", "Phó Chủ tịch" and "Chủ tịch", "Bí thư Thường trực" and "Bí thư": one office. */
    static boolean sameOffice(String role, String other) {
        String a = office(role);
        String b = office(other);
        return startsWithWords(a, b) || startsWithWords(b, a) || a.equalsIgnoreCase(b);
    }

    /** The role without the word that makes it a deputy ("Phó Bí thư" -> "Bí thư"). */
    static String office(String role) {
        int space = role.indexOf(' ');
        return space > 0 && GROUP_WORDS.is("deputy", role.substring(0, space)) ? role.substring(space + 1) : role;
    }

    /** "Phó Thủ tướng Thường trực" starts with the words "Phó Thủ tướng"; "Phó Chủ tịch" does not start with "Phó Chủ". */
    static boolean startsWithWords(String longer, String shorter) {
        return longer.regionMatches(true, 0, shorter + " ", 0, shorter.length() + 1);
    }
}
