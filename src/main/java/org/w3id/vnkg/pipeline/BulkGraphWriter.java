package org.w3id.vnkg.pipeline;

import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

import org.w3id.vnkg.store.KgStore;

/**
 * Streams graphs into Jena's parallel TDB2 loader, the loader behind {@code tdb2.tdbloader}: it fills the
 * indexes in bulk instead of one B+tree insert per quad in a transaction, and leaves no old generations to
 * compact. It takes a new, empty store only, and nothing is durable until {@link #finish()}: a build killed on
 * the way leaves a store to throw away, which is why {@code kg build} loads a new store under a temporary
 * name and renames it at the end.
 */
final class BulkGraphWriter implements GraphWriter {
    private final DataLoader loader;
    private final StreamRDF stream;

    BulkGraphWriter(KgStore store) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        if (!store.isEmpty()) {
            throw new IllegalArgumentException("the bulk loader takes an empty store, and " + store.location()
                    + " holds data");
        }
        // Quiet: kg build reports its own progress by article.
        MonitorOutput quiet = (fmt, args) -> { };
        this.loader = LoaderFactory.parallelLoader(dsg, quiet);
        this.stream = loader.stream();
        loader.startBulk();
    }

    @Override
    public boolean write(Map<String, Model> graphs) {
        graphs.forEach((name, model) -> {
            Node g = NodeFactory.createURI(name);
            model.getGraph().find().forEachRemaining(t -> stream.quad(Quad.create(g, t)));
        });
        return false;
    }

    /** Where triples of the named graph {@code name} go, one at a time: into the same load as the graphs. */
    Consumer<Triple> into(String name) {
        Node g = NodeFactory.createURI(name);
        return t -> stream.quad(Quad.create(g, t));
    }

    @Override
    public void finish() {
        loader.finishBulk();
    }

    @Override
    public void abort(Exception cause) {
        loader.finishException(cause);
    }
}
