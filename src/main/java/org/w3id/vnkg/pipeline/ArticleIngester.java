package org.w3id.vnkg.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;

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
 * re-ingested unchanged writes nothing and leaves nothing pending. Articles that arrive together go through
 * {@link #ingestAll} in one write transaction: a TDB2 commit syncs every index file of the store, whatever it holds,
 * so its cost is shared, and copy-on-write blocks touched by several of them are copied once.
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

    /** Reads, extracts and stores one article file, in its own write transaction. */
    public Outcome ingest(Path file) {
        long c0 = CPU.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ArticleProcessor.Result r = processor.process(file);
        return store(List.of(new Extracted(r, ms(System.nanoTime() - t0), CPU.getCurrentThreadCpuTime() - c0))).get(0);
    }

    /** Extracts and stores an article already read. */
    public Outcome ingest(RawArticle article) {
        long c0 = CPU.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ArticleProcessor.Result r = processor.process(article);
        return store(List.of(new Extracted(r, ms(System.nanoTime() - t0), CPU.getCurrentThreadCpuTime() - c0))).get(0);
    }

    /**
     * Reads and extracts several article files, then writes all their changes in one write transaction: one
     * commit, whose fsyncs cost the same for one article as for many, instead of one per article. Nothing of the
     * batch is durable before that commit, and all of it is after. Files naming the same article are applied in
     * order, the last one winning. Each outcome's store time is its own writes plus an equal share of the commit.
     */
    public List<Outcome> ingestAll(List<Path> files) {
        List<Extracted> extracted = new ArrayList<>(files.size());
        for (Path f : files) {
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ArticleProcessor.Result r = processor.process(f);
            extracted.add(new Extracted(r, ms(System.nanoTime() - t0), CPU.getCurrentThreadCpuTime() - c0));
        }
        return store(extracted);
    }

    /** One article's extraction, with its wall and CPU time. */
    private record Extracted(ArticleProcessor.Result result, double ms, long cpuNanos) {
    }

    private List<Outcome> store(List<Extracted> batch) {
        String[] failure = new String[batch.size()];
        KgStore.Change[] changes = new KgStore.Change[batch.size()];
        double[] writeMs = new double[batch.size()];
        long[] writeCpu = new long[batch.size()];
        Set<Node> touched = new LinkedHashSet<>();
        long[] endOfWrites = new long[1];
        long c0 = CPU.getCurrentThreadCpuTime();
        store.inWriteTransaction(() -> {
            boolean changed = false;
            for (int i = 0; i < batch.size(); i++) {
                long c1 = CPU.getCurrentThreadCpuTime();
                long t1 = System.nanoTime();
                ArticleProcessor.Result r = batch.get(i).result();
                failure[i] = failure(r);
                if (failure[i] == null) {
                    changes[i] = store.replaceGraphWithin(r.graphName(), r.graph());
                    if (!changes[i].none()) {
                        changed = true;
                        // Marked inside the transaction, before its commit: a crash after the commit cannot leave a
                        // changed article unlisted (a crash before it leaves a needless mark, which the next link
                        // clears), nor the text index behind the store unmarked.
                        store.markLinkPending(r.file());
                        entities.addNamed(store.dataset().asDatasetGraph(), changes[i].added(), r.graph().getGraph());
                        if (index != null) {
                            // Read now, while the transaction sees the store just after this article: a name two
                            // articles of the batch add is new to the union only when the first one adds it.
                            touched.addAll(index.touched(store, changes[i]));
                        }
                    }
                }
                writeMs[i] = ms(System.nanoTime() - t1);
                writeCpu[i] = CPU.getCurrentThreadCpuTime() - c1;
            }
            if (changed && index != null) {
                index.beforeStoreCommit();
            }
            endOfWrites[0] = System.nanoTime();
            return changed;
        });
        long committed = System.nanoTime();
        if (index != null) {
            index.reindex(store, touched);
        }
        double commitShare = ms(committed - endOfWrites[0]) / batch.size();
        double indexShare = ms(System.nanoTime() - committed) / batch.size();
        long sharedCpu = (CPU.getCurrentThreadCpuTime() - c0 - sum(writeCpu)) / batch.size();
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Extracted e = batch.get(i);
            if (!e.result().ok()) {
                outcomes.add(new Outcome(e.result().file(), failure[i], 0, 0, e.ms(), 0, 0, 0));
            } else if (failure[i] != null) {
                outcomes.add(new Outcome(e.result().file(), failure[i], 0, 0, e.ms(), writeMs[i], 0, 0));
            } else {
                outcomes.add(new Outcome(e.result().file(), null, changes[i].removed().size(),
                        changes[i].added().size(), e.ms(), writeMs[i] + commitShare, indexShare,
                        ms(e.cpuNanos() + writeCpu[i] + sharedCpu)));
            }
        }
        return outcomes;
    }

    /** Why an extracted article is not stored, or null: a bad article, or the text of another stored article. */
    private String failure(ArticleProcessor.Result r) {
        if (!r.ok()) {
            return r.failure();
        }
        Map<String, String> same = store.articlesWithContentHash(r.facts().article().contentHash());
        same.remove(r.graphName());
        return same.isEmpty() ? null : "same text as " + same.values().iterator().next();
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long v : values) {
            total += v;
        }
        return total;
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
