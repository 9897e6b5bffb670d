package org.w3id.vnkg.extract;

import java.util.List;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * The marks that open the items of an enumeration: a number, a letter or a bullet before an item's text.
 * <pre>
 *   "1. Đồng chí Trần Cẩm Tú, Bí thư Trung ương Đảng, ..."   enumerated: an item
 *   "2)"                                                   enumerator: only an item's number (a sentence of its own)
 * </pre>
 */
final class ItemMarkers {
    private static final Pattern ENUMERATOR = Pattern.compile("(?:\\d{1,2}|[a-zđ])[.)]|[-–•+*]");
    private static final Pattern ITEM_NUMBER = Pattern.compile("\\d{1,2}|[a-zđ]");

    private ItemMarkers() {
    }

    /**
     * A sentence that is an item of an enumeration: it opens with "1." / "2)" / "a)" or a dash or bullet
     * ("1. Đồng chí Trần Cẩm Tú, Bí thư Trung ương Đảng, ...").
     */
    static boolean enumerated(List<CoreLabel> tokens) {
        return enumerator(tokens.subList(0, Math.min(2, tokens.size()))) || enumerator(tokens.subList(0, 1));
    }

    /** True when the tokens are only an item's number or bullet: "1 .", "2)", "a)", "-". */
    static boolean enumerator(List<CoreLabel> tokens) {
        if (tokens.isEmpty()) {
            return false;
        }
        String first = tokens.get(0).word();
        if (tokens.size() == 1) {
            return ENUMERATOR.matcher(first).matches();
        }
        return tokens.size() == 2 && ITEM_NUMBER.matcher(first).matches()
                && (tokens.get(1).word().equals(".") || tokens.get(1).word().equals(")"));
    }
}
