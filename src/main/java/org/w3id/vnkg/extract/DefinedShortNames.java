package org.w3id.vnkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.util.CoreMap;

import org.w3id.vnkg.nlp.PlaceSpans;
import org.w3id.vnkg.nlp.TokenTrie;
import org.w3id.vnkg.nlp.TokenWords;
import org.w3id.vnkg.nlp.VnLexicon;

/**
 * The short names a story gives its bodies in brackets after their full names, and the places it uses them:
 * <pre>
 *   "Tập đoàn Điện lực Việt Nam (EVN) ... Tổng Giám đốc EVN Nguyễn Anh Tuấn"          EVN -> Tập đoàn Điện lực Việt Nam
 *   "Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An (CDC Nghệ An) ... Giám đốc CDC Nghệ An"
 *   "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh ... Giám đốc CDC tỉnh"                   CDC, a body of a place
 * </pre>
 * A short name is one to four capitalised words or abbreviations in brackets right after a body (of the gazetteer, or
 * read by its head, {@link NamedBodies}), which may end with its place ("tỉnh Nghệ An"); not a place or a country
 * ("Tập đoàn Samsung (Hàn Quốc)"). The first token of each later use carries the body ({@link ShortNameAnnotation}),
 * which the title grammar reads where it reads a body the gazetteer lacks ({@link NamedBodies#at}). The marks are made
 * once per document, when its context is made.
 */
final class DefinedShortNames {
    /** The most tokens a short name takes ("CDC Thừa Thiên Huế"). */
    private static final int MAX_SHORT = 4;
    /** How far before the bracket a body's name may start, in tokens. */
    private static final int MAX_BODY = 18;

    /**
     * A use of a short name: the body it stands for, whether that name is complete by itself (a national body, or
     * one the definition placed) and the tokens the use takes.
     */
    record ShortName(String body, boolean complete, int length) {
    }

    /** On the first token of a use of a short name: the body it stands for. */
    static final class ShortNameAnnotation implements CoreAnnotation<ShortName> {
        @Override
        public Class<ShortName> getType() {
            return ShortName.class;
        }
    }

    /** On a document: its short names are marked. */
    private static final class MarkedAnnotation implements CoreAnnotation<Boolean> {
        @Override
        public Class<Boolean> getType() {
            return Boolean.class;
        }
    }

    private static DefinedShortNames standard;

    private final VnLexicon lex;
    private final NamedBodies named;
    private final PlaceSpans places;

    DefinedShortNames(VnLexicon lex) {
        this.lex = lex;
        this.named = new NamedBodies(lex);
        this.places = new PlaceSpans(lex);
    }

    static synchronized DefinedShortNames standard() {
        if (standard == null) {
            standard = new DefinedShortNames(VnLexicon.standard());
        }
        return standard;
    }

