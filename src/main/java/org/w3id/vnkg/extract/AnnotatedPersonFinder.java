package org.w3id.vnkg.extract;

import java.util.ArrayList;
import java.util.List;

import org.w3id.vnkg.nlp.PersonMention;
import org.w3id.vnkg.nlp.VnAnnotations;

/**
 * The people of a sentence as the {@code vnperson} annotator marked them
 * ({@link VnAnnotations.PersonMentionsAnnotation}), with offsets made relative to the sentence's text.
 * A sentence without the annotation names nobody.
 */
public final class AnnotatedPersonFinder implements PersonFinder {

    @Override
    public List<Mention> find(Sentence sentence) {
        if (sentence.core() == null) {
            return List.of();
        }
        List<PersonMention> mentions = sentence.core().coreMap().get(VnAnnotations.PersonMentionsAnnotation.class);
        if (mentions == null) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (PersonMention m : mentions) {
            int start = m.begin() - sentence.begin();
            int end = m.end() - sentence.begin();
            if (start >= 0 && end <= sentence.text().length()) {
                out.add(new Mention(m.name(), start, end));
            }
        }
        return out;
    }
}
