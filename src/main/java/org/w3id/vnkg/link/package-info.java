/**
 * The link stage: after the articles are loaded, ties their nodes to one another and to open data.
 * {@link org.w3id.vnkg.link.ReferenceGraph} turns the link set shipped in {@code linkdata/} (provinces of
 * both eras with GSO codes, the 1 July 2025 merger, national bodies, officials and provincial Party
 * secretaries with Wikidata items) into the reference graph; {@link org.w3id.vnkg.link.Enricher} reads the
 * article graphs and writes the inferred graph: areas linked to the province of the right era, bodies
 * placed under their province's party organisation, persons resolved, tenures derived, and the province
 * of a generic body ("Tỉnh ủy") settled from a dated linked-data tenure, each inference with its source
 * and a confidence. Nothing here changes an article graph. {@link org.w3id.vnkg.link.BuildLinker} writes the same
 * inferred graph from the article graphs as {@code kg build} extracts them, for a new store.
 */
package org.w3id.vnkg.link;
