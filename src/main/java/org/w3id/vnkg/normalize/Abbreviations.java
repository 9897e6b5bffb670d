package org.w3id.vnkg.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.vnkg.lexicon.Tsv;

/**
 * Expands the abbreviations of {@code lexicon/abbreviations.tsv} in a phrase, as whole words.
 * <pre>
 *   expand("Chủ tịch UBND tỉnh Bắc Giang") = "Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang"
 * </pre>
 */
public final class Abbreviations {
    private static final Abbreviations DEFAULT = new Abbreviations(Tsv.load("abbreviations.tsv"));

    /** One abbreviation: its literal (a cheap pre-check), its whole-word pattern and its expansion. */
    private record Rule(String literal, Pattern pattern, String replacement) {
    }

    private final List<Rule> rules;

    Abbreviations(Tsv tsv) {
        List<Rule> list = new ArrayList<>();
        List<Map<String, String>> rows = new ArrayList<>(tsv.rows());
        rows.sort(Comparator.comparingInt((Map<String, String> r) -> r.get("abbreviation").length()).reversed());
        for (Map<String, String> row : rows) {
            String abbr = row.get("abbreviation");
            String tail = abbr.endsWith(".") ? "(?=\\s|$)" : "(?![\\p{L}\\p{N}])";
            list.add(new Rule(abbr, Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(abbr) + tail),
                    Matcher.quoteReplacement(row.get("expansion"))));
        }
        this.rules = List.copyOf(list);
    }

    public static Abbreviations standard() {
        return DEFAULT;
    }

    public String expand(String phrase) {
        String s = phrase;
        for (Rule rule : rules) {
            // Most phrases contain no abbreviation: a substring test is far cheaper than the regex with its
            // look-behind at every position, and the regex cannot match where the literal is absent.
            if (s.contains(rule.literal())) {
                s = rule.pattern().matcher(s).replaceAll(rule.replacement());
            }
        }
        return s;
    }
}
