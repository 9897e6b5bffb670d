package org.w3id.vnkg.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Map;

import org.w3id.vnkg.ingest.RawArticle;
import org.w3id.vnkg.link.EntityIndex;
import org.w3id.vnkg.store.KgStore;
import org.w3id.vnkg.store.TextIndexer;

/**
 * Re-ingests single articles into a large store, each in well under the time of a build: extract, write the
 * difference to the article's named graph in one write transaction, update the names of the subjects it touched
 * in the text index.
 * <pre>
 *   try (ArticleIngester in = new ArticleIngester(processor, store, TextIndexer.updater(config))) {
 *       ArticleIngester.Outcome o = in.ingest(Path.of("corpus/001.txt"));
 *   }
 *   new Linker(LinkData.standard()).link(store);     // when the inferred graph must catch up
 * </pre>
 * What stays exact after each article: its named graph (the same triples a build would store), the union every
 * query reads, the text index, and the entities graph for the entities the article adds (link/EntityIndex). What is deferred: the inferred graph, which resolves persons and derives
 * tenures over all articles at once. An article whose graph changed is listed in the store's
 * {@link KgStore#linkPending} (written before the commit), and {@code kg link} (or the next build) rebuilds the
 * inferred graph and empties the list; until then the inferred facts are those of the last link. An article
 * re-ingested unchanged writes nothing and leaves nothing pending.
 * <p>
 * The text index is updated in memory after each article and committed to disk when the ingester closes (or on
 * {@link #commitIndex}): a Lucene commit per article cost more than the rest of the store work. Until then the
 * store folder holds {@code text-index.uncommitted}, and a server or ingest that finds it (a process stopped in
 * between) rebuilds the index ({@link TextIndexer#isComplete}).
 */
public final class ArticleIngester implements AutoCloseable {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private final ArticleProcessor processor;
    private final KgStore store;
    private final TextIndexer.Updater index;
    private final EntityIndex entities = new EntityIndex();

    /**
     * @param index the open text index to keep up to date, or null for a store without one
     */
    public ArticleIngester(ArticleProcessor processor, KgStore store, TextIndexer.Updater index) {
        this.processor = processor;
        this.store = store;
        this.index = index;
    }

    /**
     * What one re-ingest did, with the milliseconds of each step.
     *
     * @param file      the article's file name
     * @param failure   why it was not loaded (a bad article, or the same text as another loaded article), or null
     * @param removed   triples removed from its graph
     * @param added     triples added to its graph
     * @param cpuMs     CPU time of the calling thread over the three steps: what the re-ingest computed, apart from
     *                  waiting for the disk (the store's commit syncs its files) and for a core on a busy machine
     */
    public record Outcome(String file, String failure, int removed, int added, double extractMs, double storeMs,
                          double indexMs, double cpuMs) {
        public double totalMs() {
            return extractMs + storeMs + indexMs;
        }
    }

    /** Reads, extracts and stores one article file. */
    public Outcome ingest(Path file) {
        long c0 = CPU.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ArticleProcessor.Result r = processor.process(file);
        return store(r, t0, c0);
    }

    /** Extracts and stores an article already read. */
    public Outcome ingest(RawArticle article) {
        long c0 = CPU.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        return store(processor.process(article), t0, c0);
    }

    private Outcome store(ArticleProcessor.Result r, long t0, long c0) {
        long t1 = System.nanoTime();
        if (!r.ok()) {
            return new Outcome(r.file(), r.failure(), 0, 0, ms(t1 - t0), 0, 0, 0);
        }
        Map<String, String> same = store.articlesWithContentHash(r.facts().article().contentHash());
        same.remove(r.graphName());
        if (!same.isEmpty()) {
            return new Outcome(r.file(), "same text as " + same.values().iterator().next(), 0, 0, ms(t1 - t0), 0, 0,
                    0);
        }
        // Marked inside the transaction, before its commit: a crash after the commit cannot leave a changed
        // article unlisted (a crash before it leaves a needless mark, which the next link clears), nor the text
        // index behind the store unmarked.
        KgStore.Change change = store.replaceGraph(r.graphName(), r.graph(), c -> {
            if (!c.none()) {
                store.markLinkPending(r.file());
                entities.addNamed(store.dataset().asDatasetGraph(), c.added(), r.graph().getGraph());
                if (index != null) {
                    index.beforeStoreCommit();
                }
            }
        });
        long t2 = System.nanoTime();
        if (index != null) {
            index.update(store, change);
        }
        long t3 = System.nanoTime();
        return new Outcome(r.file(), null, change.removed().size(), change.added().size(), ms(t1 - t0), ms(t2 - t1),
                ms(t3 - t2), ms(CPU.getCurrentThreadCpuTime() - c0));
    }

    /** Commits the text index now (closing does it too): what was re-ingested so far becomes searchable. */
    public void commitIndex() {
        if (index != null) {
            index.commit();
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    @Override
    public void close() {
        if (index != null) {
            index.close();
        }
    }

}
