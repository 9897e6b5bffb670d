package org.w3id.vnkg.link;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.rdf.model.Model;

import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.store.KgStore;

/**
 * Writes the reference graph and rebuilds the inferred graph of a store, offline, from the link set
 * shipped with the project. {@code kg build} calls it after loading the articles; {@code kg link} calls it
 * on its own (and adds what an online endpoint returns, see {@link WikidataReconciler}).
 * <pre>
 *   new Linker(LinkData.standard()).link(store);   // replaces graph/reference and graph/inferred
 * </pre>
 */
public final class Linker {
    private final LinkData data;

    public Linker(LinkData data) {
        this.data = data;
    }

    /** The reference graph, built from the link set alone. */
    public Model reference() {
        return new ReferenceGraph(data).build();
    }

    /** Replaces the reference graph, then rebuilds the inferred graph from the articles; returns it. Articles
     * re-ingested without linking ({@link KgStore#linkPending}) are then up to date. */
    public Model link(KgStore store) {
        store.replaceGraphs(Map.of(IriMinter.referenceGraph(), reference()));
        Model inferred = new Enricher(data).enrich(store);
        Map<String, Model> graphs = new LinkedHashMap<>();
        graphs.put(IriMinter.inferredGraph(), inferred);
        store.replaceGraphs(graphs);
        store.clearLinkPending();
        return inferred;
    }

    /** Adds what an online reconciliation found to the inferred graph; returns the number of triples added. */
    public long addOnline(KgStore store, Model inferred, WikidataReconciler reconciler) {
        Model found = reconciler.reconcile(inferred);
        inferred.add(found);
        store.replaceGraphs(Map.of(IriMinter.inferredGraph(), inferred));
        return found.size();
    }
}
