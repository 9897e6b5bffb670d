package org.w3id.vnkg.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private PropertyGraphReader() {
    }

    public static PropertyGraph read(KgStore store) {
        {
            Map<String, PropertyGraph.Node> nodes = new LinkedHashMap<>();
            select(store, NODES, row -> {
                String id = row.getResource("node").getURI();
                String type = row.getLiteral("type").getString();
                nodes.putIfAbsent(id, new PropertyGraph.Node(id, type, kind(type, row.get("kind")),
                        row.getLiteral("label").getString()));
            });
            Map<List<String>, TreeSet<String>> edges = new LinkedHashMap<>();
            select(store, EDGES, row -> {
                RDFNode s = row.get("s");
                RDFNode o = row.get("o");
                if (!s.isURIResource() || !o.isURIResource()) {
                    return;
                }
                List<String> key = List.of(s.asResource().getURI(), row.getLiteral("kind").getString(),
                        o.asResource().getURI());
                TreeSet<String> dates = edges.computeIfAbsent(key, k -> new TreeSet<>());
                RDFNode date = row.get("date");
                if (date != null && date.isLiteral()) {
                    dates.add(date.asLiteral().getLexicalForm());
                }
            });
            List<PropertyGraph.Edge> edgeList = new ArrayList<>();
            edges.forEach((key, dates) -> {
                for (String end : List.of(key.get(0), key.get(2))) {
                    nodes.computeIfAbsent(end, id -> new PropertyGraph.Node(id, "other", "other", localName(id)));
                }
                edgeList.add(new PropertyGraph.Edge(key.get(0), key.get(1), key.get(2), List.copyOf(dates)));
            });
            return new PropertyGraph(List.copyOf(nodes.values()), edgeList);
        }
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

    private static void select(KgStore store, String resource, Consumer<QuerySolution> rows) {
        Query query = QueryFactory.create(load(resource));
        query.setLimit(Query.NOLIMIT);
        store.select(query.toString()).forEach(rows);
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
