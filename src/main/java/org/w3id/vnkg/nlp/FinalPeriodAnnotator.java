package org.w3id.vnkg.nlp;

import java.util.List;
import java.util.Properties;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;

/**
 * Gives back its own word to a Vietnamese syllable that CoreNLP's English tokenizer took for an abbreviation at the
 * end of a sentence: "Lê Thị Thu." is tokenized "Thu." (Thursday's abbreviation) then a period of its own, so that
 * the name grammar, which reads capitalised syllables, read "Lê Thị". The token is written as the text has it.
 * <pre>
 *   "bầu các đồng chí Hoàng Văn Tuấn và Lê Thị Thu."   tokens: ... "Lê" "Thị" "Thu" "."   (not "Thu." ".")
 * </pre>
 * Only a token whose word is its original text with a period added, followed by a period token where that text ends
 * (the tokenizer's sentence-final period), is changed; "TP." and "GS." keep theirs.
 * <p><b>Requires</b>: TokensAnnotation with character offsets and original text. <b>Produces</b>: the same tokens,
 * those words changed. <b>Properties</b>: none. Loaded by {@code customAnnotatorClass.vnperiod} in vi.properties,
 * right after ssplit.
 */
public final class FinalPeriodAnnotator implements Annotator {
    public FinalPeriodAnnotator(String name, Properties props) {
        AnnotatorProperties.rejectUnknown(name, props, Set.of());
    }

    @Override
    public void annotate(Annotation annotation) {
        List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens == null) {
            return;
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            String original = t.originalText();
            CoreLabel next = tokens.get(i + 1);
            if (original != null && !original.isEmpty() && t.word().equals(original + ".")
                    && next.word().equals(".") && next.beginPosition() == t.endPosition()) {
                t.setWord(original);
                t.setValue(original);
            }
        }
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.CharacterOffsetBeginAnnotation.class,
                CoreAnnotations.CharacterOffsetEndAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of();
    }
}
