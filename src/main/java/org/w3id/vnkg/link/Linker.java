package org.w3id.vnkg.link;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

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
 *   long triples = new Linker(LinkData.standard()).link(store);   // replaces graph/reference and graph/inferred
 * </pre>
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
        Path file = null;
        try {
            file = Files.createTempFile("vnkg-inferred-", ".nt");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES);
                writer.start();
                new Enricher(data).enrich(store, ModelFactory.createModelForGraph(new SinkGraph(writer::triple)));
                writer.finish();
            }
            long triples = newStore ? store.loadEmptyGraphInBulk(IriMinter.inferredGraph(), file)
                    : store.replaceGraphFromFile(IriMinter.inferredGraph(), file);
            store.clearLinkPending();
            return triples;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the inferred graph to a temporary file", e);
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
