/**
 * Speed and scale measurement, outside the extraction chain: a generator of realistic articles for scale
 * ({@link org.w3id.vnkg.bench.ArticleGenerator}) and the timed runs behind {@code kg bench} that write
 * BENCHMARKS.md. Nothing here is used to score extraction quality.
 */
package org.w3id.vnkg.bench;
