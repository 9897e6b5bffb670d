/**
 * Reference data that the stages read: gazetteers and word lists kept as UTF-8 TSV resources under
 * {@code src/main/resources/org/w3id/vnkg/lexicon/}. Each file is loaded once from the classpath; a
 * missing or malformed file fails loudly, naming the file and the line.
 */
package org.w3id.vnkg.lexicon;
