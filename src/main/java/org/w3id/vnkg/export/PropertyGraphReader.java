package org.w3id.vnkg.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

import org.w3id.vnkg.store.KgStore;

/**
 * Reads the relationship graph of a store with the graph page's own queries ({@code queries/web/nodes.rq} and
 * {@code queries/web/edges.rq}, every parameter unbound, no limit), so the exports and the page agree.
 * <pre>
 *   PropertyGraph g = PropertyGraphReader.read(store);
 * </pre>
 * Rows of one relation attested on several dates become one edge with those dates. An edge whose end is not a
 * node of a known type (a province a merger names but nothing else describes) gets a node of type "other".
 */
public final class PropertyGraphReader {
    static final String NODES = "queries/web/nodes.rq";
    static final String EDGES = "queries/web/edges.rq";
    private static final String KG = "https://w3id.org/vnkg/ontology#";
    /** String order, as SPARQL's ORDER BY ?kind ?s ?o compares plain literals and IRIs. */
    private static final Comparator<List<String>> EDGE_ORDER = Comparator.<List<String>, String>comparing(k -> k.get(0))
            .thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2));

    private PropertyGraphReader() {
    }

    public static PropertyGraph read(KgStore store) {
        List<PropertyGraph.Node> rows = new ArrayList<>();
        select(store, NODES, row -> {
            String type = row.getLiteral("type").getString();
            rows.add(new PropertyGraph.Node(row.getResource("node").getURI(), type, kind(type, row.get("kind")),
                    row.getLiteral("label").getString()));
        });
        // The order nodes.rq asks for (type, label), then the IRI, so that namesakes come in the same order in
        // every export; a node of two types (a province that is also a body) keeps the first type in that order.
        rows.sort(Comparator.comparing(PropertyGraph.Node::type).thenComparing(PropertyGraph.Node::label)
                .thenComparing(PropertyGraph.Node::id));
        Map<String, PropertyGraph.Node> nodes = new LinkedHashMap<>();
        rows.forEach(n -> nodes.putIfAbsent(n.id(), n));
        // Keyed (kind, source, target), the order edges.rq asks for; a relation's rows merge into one edge.
        Map<List<String>, TreeSet<String>> edges = new TreeMap<>(EDGE_ORDER);
        select(store, EDGES, row -> {
            RDFNode s = row.get("s");
            RDFNode o = row.get("o");
            if (!s.isURIResource() || !o.isURIResource()) {
                return;
            }
            List<String> key = List.of(row.getLiteral("kind").getString(), s.asResource().getURI(),
                    o.asResource().getURI());
            TreeSet<String> dates = edges.computeIfAbsent(key, k -> new TreeSet<>());
            RDFNode date = row.get("date");
            if (date != null && date.isLiteral()) {
                dates.add(date.asLiteral().getLexicalForm());
            }
        });
        List<PropertyGraph.Edge> edgeList = new ArrayList<>();
        edges.forEach((key, dates) -> {
            for (String end : List.of(key.get(1), key.get(2))) {
                nodes.computeIfAbsent(end, id -> new PropertyGraph.Node(id, "other", "other", localName(id)));
            }
            edgeList.add(new PropertyGraph.Edge(key.get(1), key.get(0), key.get(2), List.copyOf(dates)));
        });
        return new PropertyGraph(List.copyOf(nodes.values()), edgeList);
    }

    private static String kind(String type, RDFNode kind) {
        if (!"body".equals(type)) {
            return type;
        }
        if (kind != null && kind.isURIResource()) {
            String k = kind.asResource().getURI();
            if (k.equals(KG + "PartyBody")) {
                return "party";
            }
            if (k.equals(KG + "StateBody")) {
                return "state";
            }
        }
        return "other";
    }

    private static String localName(String iri) {
        String tail = iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
        return tail.isEmpty() ? iri : tail.replace('-', ' ');
    }

    /**
     * Runs a page query on the whole store: no LIMIT, and neither ORDER BY nor DISTINCT, which the reader does
     * itself in Java. Jena sorts by comparing decoded RDF terms, which took nearly half the CPU of edges.rq on a
     * 1,000-article store (bench/FINDINGS.md, "kg export reads graph by graph").
     */
    private static void select(KgStore store, String resource, Consumer<QuerySolution> rows) {
        Query query = QueryFactory.create(load(resource));
        query.setLimit(Query.NOLIMIT);
        if (query.hasOrderBy()) {
            query.getOrderBy().clear();
        }
        if (!query.hasGroupBy()) {
            query.setDistinct(false);
        }
        store.selectEach(query.toString(), rows);
    }

    private static String load(String resource) {
        try (InputStream in = PropertyGraphReader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + resource));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
