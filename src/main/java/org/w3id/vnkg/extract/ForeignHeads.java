package org.w3id.vnkg.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.w3id.vnkg.lexicon.Tsv;
import org.w3id.vnkg.normalize.TextNormalizer;

/**
 * The body the head of another country's state or government holds, named before the country (foreign-heads.tsv):
 * "Thủ tướng" holds its Chính phủ, "Tổng thống" and "Chủ tịch nước" the state itself ("Nước"), "Tổng Bí thư" its
 * party's Central Committee. A title written alone names no body of its own, so abroad it would name none.
 */
final class ForeignHeads {
    private static final ForeignHeads STANDARD = load();

    private final Map<String, String> bodyByRole = new HashMap<>();
    private final Set<String> formalBodies = new HashSet<>();

    static ForeignHeads standard() {
        return STANDARD;
    }

    private static ForeignHeads load() {
        ForeignHeads h = new ForeignHeads();
        for (Map<String, String> r : Tsv.load("foreign-heads.tsv").rows()) {
            h.bodyByRole.put(TextNormalizer.key(r.get("role")), r.get("body"));
            if (r.get("name").equals("formal")) {
                h.formalBodies.add(TextNormalizer.key(r.get("body")));
            }
        }
        return h;
    }

    /** Whether {@code body} is named with the country's formal name: the state itself ("Nước Cộng hòa Indonesia"). */
    boolean formal(String body) {
        return formalBodies.contains(TextNormalizer.key(body));
    }

    /** The body, without its country, that {@code role} heads abroad, or null. */
    String bodyOf(String role) {
        return bodyByRole.get(TextNormalizer.key(role));
    }
}
