package org.w3id.vnkg.rdf;

import java.util.function.Consumer;

import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NiceIterator;

/**
 * A write-only graph: every triple added is handed on, none is kept. Code written against the Model API (as the
 * linking step is) can then stream a graph of tens of millions of triples to disk instead of holding it; the same
 * triple added twice is handed on twice, so the reader must keep sets (a TDB2 graph does).
 */
public final class SinkGraph extends GraphBase {
    private final Consumer<Triple> sink;
    private long added;

    public SinkGraph(Consumer<Triple> sink) {
        this.sink = sink;
    }

    @Override
    public void performAdd(Triple t) {
        sink.accept(t);
        added++;
    }

    /** Triples handed on, repeats included. */
    public long added() {
        return added;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        // Nothing is kept to be found.
        return NiceIterator.emptyIterator();
    }
}
