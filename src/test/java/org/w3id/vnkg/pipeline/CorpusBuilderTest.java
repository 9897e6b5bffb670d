package org.w3id.vnkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.w3id.vnkg.ingest.ArticleReader;
import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.store.KgStore;

class CorpusBuilderTest {
    private static CorpusBuilder builder;

    @BeforeAll
    static void builder() {
        builder = new CorpusBuilder(new ArticlePipeline(), new FactMapper("test"), 2);
    }

    @Test
    void rebuildingTheSameCorpusLeavesTheStoreUnchanged() throws IOException {
        List<Path> sample = ArticleReader.listCorpus(Path.of("corpus/sample"));
        try (KgStore store = KgStore.inMemory()) {
            BuildReport first = builder.build(sample, store, n -> { });
            long size = store.size();
            BuildReport second = builder.build(sample, store, n -> { });
            assertThat(first.loaded()).isEqualTo(5);
            assertThat(second.loaded()).isEqualTo(5);
            assertThat(first.exitCode()).isZero();
            assertThat(store.size()).isEqualTo(size).isGreaterThan(first.triples());
        }
    }

    @Test
    void aBadArticleIsReportedWithItsReasonAndTheRestLoad(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("corpus/sample/001_33591164b049cd22.txt"), dir.resolve("good.txt"));
        Files.writeString(dir.resolve("empty.txt"), "   \n");
        Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 0, 0, 0, 5, 0, 0, 0});
        try (KgStore store = KgStore.inMemory()) {
            BuildReport report = builder.build(ArticleReader.listCorpus(dir), store, n -> { });
            assertThat(report.loaded()).isEqualTo(1);
            assertThat(report.failures()).extracting(BuildReport.Failure::file)
                    .containsExactlyInAnyOrder("empty.txt", "binary.txt");
            assertThat(report.failures()).allMatch(f -> !f.reason().isBlank());
            assertThat(report.exitCode()).isEqualTo(3);
            assertThat(report.summary()).contains("FAILED empty.txt", "status:   partial");
            assertThat(report.toJson()).contains("\"status\": \"partial\"", "binary.txt");
        }
    }

    @Test
    void theSameArticleUnderTwoNamesIsLoadedOnce(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("corpus/sample/001_33591164b049cd22.txt"), dir.resolve("a.txt"));
        Files.copy(Path.of("corpus/sample/001_33591164b049cd22.txt"), dir.resolve("b.txt"));
        try (KgStore store = KgStore.inMemory()) {
            BuildReport report = builder.build(ArticleReader.listCorpus(dir), store, n -> { });
            assertThat(report.loaded()).isEqualTo(1);
            assertThat(report.duplicates()).hasSize(1);
            assertThat(report.exitCode()).isZero();
        }
    }

    @Test
    void twoTextsUnderOneFileNameInTwoFoldersAreNotMergedIntoOneGraph(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("site-a"));
        Files.createDirectories(dir.resolve("site-b"));
        Files.copy(Path.of("corpus/sample/001_33591164b049cd22.txt"), dir.resolve("site-a/index.txt"));
        Files.copy(Path.of("corpus/sample/003_42e8c6facbdc909d.txt"), dir.resolve("site-b/index.txt"));
        try (KgStore store = KgStore.inMemory()) {
            BuildReport report = builder.build(ArticleReader.listCorpus(dir), store, n -> { });
            assertThat(report.loaded()).isEqualTo(1);
            assertThat(report.failures()).singleElement().satisfies(f -> {
                assertThat(f.file()).isEqualTo("index.txt");
                assertThat(f.reason()).contains("same file name", "site-a", "site-b");
            });
            assertThat(report.exitCode()).isEqualTo(3);
        }
    }

    @Test
    void aNewStoreLinkedWhileItIsFilledHoldsWhatAStoreLinkedAfterwardsHolds(@TempDir Path dir) throws IOException {
        List<Path> sample = ArticleReader.listCorpus(Path.of("corpus/sample"));
        try (KgStore bulk = KgStore.open(dir.resolve("bulk")); KgStore linkedAfter = KgStore.inMemory()) {
            BuildReport report = builder.withLoading(CorpusBuilder.Loading.BULK).build(sample, bulk, n -> { });
            builder.build(sample, linkedAfter, n -> { });   // write transactions, linked from the store
            assertThat(report.loaded()).isEqualTo(5);
            assertThat(report.phases()).containsKeys("extract+load", "link", "load finish");
            for (String g : List.of(IriMinter.inferredGraph(), IriMinter.referenceGraph())) {
                assertThat(bulk.graph(g).size()).isEqualTo(linkedAfter.graph(g).size()).isGreaterThan(100);
                assertThat(bulk.graph(g).isIsomorphicWith(linkedAfter.graph(g))).as(g).isTrue();
            }
            assertThat(bulk.size()).isEqualTo(linkedAfter.size());
        }
    }

    @Test
    void aNewStoreHoldsTheFiguresOfItsArticlesConsolidated(@TempDir Path dir) throws IOException {
        Path sample = Path.of("corpus/sample/001_33591164b049cd22.txt");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(sample, corpus.resolve("a.txt"));
        // another article (an official renamed) that repeats its GRDP growth
        Files.writeString(corpus.resolve("b.txt"),
                Files.readString(sample).replace("Lê Thị Thu Hồng", "Lê Thị Thu Hà"));
        try (KgStore store = KgStore.open(dir.resolve("store"))) {
            builder.withLoading(CorpusBuilder.Loading.BULK).build(ArticleReader.listCorpus(corpus), store, n -> { });
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            store.query("PREFIX kg: <https://w3id.org/vnkg/ontology#> PREFIX qb: <http://purl.org/linked-data/cube#>"
                    + " SELECT ?value ?reports { GRAPH <" + IriMinter.inferredGraph() + "> {"
                    + " ?f qb:dataSet kg:consolidatedFigures ; kg:value ?value ; kg:reportCount ?reports } }",
                    org.apache.jena.riot.resultset.ResultSetLang.RS_CSV, out);
            assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().skip(1))
                    .containsExactly("14.14,2");
        }
    }

    @Test
    void progressIsReportedForEveryArticle() throws IOException {
        List<Path> sample = ArticleReader.listCorpus(Path.of("corpus/sample"));
        List<Integer> seen = new ArrayList<>();
        try (KgStore store = KgStore.inMemory()) {
            builder.build(sample, store, seen::add);
        }
        assertThat(seen).containsExactly(1, 2, 3, 4, 5);
    }
}
