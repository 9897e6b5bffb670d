package org.w3id.vnkg.link;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.rdf.KG;
import org.w3id.vnkg.rdf.Vocab;
import org.w3id.vnkg.store.KgStore;

/**
 * The entities graph ({@code https://w3id.org/vnkg/graph/entities}): every triple whose subject carries a name
 * ({@code skos:prefLabel}, {@code schema:name}, {@code rdfs:label}) in some graph of the store, once.
 * <pre>
 *   new EntityIndex().write(store, triple -&gt; writer.triple(triple));   // at link time, next to graph/inferred
 * </pre>
 * Why: an entity's IRI comes from its key, so every article that names Tỉnh ủy Bắc Giang repeats its label, type and
 * jurisdiction in its own graph. Over the union default graph, {@code ?body skos:prefLabel "Tỉnh ủy Bắc Giang"@vi}
 * then reads one index entry per article (1,403 on 100,000 generated articles) and reading the label of a body a
 * holding names does the same for every holding. Inside {@code GRAPH <…/entities>} each of them is one entry. The
 * graph holds what the union holds about these subjects, so a query may read them there instead with the same
 * answers (queries/*.rq do).
 * <p>
 * It also gives the span of the facts' dates (the least and greatest of the {@code kg:attestedOn} dates and the
 * meetings' {@code schema:startDate}s, compared as written: "2024" before "2024-06-26"), as
 * {@code kg:earliestFactDate} and {@code kg:latestFactDate} of the graph's own IRI: the graph page's date slider
 * needs them, and over the union finding them reads every holding and meeting of the store.
 */
public final class EntityIndex {
    /** The predicates that make a subject an entity of the index. */
    static final List<Node> NAMES = List.of(SKOS.prefLabel.asNode(), NodeFactory.createURI(Vocab.SCHEMA + "name"),
            RDFS.label.asNode());

    private final Node graph = NodeFactory.createURI(IriMinter.entitiesGraph());

    /** Hands every triple of the index, each once, to {@code out}; reads the store in one read transaction. */
    public long write(KgStore store, java.util.function.Consumer<Triple> out) {
        return Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Set<Node> named = new HashSet<>();
            for (Node p : NAMES) {
                dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    if (!q.getGraph().equals(graph)) {
                        named.add(q.getSubject());
                    }
                });
            }
            long n = 0;
            for (Node s : named) {
                n += describe(dsg, s, out);
            }
            return n + dateSpan(dsg, out);
        });
    }

    /** The triples of {@code s} in every graph but the index, each once. A subject's own triples are few (its
     * names, types, body, role, province), however many articles repeat them. */
    private long describe(DatasetGraph dsg, Node s, java.util.function.Consumer<Triple> out) {
        Set<Triple> seen = new LinkedHashSet<>();
        dsg.find(Node.ANY, s, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!q.getGraph().equals(graph) && !Quad.isDefaultGraph(q.getGraph())) {
                seen.add(q.asTriple());
            }
        });
        seen.forEach(out);
        return seen.size();
    }

    /** The least and greatest fact date as strings, as the graph page compared them. */
    private long dateSpan(DatasetGraph dsg, java.util.function.Consumer<Triple> out) {
        String[] span = new String[2];
        java.util.function.Consumer<Node> date = d -> {
            String v = d.isLiteral() ? d.getLiteralLexicalForm() : d.toString();
            if (span[0] == null || v.compareTo(span[0]) < 0) {
                span[0] = v;
            }
            if (span[1] == null || v.compareTo(span[1]) > 0) {
                span[1] = v;
            }
        };
        dsg.find(Node.ANY, Node.ANY, KG.attestedOn.asNode(), Node.ANY).forEachRemaining(q -> {
            if (!q.getGraph().equals(graph)) {
                date.accept(q.getObject());
            }
        });
        Node meeting = KG.Meeting.asNode();
        dsg.find(Node.ANY, Node.ANY, Vocab.schemaStartDate.asNode(), Node.ANY).forEachRemaining(q -> {
            if (!q.getGraph().equals(graph) && dsg.contains(Node.ANY, q.getSubject(), RDF.type.asNode(), meeting)) {
                date.accept(q.getObject());
            }
        });
        if (span[0] == null) {
            return 0;
        }
        out.accept(Triple.create(graph, KG.earliestFactDate.asNode(), NodeFactory.createLiteralString(span[0])));
        out.accept(Triple.create(graph, KG.latestFactDate.asNode(), NodeFactory.createLiteralString(span[1])));
        return 2;
    }

    /**
     * Adds to the index, inside the caller's write transaction, what a re-ingested article graph adds about the
     * entities it names, so that a query reading the index finds a body or person first named by that article
     * before the next link. What the article no longer says stays in the index until then (the next link rebuilds it).
     */
    public void addNamed(DatasetGraph dsg, List<Triple> added, Graph article) {
        for (Triple t : added) {
            Node s = t.getSubject();
            if (NAMES.stream().anyMatch(p -> article.contains(s, p, Node.ANY))) {
                dsg.add(graph, s, t.getPredicate(), t.getObject());
            }
        }
    }
}
