/**
 * The map stage: {@link org.w3id.vnkg.facts.DocumentFacts} to RDF under the ontology in {@code ontology/}.
 * {@link org.w3id.vnkg.rdf.KG} mirrors the ontology's terms, {@link org.w3id.vnkg.rdf.IriMinter} is the only
 * place that builds IRIs (from normalised keys, so reruns give the same IRIs), {@link org.w3id.vnkg.rdf.FactMapper}
 * builds one article's graph and {@link org.w3id.vnkg.rdf.ShapesValidator} checks it with the SHACL shapes.
 */
package org.w3id.vnkg.rdf;
