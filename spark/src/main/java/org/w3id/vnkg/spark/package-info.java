/**
 * The extraction as an Apache Spark job, for corpora that outgrow one machine: articles are read from a
 * folder or a JSON-lines file, each goes through the same {@link org.w3id.vnkg.pipeline.ArticleProcessor}
 * as {@code kg build} (one CoreNLP pipeline per executor JVM), and the job writes N-Quads, one named graph
 * per article plus the ontology graph, with the failure and duplicate reports as JSON lines. Jena's TDB2
 * loader ({@code kg load --bulk}) turns the output into the store {@code kg serve} serves; steps that need
 * the whole corpus (entity linking) run after that load, not in the per-article pass.
 */
package org.w3id.vnkg.spark;
