package org.w3id.vnkg.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * An article as the job reads it, before decoding: what {@code ArticleProcessor.process(name, bytes)} takes.
 *
 * @param order   where the article comes in the input (its path, or its line number): of two articles with
 *                the same text, the first in this order is loaded, as kg build keeps the first in path order
 * @param file    the file name, the article's id
 * @param bytes   the file's bytes (for a JSON line: its text in UTF-8)
 * @param problem why the input could not even be read as an article (a malformed JSON line), or null
 */
record InputArticle(String order, String file, byte[] bytes, String problem) implements Serializable {
    InputArticle {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(bytes, "bytes");
    }

    static InputArticle unreadable(String order, String where, String problem) {
        return new InputArticle(order, where, new byte[0], problem);
    }
}
