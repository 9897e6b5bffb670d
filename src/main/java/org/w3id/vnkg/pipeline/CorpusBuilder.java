package org.w3id.vnkg.pipeline;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.apache.jena.rdf.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.w3id.vnkg.facts.DocumentFacts;
import org.w3id.vnkg.link.BuildLinker;
import org.w3id.vnkg.link.LinkData;
import org.w3id.vnkg.link.Linker;
import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.rdf.OntologyFiles;
import org.w3id.vnkg.store.KgStore;

/**
 * Builds a store from a folder of articles: each article is read, extracted, mapped, checked against the
 * SHACL shapes and loaded as its own named graph, replacing the graph of an earlier build.
 * <pre>
 *   BuildReport report = new CorpusBuilder(pipeline, mapper).build(files, store, progress);
 * </pre>
 * Extraction runs on all cores. By default ({@link Loading#TRANSACTIONS}) loading commits a batch of articles per
 * transaction ({@link #withBatchSize}, 1 for one article per transaction), so a build killed at any point keeps
 * exactly the batches committed before it, each article whole, and a rerun replaces graphs instead of adding to
 * them. {@link Loading#BULK} streams the graphs into Jena's parallel loader instead: several times faster into a
 * new store, durable only at the end (see {@link BulkGraphWriter}). The commit listener hears each commit's files
 * once they are durable. One bad article is reported with its reason and skipped, never fatal. The same text
 * under two file names is loaded once, also when an earlier build loaded it.
 */
