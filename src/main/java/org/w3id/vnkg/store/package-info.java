/**
 * The load stage: an Apache Jena TDB2 store on disk holding one named graph per article plus the ontology
 * and reference graphs. Queries see the union of all named graphs as their default graph. Writes happen
 * in transactions, so an interrupted build leaves exactly the articles committed before it.
 */
package org.w3id.vnkg.store;
