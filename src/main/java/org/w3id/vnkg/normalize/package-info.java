/**
 * The normalise stage: from a {@link org.w3id.vnkg.ingest.RawArticle} to an {@link org.w3id.vnkg.normalize.Article}
 * whose text is NFC, whose page chrome, teaser blocks of other stories and bylines are cut, and whose
 * publication date is read from its date line. Also the keys used for matching: lower case, one
 * tone-mark placement, abbreviations expanded ({@link org.w3id.vnkg.normalize.TextNormalizer}).
 */
package org.w3id.vnkg.normalize;
