package org.w3id.vnkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;

import org.w3id.vnkg.lexicon.Tsv;
import org.w3id.vnkg.normalize.TextNormalizer;

/**
 * Undoes the sentence breaks that CoreNLP's English splitter makes after Vietnamese abbreviations with a
 * final period: "TP. Hồ Chí Minh", "GS. TS. Trần Văn A" stay in one sentence.
 * <pre>
 *   "Bí thư Thành ủy TP. Hồ Chí Minh phát biểu."  ssplit: 2 sentences; after this annotator: 1
 * </pre>
 * A break is undone when the sentence ends with an abbreviation of {@code lexicon/nonbreaking-prefixes.tsv}
 * directly followed by ".", and the next sentence starts on the same line with no word of
 * {@code lexicon/sentence-openers.tsv} ("... phó chủ tịch HĐND TP. Dự khai mạc có ..." is two sentences).
 * <p><b>Requires</b>: TokensAnnotation, SentencesAnnotation, CharacterOffsetBegin/EndAnnotation.
 * <p><b>Produces</b>: a new SentencesAnnotation, with each sentence's TextAnnotation, character offsets,
 * TokenBegin/EndAnnotation and SentenceIndexAnnotation, and each token's SentenceIndexAnnotation and
 * IndexAnnotation renumbered.
 * <p><b>Properties</b>: none; any {@code NAME.*} key is rejected. Loaded by
 * {@code customAnnotatorClass.vnssplit} in vi.properties.
 */
public final class SentenceJoinAnnotator implements Annotator {
    private final Set<String> prefixes;
    /** The first one or two words (keys) of a sentence that no name begins: lexicon/sentence-openers.tsv. */
    private final Set<String> openers;

    public SentenceJoinAnnotator(String name, Properties props) {
        AnnotatorProperties.rejectUnknown(name, props, Set.of());
        this.prefixes = VnLexicon.standard().nonBreakingPrefixes();
        this.openers = Tsv.load("sentence-openers.tsv").column("opener").stream().map(TextNormalizer::key)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    public void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        String text = annotation.get(CoreAnnotations.TextAnnotation.class);
        if (sentences == null || sentences.size() < 2) {
            return;
        }
        List<List<CoreMap>> groups = new ArrayList<>();
        List<CoreMap> current = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            current.add(sentences.get(k));
            if (k + 1 == sentences.size() || !joins(text, sentences.get(k), sentences.get(k + 1))) {
                groups.add(current);
                current = new ArrayList<>();
            }
        }
        if (groups.size() == sentences.size()) {
            return;
        }
        List<CoreMap> out = new ArrayList<>(groups.size());
        for (List<CoreMap> group : groups) {
            out.add(merge(text, group, out.size()));
        }
        annotation.set(CoreAnnotations.SentencesAnnotation.class, out);
    }

    private boolean joins(String text, CoreMap sentence, CoreMap next) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreLabel> nextTokens = next.get(CoreAnnotations.TokensAnnotation.class);
        int n = tokens.size();
        if (n < 2 || nextTokens.isEmpty()) {
            return false;
        }
        CoreLabel dot = tokens.get(n - 1);
        CoreLabel abbr = tokens.get(n - 2);
        if (!dot.word().equals(".") || abbr.endPosition() != dot.beginPosition() || !prefixes.contains(abbr.word())) {
            return false;
        }
        String between = text.substring(dot.endPosition(), nextTokens.get(0).beginPosition());
        return between.indexOf('\n') < 0 && !opens(nextTokens);
    }

    /** Whether a sentence starts with a word that opens sentences, not names: "Dự khai mạc có ...". */
    private boolean opens(List<CoreLabel> tokens) {
        String first = TextNormalizer.key(tokens.get(0).word());
        return openers.contains(first)
                || tokens.size() > 1 && openers.contains(first + " " + TextNormalizer.key(tokens.get(1).word()));
    }

    private static CoreMap merge(String text, List<CoreMap> group, int index) {
        CoreMap first = group.get(0);
        CoreMap last = group.get(group.size() - 1);
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap s : group) {
            tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
        }
        int begin = first.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = last.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        Annotation merged = new Annotation(text.substring(begin, end));
        merged.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        merged.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        merged.set(CoreAnnotations.TokensAnnotation.class, tokens);
        merged.set(CoreAnnotations.TokenBeginAnnotation.class, first.get(CoreAnnotations.TokenBeginAnnotation.class));
        merged.set(CoreAnnotations.TokenEndAnnotation.class, last.get(CoreAnnotations.TokenEndAnnotation.class));
        merged.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        for (int i = 0; i < tokens.size(); i++) {
            tokens.get(i).set(CoreAnnotations.SentenceIndexAnnotation.class, index);
            tokens.get(i).setIndex(i + 1);
        }
        return merged;
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
                CoreAnnotations.CharacterOffsetBeginAnnotation.class, CoreAnnotations.CharacterOffsetEndAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(CoreAnnotations.SentencesAnnotation.class, CoreAnnotations.TextAnnotation.class,
                CoreAnnotations.CharacterOffsetBeginAnnotation.class, CoreAnnotations.CharacterOffsetEndAnnotation.class,
                CoreAnnotations.TokenBeginAnnotation.class, CoreAnnotations.TokenEndAnnotation.class,
                CoreAnnotations.SentenceIndexAnnotation.class, CoreAnnotations.IndexAnnotation.class);
    }
}
