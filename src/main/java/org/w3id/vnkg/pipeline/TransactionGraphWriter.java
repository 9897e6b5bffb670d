package org.w3id.vnkg.pipeline;

import java.util.Map;

import org.apache.jena.rdf.model.Model;

import org.w3id.vnkg.store.KgStore;

/** Writes each batch of graphs in one write transaction: durable on return, whatever the store holds already. */
final class TransactionGraphWriter implements GraphWriter {
    private final KgStore store;

    TransactionGraphWriter(KgStore store) {
        this.store = store;
    }

    @Override
    public boolean write(Map<String, Model> graphs) {
        store.replaceGraphs(graphs);
        return true;
    }

    @Override
    public void finish() {
        // Each write was its own commit.
    }

    @Override
    public void abort(Exception cause) {
        // Nothing pending.
    }
}