    /** Marks the uses of the short names the document defines; a document already marked is left as it is. */
    void mark(CoreDocument doc) {
        if (doc.annotation() == null || Boolean.TRUE.equals(doc.annotation().get(MarkedAnnotation.class))) {
            return;
        }
        doc.annotation().set(MarkedAnnotation.class, Boolean.TRUE);
        List<CoreMap> sentences = doc.annotation().get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            return;
        }
        TokenTrie<ShortName> defined = new TokenTrie<>();
        Map<List<String>, ShortName> byHead = new HashMap<>(); // a head -> the one body defined with it, else null
        for (CoreMap s : sentences) {
            String text = s.get(CoreAnnotations.TextAnnotation.class);
            if (text != null && text.indexOf('(') < 0) {
                continue; // most sentences define nothing: one search of the text, not a look at every token (JFR)
            }
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            List<List<String>> words = TokenWords.of(s);
            for (int open = 1; open + 2 < tokens.size(); open++) {
                if (!tokens.get(open).word().equals("(")) {
                    continue;
                }
                int close = closing(tokens, open);
                if (close < 0 || !looksShort(tokens, open + 1, close)) {
                    continue;
                }
                Definition d = bodyEndingAt(tokens, words, open);
                if (d != null) {
                    List<String> key = new ArrayList<>();
                    words.subList(open + 1, close).forEach(key::addAll);
                    defined.put(key, d.body());
                    if (d.head() != null) {
                        ShortName had = byHead.putIfAbsent(d.head(), d.body());
                        if (had != null && !had.body().equals(d.body().body())) {
                            byHead.put(d.head(), null); // two groups: "Tập đoàn" alone names neither
                        }
                    }
                }
            }
        }
        if (defined.size() == 0) {
            return;
        }
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            List<List<String>> words = TokenWords.of(s);
            for (int i = 0; i < tokens.size(); i++) {
                if (!opensName(tokens.get(i).word())) {
                    continue;
                }
                TokenTrie.Match<ShortName> use = defined.longestMatch(words, i, tokens.size());
                if (use != null) {
                    tokens.get(i).set(ShortNameAnnotation.class,
                            new ShortName(use.value().body(), use.value().complete(), use.end() - i));
                    i = use.end() - 1;
                    continue;
                }
                int head = headAlone(tokens, words, i, byHead);
                if (head > i) {
                    // "Bí thư Đảng ủy Tập đoàn", "Doanh thu của Tập đoàn" in a story of "Tập đoàn Than - Khoáng sản
                    // Việt Nam (TKV)": the one body the story defines with that head
                    ShortName body = byHead.get(named.headWordsAt(words, i, tokens.size()));
                    tokens.get(i).set(ShortNameAnnotation.class, new ShortName(body.body(), body.complete(), head - i));
                    i = head - 1;
                }
            }
        }
    }

    /**
     * Where a head written alone ends at token i, capitalised and followed by no name ("Tập đoàn nhiệm kỳ", "Tập đoàn."),
     * when the story defines one body with that head; else i.
     */
    private int headAlone(List<CoreLabel> tokens, List<List<String>> words, int i, Map<List<String>, ShortName> byHead) {
        List<String> head = byHead.isEmpty() ? null : named.headWordsAt(words, i, tokens.size());
        if (head == null || byHead.get(head) == null) {
            return i;
        }
        int end = i;
        for (int n = 0; n < head.size(); end++) {
            n += words.get(end).size();
        }
        return end < tokens.size() && opensName(tokens.get(end).word()) ? i : end;
    }

    /** A short name's body, and the head the body's name opens with (null for a body of the gazetteer). */
    private record Definition(ShortName body, List<String> head) {
    }

    /** The "(" of the brackets that token {@code close} closes round a short name's use, or -1. */
    static int bracketOpening(List<CoreLabel> tokens, int close) {
        if (close < 2 || !tokens.get(close).word().equals(")")) {
            return -1;
        }
        for (int open = close - 2; open >= 0 && open >= close - 1 - MAX_SHORT; open--) {
            ShortName n = tokens.get(open + 1).get(ShortNameAnnotation.class);
            if (tokens.get(open).word().equals("(")) {
                return n != null && open + 1 + n.length() == close ? open : -1;
            }
        }
        return -1;
    }

    /** The ")" that closes the bracket at {@code open} within a short name's length, or -1. */
    private static int closing(List<CoreLabel> tokens, int open) {
        for (int k = open + 2; k < tokens.size() && k <= open + 1 + MAX_SHORT; k++) {
            if (tokens.get(k).word().equals(")")) {
                return k;
            }
        }
        return -1;
    }

    /** Capitalised words or abbreviations, the first not a number, and not the name of a place or a country. */
    private boolean looksShort(List<CoreLabel> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!opensName(tokens.get(k).word())) {
                return false;
            }
        }
        String written = TitleParser.surface(tokens, from, to);
        return lex.province(written) == null && !lex.isForeignCountry(written)
                && lex.country(written).equals(written) && !"Việt Nam".equals(written);
    }

    /**
     * The body whose name ends right before the bracket at {@code open}: of the gazetteer or read by its head, with the
     * place written after it ("Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An"); the one that starts first. Null when none.
     */
    private Definition bodyEndingAt(List<CoreLabel> tokens, List<List<String>> words, int open) {
        for (int s = Math.max(0, open - MAX_BODY); s < open; s++) {
            TokenTrie.Match<VnLexicon.Body> b = lex.bodies().longestMatch(words, s, open);
            String name = null;
            int end = -1;
            boolean complete = false;
            if (b != null && b.value().kind() != VnLexicon.Body.Kind.ORGAN) {
                name = b.value().name();
                end = b.end();
                complete = b.value().kind() == VnLexicon.Body.Kind.NATIONAL;
            } else if (b == null) {
                NamedBodies.Named n = named.at(tokens, words, s, open);
                if (n != null) {
                    name = n.name();
                    end = n.end();
                    complete = n.national();
                }
            }
            if (name == null) {
                continue;
            }
            List<String> head = b == null ? named.headWordsAt(words, s, open) : null;
            if (end == open) {
                // "Công ty Điện lực Hà Tĩnh (PC Hà Tĩnh)": a name that ends with its province is complete
                return new Definition(new ShortName(name, complete || places.endsWithProvince(words, s, end), 0), head);
            }
            String place = placeEnding(tokens, words, end, open);
            if (place != null) {
                return new Definition(new ShortName(name + " " + place, true, 0), head);
            }
        }
        return null;
    }

    /** A level word and the name of a place that run from token i to {@code end} exactly ("tỉnh Nghệ An"), or null. */
    private String placeEnding(List<CoreLabel> tokens, List<List<String>> words, int i, int end) {
        TokenTrie.Match<String> level = lex.localities().longestMatch(words, i, end);
        if (level == null || level.end() >= end
                || places.placeEnd(tokens, words, level.end(), end, level.value().equals("province")) != end) {
            return null;
        }
        return TitleParser.surface(tokens, i, end);
    }

    /** A capitalised word ("Agribank", "Nghệ") or an abbreviation ("EVN", "KH&ĐT"). */
    private static boolean opensName(String w) {
        return !w.isEmpty() && Character.isLetter(w.codePointAt(0)) && Character.isUpperCase(w.codePointAt(0));
    }
}
