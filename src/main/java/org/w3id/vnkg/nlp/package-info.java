/**
 * The annotate stage: the Stanford CoreNLP pipeline for Vietnamese, configured from
 * {@code nlp/vi.properties}. CoreNLP has no Vietnamese models, so this layer uses its rule-based parts
 * (tokenizer, sentence splitter, TokensRegex, RegexNER-style gazetteers) with our own annotators.
 */
package org.w3id.vnkg.nlp;
