package org.w3id.vnkg.extract;

import java.util.Objects;

import edu.stanford.nlp.pipeline.CoreSentence;

/**
 * One sentence of the main story with its offsets in the article text.
 *
 * @param index position among the article's sentences
 * @param begin offset of its first character
 * @param end   offset just past its last character
 * @param text  the sentence as written
 * @param core  the CoreNLP sentence with its tokens and annotations
 */
public record Sentence(int index, int begin, int end, String text, CoreSentence core) {
    public Sentence {
        Objects.requireNonNull(text, "text");
    }
}
