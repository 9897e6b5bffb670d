package org.w3id.vnkg.normalize;

import java.util.Objects;

import org.w3id.vnkg.facts.PartialDate;

/**
 * A cleaned article, the output of the normalise stage.
 * <p>
 * {@code text} is the article's NFC text with everything that is not the main story (page chrome,
 * date lines, teaser blocks of other stories, bylines, photo credits) blanked out by spaces, so that
 * character offsets into it are offsets into the normalised file text as well.
 *
 * @param docId       the file name
 * @param text        the main story, same length as the normalised file text
 * @param title       the headline, or null
 * @param published   the date of the date line ("18:26, 28/07/2023"), or null
 * @param contentHash SHA-256 (hex) of the main story's words, for finding one article under two names
 */
public record Article(String docId, String text, String title, PartialDate published, String contentHash) {
    public Article {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
