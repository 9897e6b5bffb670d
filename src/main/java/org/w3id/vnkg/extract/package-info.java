/**
 * The extract stage: from an annotated article to its {@link org.w3id.vnkg.facts.DocumentFacts}: posts held,
 * meetings held and figures reported, each with the sentence that states it. Extraction of one article
 * depends only on its text and the shared reference data, so articles can be extracted in parallel.
 */
package org.w3id.vnkg.extract;
