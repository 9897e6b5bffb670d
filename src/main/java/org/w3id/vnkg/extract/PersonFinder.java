package org.w3id.vnkg.extract;

import java.util.List;

/**
 * Finds the people a sentence names. The meeting extractor reads chairs and participants through it,
 * so a better finder (the language layer's name annotator) plugs in without touching meetings.
 */
public interface PersonFinder {

    /**
     * A person named in a text.
     *
     * @param name  the full name as written, without honorific or title
     * @param start offset of its first character in the text
     * @param end   offset just past it
     */
    record Mention(String name, int start, int end) {
    }

    /** The people the text names, in order of appearance, none overlapping. */
    List<Mention> find(String text);
}
