/**
 * The ingest stage: files to {@link org.w3id.vnkg.ingest.RawArticle}s. Decodes bytes (UTF-8, UTF-16 by BOM,
 * legacy Vietnamese code pages), turns HTML into text with its block structure kept as lines, and
 * lists the articles of a corpus folder.
 */
package org.w3id.vnkg.ingest;