public final class CorpusBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusBuilder.class);
    /** Articles per write transaction by default: fewer commits (each one syncs the disk), little to redo. */
    public static final int DEFAULT_BATCH = 32;

    /** How the graphs reach the store. */
    public enum Loading {
        /** A write transaction per batch: any store, durable batch by batch. */
        TRANSACTIONS,
        /** Jena's parallel bulk loader: an empty store only, durable at the end. */
        BULK
    }

    private final ArticleProcessor processor;
    private final int threads;
    private final int batchSize;
    private final Consumer<List<String>> onCommit;
    private final Loading loading;

    public CorpusBuilder(ArticlePipeline pipeline, FactMapper mapper, int threads) {
        this(new ArticleProcessor(pipeline, mapper), threads, DEFAULT_BATCH, files -> { }, Loading.TRANSACTIONS);
    }

    private CorpusBuilder(ArticleProcessor processor, int threads, int batchSize, Consumer<List<String>> onCommit,
            Loading loading) {
        this.processor = processor;
        this.threads = Math.max(1, threads);
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
        }
        this.batchSize = batchSize;
        this.onCommit = onCommit;
        this.loading = loading;
    }

    /** Articles per write transaction; 1 commits each article on its own. */
    public CorpusBuilder withBatchSize(int value) {
        return new CorpusBuilder(processor, threads, value, onCommit, loading);
    }

    /**
     * Called after each commit, with the file names it made durable: what a build killed afterwards is
     * sure to keep.
     */
    public CorpusBuilder withCommitListener(Consumer<List<String>> value) {
        return new CorpusBuilder(processor, threads, batchSize, value, loading);
    }

    /** How the graphs reach the store; {@link Loading#BULK} needs an empty store. */
    public CorpusBuilder withLoading(Loading value) {
        return new CorpusBuilder(processor, threads, batchSize, onCommit, value);
    }

    public BuildReport build(List<Path> files, KgStore store, IntConsumer progress) {
        BuildReport report = new BuildReport();
        boolean bulk = loading == Loading.BULK;
        BulkGraphWriter bulkWriter = bulk ? new BulkGraphWriter(store) : null;
        GraphWriter writer = bulk ? bulkWriter : new TransactionGraphWriter(store);
        // A new store holds only this corpus, so it is linked from the article graphs as they are extracted, and
        // the inferred graph goes into the same bulk load; a store with earlier articles is linked from the store.
        Linker linker = new Linker(LinkData.standard());
        BuildLinker buildLinker = bulk ? new BuildLinker(LinkData.standard(), bulkWriter.into(IriMinter.inferredGraph()))
                : null;
        List<String> pending = new ArrayList<>();
        Map<String, String> fileByHash = new HashMap<>();
        Map<String, Path> fileByGraph = new HashMap<>();
        Map<String, ArticleProcessor.Result> batch = new LinkedHashMap<>();
        long inferred = -1;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        BuildReport.Phase extracting = report.start("extract+load");
        long waiting = 0;   // the loading thread blocked on extraction: extraction is the bottleneck
        long feeding = 0;   // the loading thread handing graphs to the store: loading is the bottleneck
        try {
            writer.write(Map.of(IriMinter.ontologyGraph(), OntologyFiles.ontology()));
            if (bulk) {
                writer.write(Map.of(IriMinter.referenceGraph(), linker.reference()));
            }
            Queue<Future<Extracted>> window = new ArrayDeque<>();
            int next = 0;
            int done = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < threads * 4) {
                    Path file = files.get(next++);
                    window.add(pool.submit(() -> extract(file, bulk)));
                }
                long before = System.nanoTime();
                Extracted x = await(window.poll());
                ArticleProcessor.Result o = x.result();
                waiting += System.nanoTime() - before;
                report.read();
                if (o.failure() != null) {
                    report.failed(o.file(), o.failure());
                    LOG.warn("{}: {}", o.file(), o.failure());
                } else {
                    String hash = o.facts().article().contentHash();
                    // The window is first in, first out: this is the file at the position of the count done.
                    Path path = files.get(done);
                    Path sameName = fileByGraph.putIfAbsent(o.graphName(), path);
                    String original = fileByHash.putIfAbsent(hash, o.file());
                    if (original == null && sameName != null) {
                        // A graph is named by the file name: a second text under the name would merge into the first's.
                        fileByHash.remove(hash);
                        String reason = sameFileName(sameName, path);
                        report.failed(o.file(), reason);
                        LOG.warn("{}: {}", o.file(), reason);
                    } else {
                        if (original == null && !bulk) {
                            original = loadedUnderAnotherName(store, hash, o.graphName());
                        }
                        if (original != null) {
                            report.duplicate(o.file(), original);
                        } else {
                            batch.put(o.graphName(), o);
                            if (buildLinker != null) {
                                buildLinker.article(x.links());
                            }
                        }
                    }
                }
                if (batch.size() >= batchSize) {
                    before = System.nanoTime();
                    write(writer, batch, report, pending);
                    feeding += System.nanoTime() - before;
                }
                progress.accept(++done);
            }
            write(writer, batch, report, pending);
            long extracted = System.nanoTime();
            extracting.end();
            LOG.info("extract+load: {} s, of which waiting for extraction {} s, writing to the store {} s{}",
                    seconds(extracted - start), seconds(waiting), seconds(feeding), buildLinker == null ? ""
                            : String.format(Locale.ROOT, ", linking articles %.1f s", buildLinker.seconds()));
            if (buildLinker != null) {
                // The steps that need every holding; their triples join the load before it finishes.
                BuildReport.Phase linking = report.start("link");
                inferred = buildLinker.finish();
                linking.end();
            }
            BuildReport.Phase finishing = report.start("load finish");
            writer.finish();
            finishing.end();
            committed(pending, report);
            if (buildLinker != null) {
                // The one copy of each named entity the query library reads: from the loaded store, as kg link does.
                BuildReport.Phase entities = report.start("entities");
                Linker.writeEntities(store, true);
                entities.end();
                store.clearLinkPending();
            }
        } catch (RuntimeException e) {
            writer.abort(e);
            throw e;
        } finally {
            pool.shutdownNow();
        }
        if (buildLinker == null) {
            // The inferred graph depends on every article of the store: rebuilt once all are loaded.
            BuildReport.Phase linking = report.start("link");
            inferred = linker.link(store);
            linking.end();
        }
        LOG.info("inferred graph: {} triples", inferred);
        return report;
    }

    /**
     * Why a second text under a file name already read in the same run is refused: an article's graph is named by
     * its file name, so it would replace (or merge into) the first's. {@code kg ingest} refuses it the same way.
     */
    public static String sameFileName(Path first, Path second) {
        return "another text has the same file name (" + first + "), and an article's graph is named by its file "
                + "name: rename one of them (" + second + ")";
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }

    /** An article's outcome and, for a new store, the link queries' rows of its graph (made on the same thread). */
    private record Extracted(ArticleProcessor.Result result, BuildLinker.Rows links) {
    }

    private Extracted extract(Path file, boolean withLinks) {
        ArticleProcessor.Result r = processor.process(file);
        return new Extracted(r, withLinks && r.ok() ? BuildLinker.rows(r.graph()) : null);
    }

    private static Extracted await(Future<Extracted> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The file name an earlier build loaded this text under, when it is not this file's own graph. */
    private static String loadedUnderAnotherName(KgStore store, String hash, String graphName) {
        Map<String, String> found = store.articlesWithContentHash(hash);
        found.remove(graphName);
        return found.isEmpty() ? null : found.values().iterator().next();
    }

    private void write(GraphWriter writer, Map<String, ArticleProcessor.Result> batch, BuildReport report,
            List<String> pending) {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, Model> graphs = new LinkedHashMap<>();
        batch.forEach((name, o) -> graphs.put(name, o.graph()));
        boolean durable = writer.write(graphs);
        for (ArticleProcessor.Result o : batch.values()) {
            DocumentFacts f = o.facts();
            report.loaded(f.posts().size(), f.meetings().size(), f.figures().size(), o.graph().size());
            pending.add(o.file());
        }
        batch.clear();
        if (durable) {
            committed(pending, report);
        }
    }

    /** Tells the report and the commit listener that the pending files are durable. */
    private void committed(List<String> pending, BuildReport report) {
        if (pending.isEmpty()) {
            return;
        }
        List<String> files = List.copyOf(pending);
        report.committed(files);
        onCommit.accept(files);
        pending.clear();
    }
}
