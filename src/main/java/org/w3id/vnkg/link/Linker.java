package org.w3id.vnkg.link;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.rdf.SinkGraph;
import org.w3id.vnkg.store.KgStore;

/**
 * Writes the reference graph and rebuilds the inferred graph of a store, offline, from the link set
 * shipped with the project, reading the articles back from the store. {@code kg build} calls it after loading
 * the articles into a store that held some already (a new store is linked while it is filled, see
 * {@link BuildLinker}); {@code kg load} and {@code kg link} call it on their own ({@code kg link} also adds what an
 * online endpoint returns, see {@link WikidataReconciler}).
 * <pre>
 *   long triples = new Linker(LinkData.standard()).link(store);   // replaces graph/reference, graph/inferred, graph/entities
 * </pre>
 * Last it rewrites the entities graph ({@link EntityIndex}), the one copy of each named entity's description that
 * the query library reads instead of the copies in every article.
 * The inferred graph grows with the corpus (some twenty triples per post holding), so it is never held in
 * memory: the enrichment streams it to a temporary N-Triples file, which is then read into the store in one
 * write transaction (or, in a new store that {@code kg build} fills, by Jena's bulk loader).
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

    /** Replaces the reference graph, then rebuilds the inferred graph from the articles; returns its size. Articles
     * re-ingested without linking ({@link KgStore#linkPending}) are then up to date. */
    public long link(KgStore store) {
        return link(store, false);
    }

    /**
     * As {@link #link(KgStore)}; with {@code newStore}, the store is one being built that is thrown away if the build
     * fails, and whose inferred graph is empty: the graph then goes through Jena's bulk loader instead of a write
     * transaction (which took 60% of linking's time in a profile of kg build). {@code kg load --bulk} uses it.
     */
    public long link(KgStore store, boolean newStore) {
        store.replaceGraphs(Map.of(IriMinter.referenceGraph(), reference()));
        long triples = writeGraph(store, IriMinter.inferredGraph(), newStore, writer ->
                new Enricher(data).enrich(store, ModelFactory.createModelForGraph(new SinkGraph(writer::triple))));
        // After the inferred graph: the persons it resolves are named there too.
        writeEntities(store, newStore);
        store.clearLinkPending();
        return triples;
    }

    /**
     * Rewrites the entities graph ({@link EntityIndex}) from the store's other graphs; with {@code newStore} and an
     * empty entities graph, through the bulk loader. {@code kg build} calls it once a new store is loaded and linked
     * (by {@link BuildLinker}); {@link #link} calls it last. Returns its size.
     */
    public static long writeEntities(KgStore store, boolean newStore) {
        return writeGraph(store, IriMinter.entitiesGraph(), newStore && store.isGraphEmpty(IriMinter.entitiesGraph()),
                writer -> new EntityIndex().write(store, writer::triple));
    }

    /** Streams a graph to a temporary N-Triples file, then replaces the named graph with it (with the bulk loader
     * in a new store); returns its size. */
    private static long writeGraph(KgStore store, String name, boolean bulk, Consumer<StreamRDF> fill) {
        Path file = null;
        try {
            file = Files.createTempFile("vnkg-" + name.substring(name.lastIndexOf('/') + 1) + "-", ".nt");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES);
                writer.start();
                fill.accept(writer);
                writer.finish();
            }
            return bulk ? store.loadEmptyGraphInBulk(name, file) : store.replaceGraphFromFile(name, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the graph " + name + " to a temporary file", e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // A temporary file left behind is not worth failing a build for.
                }
            }
        }
    }

    /**
     * Adds what an online reconciliation of the stored inferred graph found to it; returns the number of triples
     * added. Meant for the stores the online endpoint can answer for (one request per unmatched person).
     */
    public long addOnline(KgStore store, WikidataReconciler reconciler) {
        Model inferred = store.graph(IriMinter.inferredGraph());
        Model found = reconciler.reconcile(inferred);
        store.replaceGraphs(Map.of(IriMinter.inferredGraph(), inferred.add(found)));
        return found.size();
    }
}
