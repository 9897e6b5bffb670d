package org.w3id.vnkg.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;

import scala.Tuple2;

import org.w3id.vnkg.pipeline.ArticleProcessor;
import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.rdf.OntologyFiles;

/**
 * The job's stages: read, the per-article pass of kg build on the executors, the same-text check across
 * the corpus, and the writing of the output folder.
 * <pre>
 *   OUT/quads/part-*        N-Quads: one named graph per article (IriMinter.articleGraph) and the ontology
 *   OUT/failures/part-*     JSON lines {"file": ..., "reason": ...}, as kg build's report lists them
 *   OUT/duplicates/part-*   JSON lines {"file": ..., "sameTextAs": ...}: same text as a loaded article
 *   OUT/summary.json        the totals, as kg build's report
 * </pre>
 * The per-article pass runs once: its results are kept (memory, then disk) for the writes that follow. The
 * only shuffle is of small keys, to find the same text under two names. Nothing that grows with the corpus is
 * collected on the driver: it gets counts, and the duplicates only up to {@link #BROADCAST_DUPLICATES}; the
 * N-Quads and the reports are written by the executors. (The driver does list the input files, as any Spark
 * file source does: for millions of articles, give it a few large JSON-lines files rather than a folder of
 * millions.)
 */
final class SparkExtraction {
    /**
     * Up to this many duplicates go to the executors as a broadcast map (some 300 bytes each on the driver:
     * 30 MB at most); more, and they are joined with the results on the executors instead, which moves every
     * article's N-Quads across the network once but keeps the driver's memory flat.
     */
    static final int BROADCAST_DUPLICATES = 100_000;

    private final JavaSparkContext sc;
    private final int broadcastLimit;

    SparkExtraction(JavaSparkContext sc) {
        this(sc, BROADCAST_DUPLICATES);
    }

    SparkExtraction(JavaSparkContext sc, int broadcastLimit) {
        this.sc = sc;
        this.broadcastLimit = broadcastLimit;
    }

    ExtractionTotals run(String input, ArticleSource.Format format, String output, int partitions, long maxBytes) {
        long start = System.nanoTime();
        FileSystem fs = fileSystem(output);
        try {
            if (fs.exists(new Path(output))) {
                throw new IllegalArgumentException("output folder exists: " + output + " (the job writes a new one)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check " + output, e);
        }
        JavaRDD<ArticleOutcome> outcomes = ArticleSource.read(sc, input, format, partitions, maxBytes)
                .map(SparkExtraction::process)
                // On disk only: the outcomes carry each article's N-Quads (~25 times its text), and kept in memory
                // (even serialised) they ran a 4 GB local[2] job out of heap after ~9,000 of 100k articles.
                .persist(StorageLevel.DISK_ONLY());
        // The same text under two file names is loaded once, as in kg build. Only the small keys (hash,
        // input order, name) are shuffled to find them.
        JavaPairRDD<String, String> duplicates = outcomes.filter(ArticleOutcome::ok)
                .mapToPair(o -> new Tuple2<>(o.contentHash(), new Tuple2<>(o.order(), o.file())))
                .groupByKey()
                .flatMapToPair(g -> duplicatesIn(g._2()).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<ArticleOutcome> decided = markDuplicates(outcomes.filter(ArticleOutcome::ok), duplicates);

        JavaRDD<String> ontology = sc.parallelize(
                List.of(NQuads.of(IriMinter.ontologyGraph(), OntologyFiles.ontology())), 1);
        decided.filter(ArticleOutcome::loaded).map(ArticleOutcome::nquads).union(ontology)
                .saveAsTextFile(output + "/quads");
        // Each report is one file, written by one task; the reports are filtered where the results are, and only
        // their lines are moved to that task (coalesce without a shuffle would read every result in one task).
        outcomes.filter(o -> !o.ok()).map(o -> json("file", o.file(), "reason", o.failure()))
                .repartition(1).saveAsTextFile(output + "/failures");
        decided.filter(o -> o.duplicateOf() != null).map(o -> json("file", o.file(), "sameTextAs", o.duplicateOf()))
                .repartition(1).saveAsTextFile(output + "/duplicates");

        // The driver receives the totals of each partition, nothing per article.
        ExtractionTotals totals = decided.union(outcomes.filter(o -> !o.ok()))
                .map(ExtractionTotals::of).fold(ExtractionTotals.ZERO, ExtractionTotals::plus);
        writeSummary(fs, output + "/summary.json", totals.toJson((System.nanoTime() - start) / 1e9));
        outcomes.unpersist();
        duplicates.unpersist();
        return totals;
    }

    /**
     * The results with their duplicates marked. Few duplicates (any real corpus) go back to the executors as a
     * broadcast map, so the N-Quads text never crosses the network; past the limit, a join on input order.
     */
    private JavaRDD<ArticleOutcome> markDuplicates(JavaRDD<ArticleOutcome> ok, JavaPairRDD<String, String> duplicates) {
        if (duplicates.count() > broadcastLimit) {
            return ok.mapToPair(o -> new Tuple2<>(o.order(), o)).leftOuterJoin(duplicates).values()
                    .map(t -> t._2().isPresent() ? t._1().withDuplicateOf(t._2().get()) : t._1());
        }
        Broadcast<Map<String, String>> duplicateOf = sc.broadcast(new HashMap<>(duplicates.collectAsMap()));
        return ok.map(o -> {
            String original = duplicateOf.value().get(o.order());
            return original == null ? o : o.withDuplicateOf(original);
        });
    }

    /** One article through kg build's per-article path, on an executor. */
    static ArticleOutcome process(InputArticle in) {
        if (in.problem() != null) {
            return new ArticleOutcome(in.order(), in.file(), null, null, in.problem(), 0, 0, 0, 0, null);
        }
        ArticleProcessor.Result r = ExecutorProcessor.get().process(in.file(), in.bytes());
        if (!r.ok()) {
            return new ArticleOutcome(in.order(), r.file(), null, null, r.failure(), 0, 0, 0, 0, null);
        }
        return new ArticleOutcome(in.order(), r.file(), r.facts().article().contentHash(),
                NQuads.of(r.graphName(), r.graph()), null, r.graph().size(), r.facts().posts().size(),
                r.facts().meetings().size(), r.facts().figures().size(), null);
    }

    /**
     * Of the articles with one text, given as (input order, file name), the first in input order stays;
     * returns the others as (input order, the file name that stays).
     */
    static List<Tuple2<String, String>> duplicatesIn(Iterable<Tuple2<String, String>> sameText) {
        List<Tuple2<String, String>> all = new ArrayList<>();
        sameText.forEach(all::add);
        all.sort(Comparator.comparing(Tuple2::_1));
        List<Tuple2<String, String>> out = new ArrayList<>();
        for (int i = 1; i < all.size(); i++) {
            out.add(new Tuple2<>(all.get(i)._1(), all.get(0)._2()));
        }
        return out;
    }

    private static String json(String k1, String v1, String k2, String v2) {
        JsonObject o = new JsonObject();
        o.addProperty(k1, v1);
        o.addProperty(k2, v2);
        return o.toString();
    }

    private FileSystem fileSystem(String output) {
        try {
            return new Path(output).getFileSystem(sc.hadoopConfiguration());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + output, e);
        }
    }

    private static void writeSummary(FileSystem fs, String file, String json) {
        try (OutputStream out = fs.create(new Path(file), false)) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
