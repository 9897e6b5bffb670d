package org.w3id.vnkg.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.vnkg.spark.KgComparison.assertSameGraphs;
import static org.w3id.vnkg.spark.KgComparison.graphNames;
import static org.w3id.vnkg.spark.KgComparison.jsonLines;
import static org.w3id.vnkg.spark.KgComparison.kgBuild;
import static org.w3id.vnkg.spark.KgComparison.kgLoadBulk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import com.google.gson.JsonObject;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.w3id.vnkg.ingest.ArticleReader;
import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.store.KgStore;

/**
 * The Spark job against kg build: on the sample corpus, with a local master, the store that kg load --bulk
 * makes from the job's output must hold the same named graphs as the store kg build makes, each isomorphic:
 * the articles, the ontology, and the reference and inferred graphs that both rebuild after the last article.
 */
class ExtractJobTest {
    private static final Path SAMPLE = Path.of("corpus/sample");

    @BeforeAll
    static void quietLocalSpark() {
        // No web UI (it would take port 4040) and the driver on the loopback interface only.
        System.setProperty("spark.ui.enabled", "false");
        System.setProperty("spark.driver.host", "127.0.0.1");
        System.setProperty("spark.driver.bindAddress", "127.0.0.1");
    }

    @Test
    void sparkOutputBulkLoadedEqualsTheStoreKgBuildMakes(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        int exit = ExtractJob.run("--input", SAMPLE.toString(), "--output", out.toString(), "--master", "local[2]");

        assertThat(exit).isZero();
        assertThat(Files.readString(out.resolve("summary.json"))).contains("\"loaded\": 5", "\"status\": \"ok\"");
        assertThat(jsonLines(out.resolve("failures"))).isEmpty();
        try (KgStore build = kgBuild(ArticleReader.listCorpus(SAMPLE));
             KgStore spark = kgLoadBulk(out, dir.resolve("store"))) {
            assertThat(graphNames(build)).contains(IriMinter.ontologyGraph()).hasSizeGreaterThanOrEqualTo(6);
            assertSameGraphs(spark, build);
        }
    }

