package org.w3id.vnkg.pipeline;

import java.util.Map;

import org.apache.jena.rdf.model.Model;

/**
 * Where a build writes the named graphs of its articles: in write transactions of a batch each
 * ({@link TransactionGraphWriter}), or through Jena's bulk loader into a new store ({@link BulkGraphWriter}).
 */
interface GraphWriter {
    /** Writes named graphs, replacing graphs of the same name; returns whether they are durable on return. */
    boolean write(Map<String, Model> graphs);

    /** Ends the writing: all graphs written are durable once it returns. */
    void finish();

    /** Gives up after a failure: what was not durable yet may be lost. */
    void abort(Exception cause);
}
