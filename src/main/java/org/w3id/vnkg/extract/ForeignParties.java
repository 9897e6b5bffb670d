package org.w3id.vnkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

import org.w3id.vnkg.lexicon.Tsv;
import org.w3id.vnkg.nlp.TokenTrie;
import org.w3id.vnkg.nlp.TokenWords;
import org.w3id.vnkg.normalize.TextNormalizer;

/**
 * The parties of other countries in a chain of titles (foreign-parties.tsv): the bodies of Vietnam's party have their
 * namesakes abroad, and only the party's name, or the country a guest's titles close with, tells them apart.
 * <pre>
 *   "Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào"      -> Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào
 *   "Ủy viên Thường vụ Bộ Chính trị, Chánh Văn phòng Trung ương Đảng Cộng sản Trung Quốc"
 *                                                        -> Bộ Chính trị Đảng Cộng sản Trung Quốc, Văn phòng Trung ương ...
 *   "Ủy viên Bộ Chính trị, Bộ trưởng Bộ Ngoại giao Trung Quốc" -> Bộ Chính trị Đảng Cộng sản Trung Quốc (the ruling party)
 * </pre>
 */
final class ForeignParties {
    private static final ForeignParties STANDARD = load();
    private static final String PARTY = "Đảng";

    private final TokenTrie<String> names = new TokenTrie<>();
    private final List<String> parties = new ArrayList<>();
    private final Map<String, String> rulingByCountry = new HashMap<>();
    private final Set<String> centralBodies = new HashSet<>();

    static ForeignParties standard() {
        return STANDARD;
    }

    private static ForeignParties load() {
        ForeignParties p = new ForeignParties();
        for (Map<String, String> r : Tsv.load("foreign-parties.tsv").rows()) {
            String name = r.get("name");
            if ("central-body".equals(r.get("kind"))) {
                p.centralBodies.add(TextNormalizer.key(name));
                continue;
            }
            p.names.put(TokenWords.ofPhrase(name), name);
            p.parties.add(name);
            if ("ruling".equals(r.get("kind"))) {
                p.rulingByCountry.put(TextNormalizer.key(r.get("country")), name);
            }
        }
        return p;
    }

    /**
     * {@code t}, whose body ends in "Đảng", widened over the name of the foreign party that follows ("Ủy viên Trung
     * ương Đảng" then "Nhân dân Cách mạng Lào"); {@code t} itself when no such party follows.
     */
    Title widen(Title t, List<CoreLabel> tokens, List<List<String>> words, int limit) {
        if (!t.national() || !t.hasOrganization() || t.end() < 1 || t.end() >= limit
                || !tokens.get(t.end() - 1).word().equals(PARTY)) {
            return t;
        }
        String org = t.organization(null, null);
        TokenTrie.Match<String> party = names.longestMatch(words, t.end() - 1, limit);
        if (party == null || !org.endsWith(" " + PARTY)) {
            return t;
        }
        String body = org.substring(0, org.length() - PARTY.length()) + party.value();
        return new Title(t.qualifier(), t.role(), List.of(body), t.kind(), true, false, false, null, null, null,
                t.start(), party.end());
    }

    /** The foreign party a title of the chain is of, or null. */
    String partyOf(List<Title> chain) {
        for (Title t : chain) {
            String party = t.hasOrganization() ? namedIn(t.organization(null, null)) : null;
            if (party != null) {
                return party;
            }
        }
        return null;
    }

    /** The titles of {@code chain}, each central party body among them made {@code party}'s. */
    List<Title> ofParty(List<Title> chain, String party) {
        List<Title> out = new ArrayList<>(chain.size());
        for (Title t : chain) {
            String body = t.hasOrganization() && t.national() ? bodyOf(t.organization(null, null), party) : null;
            out.add(body == null ? t : new Title(t.qualifier(), t.role(), List.of(body), t.kind(), true, false, false,
                    null, null, null, t.start(), t.end()));
        }
        return out;
    }

    /** The party that governs {@code country}, or null (foreign-parties.tsv, kind ruling). */
    String rulingParty(String country) {
        return country == null ? null : rulingByCountry.get(TextNormalizer.key(country));
    }

    /** The foreign party whose name closes {@code organization}, or null. */
    String namedIn(String organization) {
        for (String p : parties) {
            if (organization.endsWith(" " + p)) {
                return p;
            }
        }
        return null;
    }

    /**
     * The central party body {@code organization} names, as {@code party}'s ("Bộ Chính trị" -> "Bộ Chính trị Đảng Cộng
     * sản Trung Quốc", "Ban Chấp hành Trung ương Đảng" -> "Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc"), or null
     * for another body.
     */
    String bodyOf(String organization, String party) {
        if (!centralBodies.contains(TextNormalizer.key(organization))) {
            return null;
        }
        return organization.endsWith(" " + PARTY)
                ? organization.substring(0, organization.length() - PARTY.length()) + party
                : organization + " " + party;
    }
}
