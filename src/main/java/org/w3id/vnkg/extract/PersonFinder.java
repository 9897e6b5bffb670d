package org.w3id.vnkg.extract;

import java.util.List;

/**
 * Finds the people a sentence names. The meeting extractor reads chairs and participants through it, so
 * the name grammar stays in one place (the language layer's {@code vnperson} annotator, read by
 * {@link AnnotatedPersonFinder}) and tests can plug in a fixed list.
 */
public interface PersonFinder {

    /**
     * A person named in a sentence.
     *
     * @param name  the full name as written, without honorific or title
     * @param start offset of its first character in the sentence's text
     * @param end   offset just past it
     */
    record Mention(String name, int start, int end) {
    }

    /** The people the sentence names, in order of appearance, none overlapping. */
    List<Mention> find(Sentence sentence);
}
