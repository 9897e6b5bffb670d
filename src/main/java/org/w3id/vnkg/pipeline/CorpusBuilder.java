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
import org.w3id.vnkg.ingest.ArticleReader;
import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.rdf.OntologyFiles;
import org.w3id.vnkg.rdf.ShapesValidator;
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

    private final ArticlePipeline pipeline;
    private final FactMapper mapper;
    private final ShapesValidator validator = new ShapesValidator();
    private final int threads;
    private final int batchSize;
    private final Consumer<List<String>> onCommit;

    public CorpusBuilder(ArticlePipeline pipeline, FactMapper mapper, int threads) {
        this(pipeline, mapper, threads, DEFAULT_BATCH, files -> { });
    }

    private CorpusBuilder(ArticlePipeline pipeline, FactMapper mapper, int threads, int batchSize,
                          Consumer<List<String>> onCommit) {
        this.pipeline = pipeline;
        this.mapper = mapper;
        this.threads = Math.max(1, threads);
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
        }
        this.batchSize = batchSize;
        this.onCommit = onCommit;
    }

    /** Articles per write transaction; 1 commits each article on its own. */
    public CorpusBuilder withBatchSize(int value) {
        return new CorpusBuilder(pipeline, mapper, threads, value, onCommit);
    }

    /**
     * Called after each commit, with the file names it made durable: what a build killed afterwards is
     * sure to keep.
     */
    public CorpusBuilder withCommitListener(Consumer<List<String>> value) {
        return new CorpusBuilder(pipeline, mapper, threads, batchSize, value);
    }

    /** The outcome of processing one file: a graph to load, or a reason it cannot be. */
    private record Outcome(String file, DocumentFacts facts, Model graph, String failure) {
    }

    public BuildReport build(List<Path> files, KgStore store, IntConsumer progress) {
        BuildReport report = new BuildReport();
        store.replaceGraphs(Map.of(IriMinter.ontologyGraph(), OntologyFiles.ontology()));
        Map<String, String> fileByHash = new HashMap<>();
        Map<String, Outcome> batch = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Queue<Future<Outcome>> window = new ArrayDeque<>();
            int next = 0;
            int done = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < threads * 4) {
                    Path file = files.get(next++);
                    window.add(pool.submit(() -> process(file)));
                }
                Outcome o = await(window.poll());
                report.read();
                if (o.failure() != null) {
                    report.failed(o.file(), o.failure());
                    LOG.warn("{}: {}", o.file(), o.failure());
                } else {
                    String hash = o.facts().article().contentHash();
                    String original = fileByHash.putIfAbsent(hash, o.file());
                    if (original == null) {
                        original = loadedUnderAnotherName(store, hash, o.file());
                    }
                    if (original != null) {
                        report.duplicate(o.file(), original);
                    } else {
                        batch.put(IriMinter.articleGraph(o.file()), o);
                    }
                }
                if (batch.size() >= batchSize) {
                    commit(store, batch, report);
                }
                progress.accept(++done);
            }
            commit(store, batch, report);
        } finally {
            pool.shutdownNow();
        }
        return report;
    }

    private Outcome process(Path file) {
        String name = file.getFileName().toString();
        try {
            DocumentFacts facts = pipeline.extract(ArticleReader.read(file));
            Model graph = mapper.map(facts);
            String problems = validator.problems(graph);
            if (problems != null) {
                return new Outcome(name, null, null, "graph fails the SHACL shapes: " + problems);
            }
            return new Outcome(name, facts, graph, null);
        } catch (Exception | StackOverflowError e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            // The report names the file once; the reader's messages start with it as well.
            reason = reason.replace(file.toString() + ": ", "");
            return new Outcome(name, null, null, reason.startsWith(name + ": ") ? reason.substring(name.length() + 2) : reason);
        }
    }

    private static Outcome await(Future<Outcome> f) {
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
    private static String loadedUnderAnotherName(KgStore store, String hash, String file) {
        Map<String, String> found = store.articlesWithContentHash(hash);
        found.remove(IriMinter.articleGraph(file));
        return found.isEmpty() ? null : found.values().iterator().next();
    }

    private void commit(KgStore store, Map<String, Outcome> batch, BuildReport report) {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, Model> graphs = new LinkedHashMap<>();
        batch.forEach((name, o) -> graphs.put(name, o.graph()));
        store.replaceGraphs(graphs);
        for (Outcome o : batch.values()) {
            DocumentFacts f = o.facts();
            report.loaded(f.posts().size(), f.meetings().size(), f.figures().size(), o.graph().size());
        }
        List<String> files = batch.values().stream().map(Outcome::file).toList();
        report.committed(files);
        onCommit.accept(files);
        batch.clear();
    }
}
