package org.w3id.vnkg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

import org.w3id.vnkg.store.KgStore;

/**
 * Loading measured in-process: the load path of {@code kg build} (named graphs replaced in batched write
 * transactions through {@link KgStore#replaceGraphs}) fed from an N-Quads file, so it can be set against
 * {@code tdb2.tdbloader} on the very same quads; and the size of a store folder on disk.
 * <pre>
 *   LoadBench.Result r = LoadBench.loadInBatches(Path.of("data.nq"), storeDir, 32, Integer.MAX_VALUE);
 * </pre>
 */
public final class LoadBench {
    /** A timed load: quads, graphs, transactions and the seconds spent inside them. */
    public record Result(long quads, int graphs, int commits, double seconds) {
        public double quadsPerSecond() {
            return quads / seconds;
        }
    }

    private LoadBench() {
    }

    /**
     * Loads the graphs of an N-Quads file (grouped by graph, as {@code kg export} writes it) into a store,
     * {@code batch} graphs per write transaction, at most {@code maxGraphs} graphs. Only the time in the
     * store is counted, not parsing.
     */
    public static Result loadInBatches(Path nquads, Path storeDir, int batch, int maxGraphs) {
        long[] quads = {0};
        int[] graphs = {0};
        int[] commits = {0};
        long[] nanos = {0};
        Map<String, Model> pending = new LinkedHashMap<>();
        try (KgStore store = KgStore.open(storeDir)) {
            Runnable flush = () -> {
                if (pending.isEmpty()) {
                    return;
                }
                long t = System.nanoTime();
                store.replaceGraphs(pending);
                nanos[0] += System.nanoTime() - t;
                commits[0]++;
                pending.clear();
            };
            RDFParser.source(nquads).parse(new StreamRDFBase() {
                private Node current;
                private Model model;
                private final java.util.Set<Node> done = new java.util.HashSet<>();

                @Override
                public void quad(Quad q) {
                    if (graphs[0] >= maxGraphs && !q.getGraph().equals(current)) {
                        return;
                    }
                    if (!q.getGraph().equals(current)) {
                        if (!done.add(q.getGraph())) {
                            throw new IllegalArgumentException(nquads + ": graph " + q.getGraph()
                                    + " comes back after other graphs; write the file with exportByGraph");
                        }
                        if (pending.size() >= batch) {
                            flush.run();
                        }
                        current = q.getGraph();
                        model = pending.computeIfAbsent(current.getURI(), k -> ModelFactory.createDefaultModel());
                        graphs[0]++;
                    }
                    model.getGraph().add(q.asTriple());
                    quads[0]++;
                }
            });
            flush.run();
        }
        return new Result(quads[0], graphs[0], commits[0], nanos[0] / 1e9);
    }

    /**
     * Writes every named graph of a store as N-Quads, one graph after the other (a plain dataset write
     * interleaves graphs), so a reader can load it graph by graph. Returns the number of quads.
     */
    public static long exportByGraph(Path storeDir, Path nquads) {
        long n = 0;
        try (KgStore store = KgStore.open(storeDir); OutputStream out = new BufferedOutputStream(
                Files.newOutputStream(nquads), 1 << 16)) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
            writer.start();
            n = Txn.calculateRead(dsg, () -> {
                long count = 0;
                List<Node> graphs = new ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(graphs::add);
                for (Node g : graphs) {
                    Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
                    while (it.hasNext()) {
                        writer.quad(it.next());
                        count++;
                    }
                }
                return count;
            });
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }
}
