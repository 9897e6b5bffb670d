package org.w3id.vnkg.facts;

import java.util.Objects;

/**
 * Where a fact comes from: the article and the sentence that states it.
 *
 * @param docId the article's file name, e.g. {@code 000_8572752e0b333003.txt}
 * @param begin offset of the sentence's first character in the article's normalised text
 * @param end   offset just past the sentence's last character
 * @param text  the sentence as written (NFC)
 */
public record Evidence(String docId, int begin, int end, String text) {
    public Evidence {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(text, "text");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span " + begin + ".." + end + " in " + docId);
        }
    }
}
