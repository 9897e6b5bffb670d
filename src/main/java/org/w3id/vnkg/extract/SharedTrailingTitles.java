package org.w3id.vnkg.extract;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import edu.stanford.nlp.ling.CoreLabel;

import org.w3id.vnkg.lexicon.Tsv;
import org.w3id.vnkg.nlp.PersonMention;
import org.w3id.vnkg.normalize.TextNormalizer;

/**
 * The titles written once after the last of a list of bare names that a plural of honorifics opens, which every name of
 * the list holds: "Cùng dự có các đồng chí: Đặng Huy Hậu, Vũ Thị Thu Thủy, Phó Chủ tịch UBND tỉnh", "có các ông: A, B,
 * C - Phó Chủ tịch UBND tỉnh", "các ông A, B - Phó Chủ tịch UBND tỉnh". Only titles several people hold at once are
 * shared (not those of {@code single-holder-roles.tsv}: after "A, B, Chủ tịch UBND tỉnh" the chair is B alone), and only
 * when they close the list, at the end of the sentence or before ";".
 */
final class SharedTrailingTitles {
    private static final GroupWords GROUP_WORDS = GroupWords.load();
    private final Set<String> soleRoles = Tsv.load("single-holder-roles.tsv").column("role").stream()
            .map(TextNormalizer::key).collect(Collectors.toSet());
    private final HolderTitles holders;
    private final GroupTitles groups;

    SharedTrailingTitles(HolderTitles holders, GroupTitles groups) {
        this.holders = holders;
        this.groups = groups;
    }

    /** The chain the k-th name shares with the last name of its list, or an empty list. */
    List<TitleParser.Chain> of(List<CoreLabel> tokens, List<List<String>> words, List<PersonMention> people, int k) {
        int first = k;
        while (first > 0 && HolderTitles.joinsList(tokens, people.get(first - 1).tokenEnd(),
                people.get(first).mentionBegin())) {
            first--;
        }
        int last = k;
        while (last + 1 < people.size() && HolderTitles.joinsList(tokens, people.get(last).tokenEnd(),
                people.get(last + 1).mentionBegin())) {
            last++;
        }
        if (last == k || !opensPluralList(tokens, words, people.get(first))) {
            return List.of();
        }
        int separator = people.get(last).tokenEnd();
        if (separator + 1 >= tokens.size() || !isSeparator(tokens.get(separator).word())) {
            return List.of();
        }
        int next = last + 1 < people.size() ? people.get(last + 1).mentionBegin() : tokens.size();
        for (TitleParser.Chain c : holders.chainsOf(tokens, words, people, last, next)) {
            if (c.titles().get(0).start() != separator + 1) {
                continue; // the titles before the last name are its own
            }
            boolean shareable = c.titles().stream().noneMatch(t -> soleRoles.contains(TextNormalizer.key(t.role())));
            return shareable && closesList(tokens, c.end()) ? List.of(c) : List.of();
        }
        return List.of();
    }

    /** "có các đồng chí: A", "các ông, bà: A", "các ông A": the plural of honorifics the list opens with. */
    private boolean opensPluralList(List<CoreLabel> tokens, List<List<String>> words, PersonMention first) {
        int at = first.mentionBegin();
        if (first.honorific() != null && at > 0 && GROUP_WORDS.is("group", tokens.get(at - 1).word())) {
            return true;
        }
        // "có các đồng chí: A - Phó Chủ tịch Thường trực UBND tỉnh; B, C - Phó Chủ tịch UBND tỉnh": an item after ";"
        int colon = at - 1;
        while (colon > 0 && tokens.get(colon).word().equals(";")) {
            colon = previousItemMark(tokens, colon);
        }
        return colon > 0 && tokens.get(colon).word().equals(":") && groups.honorificGroupEndingAt(tokens, words, colon);
    }

    /** The ";" or ":" before the list item that ends at the ";" at {@code semicolon}, or -1. */
    private static int previousItemMark(List<CoreLabel> tokens, int semicolon) {
        for (int i = semicolon - 1; i >= 0; i--) {
            String w = tokens.get(i).word();
            if (w.equals(";") || w.equals(":")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSeparator(String w) {
        return w.equals(",") || w.equals("-") || w.equals("–");
    }

    private static boolean closesList(List<CoreLabel> tokens, int end) {
        if (end >= tokens.size()) {
            return true;
        }
        String w = tokens.get(end).word();
        return w.equals(";") || w.equals(".") || w.equals("…");
    }
}
