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
 * Extraction runs on all cores; loading commits a batch of articles per transaction, so an interrupted
 * build keeps every batch committed before it. One bad article is reported and skipped, never fatal.
 * The same text under two file names is loaded once.
 */
public final class CorpusBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusBuilder.class);
    private static final int BATCH = 32;

    private final ArticleProcessor processor;
    private final int threads;

    public CorpusBuilder(ArticlePipeline pipeline, FactMapper mapper, int threads) {
        this.processor = new ArticleProcessor(pipeline, mapper);
        this.threads = Math.max(1, threads);
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
                    String original = fileByHash.putIfAbsent(o.facts().article().contentHash(), o.file());
                    if (original != null) {
                        report.duplicate(o.file(), original);
                    } else {
                        batch.put(o.graphName(), o);
                    }
                }
                if (batch.size() >= BATCH) {
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

    private static void commit(KgStore store, Map<String, ArticleProcessor.Result> batch, BuildReport report) {
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
        batch.clear();
    }
}
