package org.w3id.vnkg.nlp;

import java.util.List;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.util.ErasureUtils;

/**
 * The CoreNLP annotation keys of the Vietnamese layer. Read them from a CoreNLP sentence:
 * <pre>
 *   List&lt;PersonMention&gt; people = sentence.coreMap().get(VnAnnotations.PersonMentionsAnnotation.class);
 * </pre>
 */
public final class VnAnnotations {
    private VnAnnotations() {
    }

    /** On a sentence: the people it names, in text order (set by {@link PersonMentionAnnotator}). */
    public static final class PersonMentionsAnnotation implements CoreAnnotation<List<PersonMention>> {
        @Override
        public Class<List<PersonMention>> getType() {
            return ErasureUtils.uncheckedCast(List.class);
        }
    }

    /**
     * On a sentence: the key words of its tokens ({@link TokenWords#of(List)}), set by {@link PersonMentionAnnotator}
     * after the last annotator that splits tokens, so that the extractors read them instead of keying every token
     * again (JFR: each extractor's own pass was a tenth of their time).
     */
    public static final class TokenWordsAnnotation implements CoreAnnotation<List<List<String>>> {
        @Override
        public Class<List<List<String>>> getType() {
            return ErasureUtils.uncheckedCast(List.class);
        }
    }

    /**
     * On a token: the number of tokens of the district or city it opens, known from the article's level words ("thị xã
     * Từ Sơn") where a party committee's name ends in it ("Bí thư Thành ủy Từ Sơn"), though its first word is a family
     * name (set by {@link PersonNameFinder}, read by {@link PlaceSpans#cityPlaceEnd}).
     */
    public static final class KnownPlaceAnnotation implements CoreAnnotation<Integer> {
        @Override
        public Class<Integer> getType() {
            return Integer.class;
        }
    }
}
