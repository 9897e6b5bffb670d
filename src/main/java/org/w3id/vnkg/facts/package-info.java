/**
 * The facts one article states, as immutable records: {@link org.w3id.vnkg.facts.Post},
 * {@link org.w3id.vnkg.facts.Meeting}, {@link org.w3id.vnkg.facts.Figure}, each with the
 * {@link org.w3id.vnkg.facts.Evidence} sentence that states it, gathered in
 * {@link org.w3id.vnkg.facts.DocumentFacts}. They are the value between the extract and map stages,
 * and print as JSON in the shape of the evaluation gold ({@link org.w3id.vnkg.facts.FactsJson}).
 */
package org.w3id.vnkg.facts;
