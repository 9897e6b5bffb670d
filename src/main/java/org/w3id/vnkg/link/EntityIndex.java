package org.w3id.vnkg.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
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

    /**
     * Hands every triple of the index, each once, to {@code out}; reads the store in one read transaction, as one
     * pass over its SPOG quad index. Why one pass: a subject's quads lie side by side there, in every graph, so its
     * names and its description come together, repeats across graphs are adjacent rows, and only the nodes of what is
     * written are decoded. Looking each named subject up on its own (the first version) decoded every quad of every
     * named subject: 9 s of a 91 s {@code kg build} of 10,000 generated articles, 3× what the pass takes.
     */
    public long write(KgStore store, Consumer<Triple> out) {
        return Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
            TupleIndex spog = quads.getTupleTable().selectIndex("SPOG");
            if (spog == null) {
                throw new IllegalStateException(store.location() + " has no SPOG quad index (TDB2's default set of "
                        + "indexes has one): the entities graph is read from it");
            }
            Scan scan = new Scan(quads.getNodeTable(), namedInDefaultGraph(dsg), out);
            spog.all().forEachRemaining(scan::row);
            scan.endSubject();
            return scan.written + scan.dateSpan();
        });
    }

    /** Subjects named in the default graph (kg keeps none there): they count as named, as in any other graph. */
    private static Set<Node> namedInDefaultGraph(DatasetGraph dsg) {
        Set<Node> named = new HashSet<>();
        for (Node p : NAMES) {
            dsg.getDefaultGraph().find(Node.ANY, p, Node.ANY).forEachRemaining(t -> named.add(t.getSubject()));
        }
        return named;
    }

    /**
     * The pass over the SPOG index: rows come as (G, S, P, O) ordered by S, P, O, G. For the subject at hand it keeps
     * the distinct (P, O) pairs outside the index's own graph, and whether one of them names it; when the next subject
     * starts, a named one's pairs are written. On the way it keeps the least and greatest fact date.
     */
    private final class Scan {
        private final NodeTable nodes;
        private final Consumer<Triple> out;
        private final NodeId self;
        private final Set<NodeId> names = new HashSet<>();
        private final Set<NodeId> namedElsewhere = new HashSet<>();
        private final NodeId attestedOn;
        private final NodeId startDate;
        private final NodeId type;
        private final NodeId meeting;
        private final List<NodeId[]> pairs = new ArrayList<>();
        private final List<NodeId> startDates = new ArrayList<>();
        private final String[] span = new String[2];
        private NodeId subject;
        private boolean named;
        private boolean isMeeting;
        private long written;

        Scan(NodeTable nodes, Set<Node> namedInDefaultGraph, Consumer<Triple> out) {
            this.nodes = nodes;
            this.out = out;
            this.self = id(graph);
            for (Node p : NAMES) {
                names.add(id(p));
            }
            namedInDefaultGraph.forEach(s -> namedElsewhere.add(id(s)));
            this.attestedOn = id(KG.attestedOn.asNode());
            this.startDate = id(Vocab.schemaStartDate.asNode());
            this.type = id(RDF.type.asNode());
            this.meeting = id(KG.Meeting.asNode());
        }

        /** The node's id, or an id no row holds when the store has no such node. */
        private NodeId id(Node n) {
            NodeId id = nodes.getNodeIdForNode(n);
            return id == null || NodeId.isDoesNotExist(id) ? NodeId.NodeIdInvalid : id;
        }

        void row(Tuple<NodeId> q) {
            NodeId s = q.get(1);
            if (!s.equals(subject)) {
                endSubject();
                subject = s;
                named = namedElsewhere.contains(s);
            }
            NodeId p = q.get(2);
            NodeId o = q.get(3);
            if (p.equals(type) && o.equals(meeting)) {
                isMeeting = true;   // a meeting's type in any graph, the index's own included, as before
            }
            if (q.get(0).equals(self)) {
                return;
            }
            named |= names.contains(p);
            NodeId[] last = pairs.isEmpty() ? null : pairs.get(pairs.size() - 1);
            if (last == null || !last[0].equals(p) || !last[1].equals(o)) {
                pairs.add(new NodeId[] {p, o});   // the same (P, O) in the next graph is the next row: kept once
            }
            if (p.equals(attestedOn)) {
                date(o);
            } else if (p.equals(startDate)) {
                startDates.add(o);
            }
        }

        void endSubject() {
            if (subject != null && named) {
                Node s = nodes.getNodeForNodeId(subject);
                for (NodeId[] po : pairs) {
                    out.accept(Triple.create(s, nodes.getNodeForNodeId(po[0]), nodes.getNodeForNodeId(po[1])));
                }
                written += pairs.size();
            }
            if (isMeeting) {
                startDates.forEach(this::date);
            }
            pairs.clear();
            startDates.clear();
            isMeeting = false;
        }

        /** The least and greatest fact date as strings, as the graph page compared them. */
        private void date(NodeId id) {
            Node d = nodes.getNodeForNodeId(id);
            String v = d.isLiteral() ? d.getLiteralLexicalForm() : d.toString();
            if (span[0] == null || v.compareTo(span[0]) < 0) {
                span[0] = v;
            }
            if (span[1] == null || v.compareTo(span[1]) > 0) {
                span[1] = v;
            }
        }

        long dateSpan() {
            if (span[0] == null) {
                return 0;
            }
            out.accept(Triple.create(graph, KG.earliestFactDate.asNode(), NodeFactory.createLiteralString(span[0])));
            out.accept(Triple.create(graph, KG.latestFactDate.asNode(), NodeFactory.createLiteralString(span[1])));
            return 2;
        }
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
