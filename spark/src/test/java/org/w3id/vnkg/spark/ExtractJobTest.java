package org.w3id.vnkg.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.google.gson.JsonObject;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.w3id.vnkg.cli.Main;
import org.w3id.vnkg.ingest.ArticleReader;
import org.w3id.vnkg.pipeline.ArticlePipeline;
import org.w3id.vnkg.pipeline.CorpusBuilder;
import org.w3id.vnkg.rdf.FactMapper;
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

    private static KgStore kgBuild(List<Path> files) {
        KgStore store = KgStore.inMemory();
        new CorpusBuilder(new ArticlePipeline(), new FactMapper(Main.version()), 2).build(files, store, n -> { });
        return store;
    }

    /** {@code kg load --bulk --store STORE OUT/quads}, as a user runs it after the job; then opens the store. */
    private static KgStore kgLoadBulk(Path out, Path store) {
        assertThat(Main.run("load", "--bulk", "--store", store.toString(), out.resolve("quads").toString())).isZero();
        return KgStore.open(store);
    }

    private static Set<String> graphNames(KgStore store) {
        Dataset ds = store.dataset();
        return Txn.calculateRead(ds, () -> {
            Set<String> names = new TreeSet<>();
            ds.listNames().forEachRemaining(names::add);
            return names;
        });
    }

    private static Model graph(KgStore store, String name) {
        return Txn.calculateRead(store.dataset(),
                () -> ModelFactory.createDefaultModel().add(store.dataset().getNamedModel(name)));
    }

    private static void assertSameGraphs(KgStore spark, KgStore build) {
        Set<String> names = graphNames(build);
        assertThat(graphNames(spark)).containsExactlyElementsOf(names);
        for (String name : names) {
            Model expected = graph(build, name);
            assertThat(graph(spark, name).isIsomorphicWith(expected))
                    .as("graph %s (%d triples in kg build) is isomorphic", name, expected.size()).isTrue();
        }
    }

    private static List<String> jsonLines(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        return lines;
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

    private static String line(String file, String text) {
        JsonObject o = new JsonObject();
        o.addProperty("file", file);
        o.addProperty("text", text);
        return o.toString();
    }
}
