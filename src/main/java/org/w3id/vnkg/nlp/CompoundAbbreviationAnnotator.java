package org.w3id.vnkg.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;

import org.w3id.vnkg.lexicon.Tsv;

/**
 * Splits the abbreviations written as one word that stand for a title and its body into their parts, before
 * sentences are split: "UVTW" becomes "UV" "TW" (Ủy viên, Trung ương), so that the title grammar, which reads
 * whole tokens, finds the role and then the body.
 * <pre>
 *   "Đ/c Nguyễn Văn A, UVTW Đảng, Bí thư Tỉnh ủy"  tokens: ... "," "UV" "TW" "Đảng" "," ...
 * </pre>
 * The words and their parts are {@code lexicon/compound-abbreviations.tsv}, and a dotted level word of
 * {@code lexicon/localities.tsv} run into the place's name ("TX.Thuận An") is split off it; each part keeps its own character
 * offsets in the text, so evidence and surfaces stay exact.
 * <p><b>Requires</b>: TokensAnnotation with character offsets (and SentencesAnnotation, which CoreNLP's tokenize
 * annotator makes). <b>Produces</b>: new token lists of the document and of each sentence, numbered again
 * (TokenBegin/EndAnnotation, IndexAnnotation). <b>Properties</b>: none. Loaded by
 * {@code customAnnotatorClass.vnsplit} in vi.properties, right after tokenize.
 */
public final class CompoundAbbreviationAnnotator implements Annotator {
    private static final Map<String, List<String>> PARTS = load();
    /** The level words written with a final period ("TX.", "TP.", "Q.": localities.tsv), without it. */
    private static final Set<String> DOTTED_LEVELS = Tsv.load("localities.tsv").column("word").stream()
            .filter(w -> w.length() > 1 && w.endsWith(".") && w.indexOf('.') == w.length() - 1)
            .map(w -> w.substring(0, w.length() - 1)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    public CompoundAbbreviationAnnotator(String name, Properties props) {
        AnnotatorProperties.rejectUnknown(name, props, Set.of());
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> parts = new HashMap<>();
        for (Map<String, String> row : Tsv.load("compound-abbreviations.tsv").rows()) {
            String word = row.get("word");
            List<String> p = List.of(row.get("parts").strip().split(" +"));
            if (p.size() < 2 || !String.join("", p).equals(word)) {
                throw new IllegalStateException("compound-abbreviations.tsv: the parts of " + word
                        + " must be two or more that make the word: " + row.get("parts"));
            }
            parts.put(word, p);
        }
        return Map.copyOf(parts);
    }

    @Override
    public void annotate(Annotation annotation) {
        List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens == null || tokens.stream().noneMatch(CompoundAbbreviationAnnotator::splits)) {
            return;
        }
        // CoreNLP's tokenize annotator splits sentences too: each sentence's tokens are split alike and numbered
        // again, in the sentence (IndexAnnotation) and in the document (TokenBegin/EndAnnotation).
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreLabel> all = new ArrayList<>(tokens.size() + 4);
        if (sentences == null) {
            tokens.forEach(t -> split(t, all));
        } else {
            for (CoreMap sentence : sentences) {
                List<CoreLabel> own = new ArrayList<>();
                sentence.get(CoreAnnotations.TokensAnnotation.class).forEach(t -> split(t, own));
                sentence.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
                for (int i = 0; i < own.size(); i++) {
                    own.get(i).setIndex(i + 1);
                }
                all.addAll(own);
                sentence.set(CoreAnnotations.TokenEndAnnotation.class, all.size());
                sentence.set(CoreAnnotations.TokensAnnotation.class, own);
            }
        }
        for (int i = 0; i < all.size(); i++) {
            all.get(i).set(CoreAnnotations.TokenBeginAnnotation.class, i);
            all.get(i).set(CoreAnnotations.TokenEndAnnotation.class, i + 1);
        }
        annotation.set(CoreAnnotations.TokensAnnotation.class, all);
    }

    private static boolean splits(CoreLabel token) {
        return partsOf(token.word()) != null && token.endPosition() - token.beginPosition() == token.word().length();
    }

    /**
     * The parts of a word of compound-abbreviations.tsv, or of a dotted level word run into the name after it, as
     * Báo Bình Dương and SGGP write them: "TX.Thuận", "TP.Thủ", "Q.Bình" are "TX" "." "Thuận", "TP" "." "Thủ",
     * "Q." "Bình", as the tokenizer splits "TX. Thuận" and "Q. Bình"; a name in capitals ("TP.HCM") or a number ("Q.1") stays whole. Null when none.
     */
    static List<String> partsOf(String word) {
        List<String> parts = PARTS.get(word);
        if (parts != null) {
            return parts;
        }
        int dot = word.indexOf('.');
        if (dot <= 0 || dot + 2 > word.length() || !DOTTED_LEVELS.contains(word.substring(0, dot))) {
            return null;
        }
        String name = word.substring(dot + 1);
        boolean capitalised = Character.isUpperCase(name.charAt(0)) && name.codePoints().skip(1).allMatch(Character::isLowerCase);
        if (!capitalised) {
            return null;
        }
        // as the tokenizer splits them when a space follows: one letter keeps its period ("Q." "Bình"), as an initial
        return dot == 1 ? List.of(word.substring(0, 2), name) : List.of(word.substring(0, dot), ".", name);
    }

    /** Adds the token to {@code out}, or its parts, each with its own offsets in the text. */
    private static void split(CoreLabel token, List<CoreLabel> out) {
        if (!splits(token)) {
            out.add(token);
            return;
        }
        List<String> parts = partsOf(token.word());
        int begin = token.beginPosition();
        for (int k = 0; k < parts.size(); k++) {
            String part = parts.get(k);
            CoreLabel p = new CoreLabel(token);
            p.setWord(part);
            p.setValue(part);
            p.setOriginalText(part);
            p.setBeginPosition(begin);
            p.setEndPosition(begin + part.length());
            p.setBefore(k == 0 ? token.before() : "");
            p.setAfter(k == parts.size() - 1 ? token.after() : "");
            begin += part.length();
            out.add(p);
        }
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.CharacterOffsetBeginAnnotation.class,
                CoreAnnotations.CharacterOffsetEndAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.TokenBeginAnnotation.class,
                CoreAnnotations.TokenEndAnnotation.class);
    }
}
