package org.w3id.vnkg.ingest;

import java.util.Objects;

/**
 * An article as read from its file, before any cleaning.
 *
 * @param docId  the file name, which identifies the article in the graph and in the evaluation
 * @param text   the decoded text (for HTML: the text of its blocks, one per line)
 * @param format txt or html
 */
public record RawArticle(String docId, String text, String format) {
    public RawArticle {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
    }
}
