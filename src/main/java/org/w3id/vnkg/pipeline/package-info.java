/**
 * The whole chain for one article, read top to bottom in {@link org.w3id.vnkg.pipeline.ArticlePipeline}:
 * ingest, normalise, annotate, extract. No stage calls the next; the pipeline passes values along.
 */
package org.w3id.vnkg.pipeline;
