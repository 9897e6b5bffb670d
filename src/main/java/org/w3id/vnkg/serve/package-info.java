/**
 * The serve stage: an embedded Apache Jena Fuseki server configured from {@code fuseki-config/config.ttl},
 * serving the store read-only at {@code /kg}, the Fuseki UI at {@code /}, on localhost unless told otherwise.
 */
package org.w3id.vnkg.serve;
