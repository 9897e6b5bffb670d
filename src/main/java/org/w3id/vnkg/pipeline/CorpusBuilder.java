package org.w3id.vnkg.pipeline;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
 * Extraction runs on all cores; loading commits a batch of articles per transaction ({@link #withBatchSize},
 * 1 for one article per transaction), so a build killed at any point keeps exactly the batches committed
 * before it, each article whole, and a rerun replaces graphs instead of adding to them. The commit listener
 * hears each commit's files once it is durable. One bad article is reported with its reason and skipped,
 * never fatal. The same text under two file names is loaded once, also when an earlier build loaded it.
 */
public final class CorpusBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusBuilder.class);
    /** Articles per write transaction by default: fewer commits (each one syncs the disk), little to redo. */
    public static final int DEFAULT_BATCH = 32;

    private final ArticleProcessor processor;
    private final int threads;
    private final int batchSize;
    private final Consumer<List<String>> onCommit;

    public CorpusBuilder(ArticlePipeline pipeline, FactMapper mapper, int threads) {
        this(new ArticleProcessor(pipeline, mapper), threads, DEFAULT_BATCH, files -> { });
    }

    private CorpusBuilder(ArticleProcessor processor, int threads, int batchSize, Consumer<List<String>> onCommit) {
        this.processor = processor;
        this.threads = Math.max(1, threads);
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
        }
        this.batchSize = batchSize;
        this.onCommit = onCommit;
    }

    /** Articles per write transaction; 1 commits each article on its own. */
    public CorpusBuilder withBatchSize(int value) {
        return new CorpusBuilder(processor, threads, value, onCommit);
    }

    /**
     * Called after each commit, with the file names it made durable: what a build killed afterwards is
     * sure to keep.
     */
    public CorpusBuilder withCommitListener(Consumer<List<String>> value) {
        return new CorpusBuilder(processor, threads, batchSize, value);
    }

    public BuildReport build(List<Path> files, KgStore store, IntConsumer progress) {
        BuildReport report = new BuildReport();
        store.replaceGraphs(Map.of(IriMinter.ontologyGraph(), OntologyFiles.ontology()));
        Map<String, String> fileByHash = new HashMap<>();
        Map<String, ArticleProcessor.Result> batch = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Queue<Future<ArticleProcessor.Result>> window = new ArrayDeque<>();
            int next = 0;
            int done = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < threads * 4) {
                    Path file = files.get(next++);
                    window.add(pool.submit(() -> processor.process(file)));
                }
                ArticleProcessor.Result o = await(window.poll());
                report.read();
                if (o.failure() != null) {
                    report.failed(o.file(), o.failure());
                    LOG.warn("{}: {}", o.file(), o.failure());
                } else {
                    String hash = o.facts().article().contentHash();
                    String original = fileByHash.putIfAbsent(hash, o.file());
                    if (original == null) {
                        original = loadedUnderAnotherName(store, hash, o.graphName());
                    }
                    if (original != null) {
                        report.duplicate(o.file(), original);
                    } else {
                        batch.put(o.graphName(), o);
                    }
                }
                if (batch.size() >= batchSize) {
                    commit(store, batch, report);
                }
                progress.accept(++done);
            }
            commit(store, batch, report);
            // The inferred graph depends on every article: rebuilt once all are loaded.
            long inferred = new Linker(LinkData.standard()).link(store).size();
            LOG.info("inferred graph: {} triples", inferred);
        } finally {
            pool.shutdownNow();
        }
        return report;
    }

    private static ArticleProcessor.Result await(Future<ArticleProcessor.Result> f) {
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

    private void commit(KgStore store, Map<String, ArticleProcessor.Result> batch, BuildReport report) {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, Model> graphs = new LinkedHashMap<>();
        batch.forEach((name, o) -> graphs.put(name, o.graph()));
        store.replaceGraphs(graphs);
        for (ArticleProcessor.Result o : batch.values()) {
            DocumentFacts f = o.facts();
            report.loaded(f.posts().size(), f.meetings().size(), f.figures().size(), o.graph().size());
        }
        List<String> committed = batch.values().stream().map(ArticleProcessor.Result::file).toList();
        report.committed(committed);
        onCommit.accept(committed);
        batch.clear();
    }
}
