/**
 * The export stage for desktop graph tools: the store seen as a property graph (officials, bodies, posts,
 * meetings and provinces as nodes; holds, post-in, attended, chaired, organized, part-of, jurisdiction and
 * merged-into as edges), as the graph page shows it, written as GraphML, GEXF (Gephi, Cytoscape desktop) or DOT
 * (Graphviz). {@code kg export --format graphml|gexf|dot} calls it.
 */
package org.w3id.vnkg.export;
