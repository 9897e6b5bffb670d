package org.w3id.vnkg.spark;

import java.io.Serializable;

/**
 * What the per-article pass gives for one article, in a form Spark can ship and spill: its graph as
 * N-Quads text, or the reason it failed. Jena models are not serialisable; N-Quads are what the job writes.
 *
 * @param order       the article's place in the input ({@link InputArticle#order()})
 * @param file        the file name
 * @param contentHash the hash of the cleaned text, to load the same text under two names once; null on failure
 * @param nquads      the article's named graph as N-Quads, without a final newline; null on failure
 * @param failure     why the article cannot be loaded, or null
 * @param triples     triples in the graph
 * @param posts       post holdings extracted
 * @param meetings    meetings extracted
 * @param figures     figures extracted
 * @param duplicateOf the file with the same text that is loaded instead of this one, or null
 */
record ArticleOutcome(String order, String file, String contentHash, String nquads, String failure,
                      long triples, int posts, int meetings, int figures, String duplicateOf)
        implements Serializable {

    boolean ok() {
        return failure == null;
    }

    boolean loaded() {
        return failure == null && duplicateOf == null;
    }

    ArticleOutcome withDuplicateOf(String original) {
        return new ArticleOutcome(order, file, contentHash, nquads, failure, triples, posts, meetings, figures,
                original);
    }
}
