package org.w3id.vnkg.facts;

import java.util.Objects;

/**
 * What is known of an article itself.
 *
 * @param docId       the file name, e.g. 001_33591164b049cd22.txt
 * @param title       the headline, or null
 * @param published   the publication date found in a date line, or null
 * @param eventDate   the date of the main event, else the publication date, or null
 * @param contentHash SHA-256 of the normalised text
 */
public record ArticleInfo(String docId, String title, PartialDate published, PartialDate eventDate,
                          String contentHash) {
    public ArticleInfo {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