    @Test
    void jsonLinesInputReportsBadLinesAndDuplicatesAsKgBuildDoes(@TempDir Path dir) throws IOException {
        String a = Files.readString(SAMPLE.resolve("001_33591164b049cd22.txt"));
        String b = Files.readString(SAMPLE.resolve("003_42e8c6facbdc909d.txt"));
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), a);
        Files.writeString(corpus.resolve("b.txt"), b);
        Files.writeString(corpus.resolve("c.txt"), a);
        Files.writeString(corpus.resolve("empty.txt"), "  \n");
        Path jsonl = dir.resolve("articles.jsonl");
        Files.write(jsonl, List.of(line("a.txt", a), line("b.txt", b), "", line("c.txt", a), line("empty.txt", "  \n"),
                "{\"file\": \"broken.txt\", \"text\": "), StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        int exit = ExtractJob.run("--input", jsonl.toString(), "--output", out.toString(), "--master", "local[2]");

        assertThat(exit).as("partial: some articles failed").isEqualTo(3);
        assertThat(jsonLines(out.resolve("failures"))).hasSize(2)
                .anyMatch(l -> l.contains("\"file\":\"empty.txt\"") && l.contains("no text"))
                .anyMatch(l -> l.contains("\"file\":\"articles.jsonl:6\"") && l.contains("malformed JSON"));
        assertThat(jsonLines(out.resolve("duplicates")))
                .containsExactly("{\"file\":\"c.txt\",\"sameTextAs\":\"a.txt\"}");
        try (KgStore build = kgBuild(ArticleReader.listCorpus(corpus));
             KgStore spark = kgLoadBulk(out, dir.resolve("store"))) {
            assertSameGraphs(spark, build);
        }
    }

    @Test
    void anExistingOutputFolderIsAUsageError(@TempDir Path dir) {
        assertThat(ExtractJob.run("--input", SAMPLE.toString(), "--output", dir.toString(), "--master", "local[1]"))
                .isEqualTo(2);
    }

    @Test
    void oversizedAndBinaryFilesAreFailuresWithTheirReasons(@TempDir Path dir) throws IOException {
        String a = Files.readString(SAMPLE.resolve("001_33591164b049cd22.txt"));
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), a);
        Files.writeString(corpus.resolve("huge.txt"), a.repeat(3_000_000 / a.length() + 1));
        byte[] binary = new byte[20_000];
        new Random(7).nextBytes(binary);
        Files.write(corpus.resolve("binary.txt"), binary);
        Path out = dir.resolve("out");

        int exit = ExtractJob.run("--input", corpus.toString(), "--output", out.toString(), "--master", "local[2]",
                "--max-bytes", "1000000");

        assertThat(exit).as("partial: the good article loaded, the others reported").isEqualTo(3);
        assertThat(jsonLines(out.resolve("failures"))).hasSize(2)
                .anyMatch(l -> l.contains("\"file\":\"huge.txt\"") && l.contains("more than the limit of 1000000"))
                .anyMatch(l -> l.contains("\"file\":\"binary.txt\"") && l.contains("binary content"));
        try (KgStore build = kgBuild(List.of(corpus.resolve("a.txt")));
             KgStore spark = kgLoadBulk(out, dir.resolve("store"))) {
            assertSameGraphs(spark, build);
        }
    }

    @Test
    void anOversizedJsonLineIsAFailureAndTheLinesAfterItKeepTheirNumbers(@TempDir Path dir) throws IOException {
        String a = Files.readString(SAMPLE.resolve("001_33591164b049cd22.txt"));
        String b = Files.readString(SAMPLE.resolve("003_42e8c6facbdc909d.txt"));
        Path jsonl = dir.resolve("articles.jsonl");
        // The long line is cut by the split boundaries of three partitions: each split reads the lines that
        // start in it, so the long line is read once, by the split it starts in.
        Files.write(jsonl, List.of(line("a.txt", a), line("huge.txt", a.repeat(3_000_000 / a.length() + 1)),
                line("b.txt", b), "{\"file\": 1}"), StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        int exit = ExtractJob.run("--input", jsonl.toString(), "--output", out.toString(), "--master", "local[2]",
                "--max-bytes", "1000000", "--partitions", "3");

        assertThat(exit).isEqualTo(3);
        assertThat(jsonLines(out.resolve("failures"))).hasSize(2)
                .anyMatch(l -> l.contains("\"file\":\"articles.jsonl:2\"") && l.contains("more than the limit of 1000000"))
                .anyMatch(l -> l.contains("\"file\":\"articles.jsonl:4\"") && l.contains("needs string fields"));
        assertThat(Files.readString(out.resolve("summary.json"))).contains("\"loaded\": 2", "\"failed\": 2");
    }

    @Test
    void duplicatesPastTheBroadcastLimitAreJoinedOnTheExecutors(@TempDir Path dir) throws IOException {
        String a = Files.readString(SAMPLE.resolve("001_33591164b049cd22.txt"));
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), a);
        Files.writeString(corpus.resolve("c.txt"), a);
        Path out = dir.resolve("out");
        ExtractionTotals totals;
        try (JavaSparkContext sc = new JavaSparkContext(new SparkConf().setAppName("test").setMaster("local[2]"))) {
            totals = new SparkExtraction(sc, 0).run(corpus.toString(), ArticleSource.Format.AUTO, out.toString(), 2,
                    ArticleReader.MAX_BYTES);
        }

        assertThat(totals.loaded()).isEqualTo(1);
        assertThat(totals.duplicates()).isEqualTo(1);
        assertThat(jsonLines(out.resolve("duplicates"))).containsExactly("{\"file\":\"c.txt\",\"sameTextAs\":\"a.txt\"}");
        assertThat(jsonLines(out.resolve("quads"))).anyMatch(q -> q.endsWith("<" + IriMinter.articleGraph("a.txt") + "> ."))
                .noneMatch(q -> q.endsWith("<" + IriMinter.articleGraph("c.txt") + "> ."));
    }

    @Test
    void theDefaultPartitionsGrowWithTheInputSoATaskHoldsAboutTheSame(@TempDir Path dir) throws IOException {
        Path small = dir.resolve("small.jsonl");
        Files.write(small, new byte[5 << 20]);
        Path large = dir.resolve("large.jsonl");
        Files.write(large, new byte[(int) (ExtractJob.BYTES_PER_PARTITION * 20 + 1)]);
        try (JavaSparkContext sc = new JavaSparkContext(new SparkConf().setAppName("test").setMaster("local[2]"))) {
            // A small input: several partitions per core; a large one: one per BYTES_PER_PARTITION.
            assertThat(ExtractJob.defaultPartitions(sc, small.toString())).isEqualTo(8);
            assertThat(ExtractJob.defaultPartitions(sc, large.toString())).isEqualTo(21);
            assertThat(ExtractJob.defaultPartitions(sc, dir.toString())).isEqualTo(22);
        }
    }

    @Test
    void aLimitOutsideOneByteToOneGigabyteIsAUsageError(@TempDir Path dir) {
        assertThat(ExtractJob.run("--input", SAMPLE.toString(), "--output", dir.resolve("out").toString(),
                "--max-bytes", "0")).isEqualTo(2);
    }

    private static String line(String file, String text) {
        JsonObject o = new JsonObject();
        o.addProperty("file", file);
        o.addProperty("text", text);
        return o.toString();
    }
}
