/**
 * The annotate stage: the Stanford CoreNLP pipeline for Vietnamese, configured from
 * {@code nlp/vi.properties}. CoreNLP has no Vietnamese models, so this layer uses its rule-based tokenizer
 * and sentence splitter, then our annotators: {@link org.w3id.vnkg.nlp.SentenceJoinAnnotator} (no break
 * after "TP." or "GS.") and {@link org.w3id.vnkg.nlp.PersonMentionAnnotator} (the people each sentence
 * names, by the grammar of Vietnamese names). The word lists ({@code lexicon/*.tsv}) are compiled once
 * into token tries ({@link org.w3id.vnkg.nlp.VnLexicon}, {@link org.w3id.vnkg.nlp.TokenTrie}) and matched
 * longest-first over token keys (lower case, one tone-mark placement, abbreviations expanded).
 */
package org.w3id.vnkg.nlp;
