package org.w3id.vnkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.w3id.vnkg.ingest.ArticleReader;
import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.store.KgStore;

/** Queries keep answering while a build writes, and each answer sees whole commits only (TDB2 MVCC). */
class ConcurrentQueriesTest {
    private static final int BATCH = 5;
    private static final String COUNT = "PREFIX kg: <https://w3id.org/vnkg/ontology#> "
            + "SELECT (COUNT(DISTINCT ?g) AS ?graphs) (COUNT(DISTINCT ?a) AS ?articles) { GRAPH ?g { ?a a kg:Article } }";

    @TempDir
    Path dir;

    @Test
    void readersSeeWholeCommitsWhileABuildWrites() throws Exception {
        int articles = 60;
        new SyntheticCorpus().writeGood(dir.resolve("corpus"), "q", articles);
        List<Path> files = ArticleReader.listCorpus(dir.resolve("corpus"));
        List<Integer> seen = new CopyOnWriteArrayList<>();
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        AtomicBoolean building = new AtomicBoolean(true);
        try (KgStore kg = KgStore.open(dir.resolve("store"))) {
            Thread reader = new Thread(() -> {
                while (building.get()) {
                    try {
                        QuerySolution row = kg.select(COUNT).get(0);
                        int graphs = row.getLiteral("graphs").getInt();
                        assertThat(row.getLiteral("articles").getInt()).isEqualTo(graphs);
                        seen.add(graphs);
                    } catch (Throwable t) {
                        errors.add(t);
                        return;
                    }
                }
            });
            reader.start();
            BuildReport report;
            try {
                report = new CorpusBuilder(new ArticlePipeline(), new FactMapper("test"), 1).withBatchSize(BATCH)
                        .build(files, kg, n -> { });
            } finally {
                building.set(false);
                reader.join();
            }
            assertThat(errors).isEmpty();
            assertThat(report.loaded()).isEqualTo(articles);
            assertThat(seen).hasSizeGreaterThan(10);
            // Never half a batch, never going back, and the reader saw the store grow while it was written.
            assertThat(seen).allSatisfy(n -> assertThat(n % BATCH).isZero()).isSorted();
            assertThat(seen.stream().distinct().count()).isGreaterThan(2);
        }
    }
}
