package org.w3id.vnkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.w3id.vnkg.pipeline.SyntheticCorpus;
import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.store.KgStore;
import org.w3id.vnkg.store.NewStoreFolder;

/** {@code kg build} end to end, in process: the real read, extract, map, SHACL and TDB2 load path. */
class BuildCommandTest {
    @TempDir
    Path dir;

    private final SyntheticCorpus corpus = new SyntheticCorpus();

    @Test
    void loads950GoodArticlesOfAThousandAndNamesEachBadOneWithItsReason() throws Exception {
        Path articles = dir.resolve("corpus");
        List<String> good = corpus.writeGood(articles, "bai", 950);
        List<SyntheticCorpus.Bad> bad = corpus.writeBad(articles, 50);
        Path store = dir.resolve("store");
        Path reportFile = dir.resolve("report.json");

        Run run = run("build", "--corpus", articles.toString(), "--store", store.toString(), "--report",
                reportFile.toString(), "--threads", "2");

        assertThat(run.exit).as(run.out).isEqualTo(3);
        assertThat(run.out).contains("articles: 1000 read, 950 loaded, 0 duplicates, 50 failed")
                .contains("status:   partial");
        JsonObject report = JsonParser.parseString(Files.readString(reportFile)).getAsJsonObject();
        assertThat(report.get("status").getAsString()).isEqualTo("partial");
        assertThat(report.get("loaded").getAsInt()).isEqualTo(950);
        Map<String, String> reasons = new java.util.HashMap<>();
        for (JsonElement f : report.getAsJsonArray("failures")) {
            reasons.put(f.getAsJsonObject().get("file").getAsString(), f.getAsJsonObject().get("reason").getAsString());
        }
        assertThat(reasons).hasSize(50);
        for (SyntheticCorpus.Bad b : bad) {
            assertThat(reasons.get(b.file())).as(b.file()).contains(b.reason());
            assertThat(run.out).contains("FAILED " + b.file() + ": ").doesNotContain(b.file() + ": " + b.file());
        }
        try (KgStore kg = KgStore.open(store)) {
            assertThat(articleGraphs(kg)).containsExactlyInAnyOrderElementsOf(
                    good.stream().map(IriMinter::articleGraph).toList());
        }
    }

    @Test
    void reportsTheSecondsOfEachPhaseInTheOrderTheBuildWentThroughThem() throws Exception {
        Path articles = dir.resolve("corpus");
        corpus.writeGood(articles, "p", 3);
        Path store = dir.resolve("store");

        Run bulk = run("build", "--corpus", articles.toString(), "--store", store.toString());
        assertThat(bulk.exit).as(bulk.out).isZero();
        // A new store is linked while it is filled: the corpus-wide linking joins the load before it finishes.
        assertThat(phases(store.resolve("build-report.json")))
                .containsExactly("extract+load", "link", "load finish", "entities", "text index", "publish");
        assertThat(bulk.out).containsPattern("phases:   extract\\+load [0-9.]+ s \\(cpu [0-9.]+ s\\), link");

        // Adding to a store that holds data goes by transactions, and compacts what they left behind.
        Path more = dir.resolve("more");
        corpus.writeGood(more, "q", 2);
        Run added = run("build", "--corpus", more.toString(), "--store", store.toString());
        assertThat(added.exit).as(added.out).isZero();
        assertThat(phases(store.resolve("build-report.json")))
                .containsExactly("extract+load", "load finish", "link", "text index", "compact", "publish");
    }

    private static List<String> phases(Path reportFile) throws Exception {
        JsonObject report = JsonParser.parseString(Files.readString(reportFile)).getAsJsonObject();
        JsonObject wall = report.getAsJsonObject("phaseSeconds");
        JsonObject cpu = report.getAsJsonObject("phaseCpuSeconds");
        assertThat(cpu.keySet()).containsExactlyElementsOf(wall.keySet());
        for (String phase : wall.keySet()) {
            assertThat(wall.get(phase).getAsDouble()).as(phase).isNotNegative();
        }
        return new ArrayList<>(wall.keySet());
    }

    @Test
    void loadsOneArticleUnderTwoNamesOnceWithinABuildAndAcrossBuilds() throws Exception {
        Path first = dir.resolve("first");
        corpus.writeGood(first, "a", 3);
        Files.copy(first.resolve("a-0001.txt"), first.resolve("copy-of-a-0001.txt"));
        Path store = dir.resolve("store");

        Run one = run("build", "--corpus", first.toString(), "--store", store.toString());
        assertThat(one.exit).as(one.out).isZero();
        assertThat(one.out).contains("articles: 4 read, 3 loaded, 1 duplicates, 0 failed")
                .contains("duplicate: copy-of-a-0001.txt (same text as a-0001.txt)");

        // A later build gets the same text under yet another name, and the first files again.
        Path second = dir.resolve("second");
        Files.createDirectories(second);
        Files.copy(first.resolve("a-0002.txt"), second.resolve("renamed.txt"));
        Files.copy(first.resolve("a-0000.txt"), second.resolve("a-0000.txt"));
        Run two = run("build", "--corpus", second.toString(), "--store", store.toString());
        assertThat(two.exit).as(two.out).isZero();
        assertThat(two.out).contains("1 loaded, 1 duplicates").contains("duplicate: renamed.txt (same text as a-0002.txt)");

        try (KgStore kg = KgStore.open(store)) {
            assertThat(articleGraphs(kg)).containsExactlyInAnyOrder(IriMinter.articleGraph("a-0000.txt"),
                    IriMinter.articleGraph("a-0001.txt"), IriMinter.articleGraph("a-0002.txt"));
        }
    }

    @Test
    void rebuildingReplacesGraphsWithoutDuplicatingTriples() throws Exception {
        Path articles = dir.resolve("corpus");
        corpus.writeGood(articles, "r", 12);
        Path store = dir.resolve("store");
        assertThat(run("build", "--corpus", articles.toString(), "--store", store.toString()).exit).isZero();
        long size;
        try (KgStore kg = KgStore.open(store)) {
            size = kg.size();
        }
        Run again = run("build", "--corpus", articles.toString(), "--store", store.toString(), "--batch", "5");
        assertThat(again.exit).isZero();
        assertThat(again.out).contains("12 loaded, 0 duplicates");
        try (KgStore kg = KgStore.open(store)) {
            assertThat(kg.size()).isEqualTo(size);
        }
    }

    @Test
    void reportsWhatEachCommitHeld() throws Exception {
        Path articles = dir.resolve("corpus");
        List<String> names = corpus.writeGood(articles, "c", 7);
        Path log = dir.resolve("commits.log");
        Path reportFile = dir.resolve("report.json");
        Run run = run("build", "--corpus", articles.toString(), "--store", dir.resolve("store").toString(),
                "--loader", "transactions", "--batch", "3", "--threads", "1", "--commit-log", log.toString(),
                "--report", reportFile.toString());
        assertThat(run.exit).isZero();
        List<List<String>> commits = Files.readAllLines(log).stream().map(l -> List.of(l.split("\t"))).toList();
        assertThat(commits).containsExactly(names.subList(0, 3), names.subList(3, 6), names.subList(6, 7));
        JsonObject report = JsonParser.parseString(Files.readString(reportFile)).getAsJsonObject();
        assertThat(report.getAsJsonArray("commits").size()).isEqualTo(3);
    }

    @Test
    void aNewStoreIsBulkLoadedInOneCommitAndHoldsWhatTransactionsWouldHold() throws Exception {
        Path articles = dir.resolve("corpus");
        List<String> names = corpus.writeGood(articles, "b", 7);
        Path log = dir.resolve("commits.log");
        Path bulk = dir.resolve("bulk");
        assertThat(run("build", "--corpus", articles.toString(), "--store", bulk.toString(), "--batch", "3",
                "--commit-log", log.toString()).exit).isZero();
        // The parallel loader makes it all durable at the end: one commit, every file.
        List<String> lines = Files.readAllLines(log);
        assertThat(lines).hasSize(1);
        assertThat(List.of(lines.get(0).split("\t"))).containsExactlyInAnyOrderElementsOf(names);
        assertThat(NewStoreFolder.partial(bulk)).doesNotExist();

        Path transactions = dir.resolve("transactions");
        assertThat(run("build", "--corpus", articles.toString(), "--store", transactions.toString(),
                "--loader", "transactions").exit).isZero();
        try (KgStore a = KgStore.open(bulk); KgStore b = KgStore.open(transactions)) {
            assertThat(articleGraphs(a)).hasSize(7).containsExactlyInAnyOrderElementsOf(articleGraphs(b));
            assertThat(a.size()).isEqualTo(b.size());
            for (String g : articleGraphs(a)) {
                assertThat(a.graph(g).isIsomorphicWith(b.graph(g))).as(g).isTrue();
            }
        }
        // The bulk loader takes a new store only; the store kept above is not touched.
        Run refused = run("build", "--corpus", articles.toString(), "--store", bulk.toString(), "--loader", "bulk");
        assertThat(refused.exit).isNotZero();
        assertThat(refused.err).contains("--loader bulk builds a new store").contains(bulk.toString());
    }

    static List<String> articleGraphs(KgStore kg) {
        String prefix = IriMinter.articleGraph("x").substring(0, IriMinter.articleGraph("x").length() - 1);
        return kg.graphNames().stream().filter(n -> n.startsWith(prefix)).collect(Collectors.toList());
    }

    private record Run(int exit, String out, String err) {
    }

    private static synchronized Run run(String... args) {
        PrintStream saved = System.out;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ByteArrayOutputStream errBuf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errBuf, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.run(args);
            return new Run(exit, buf.toString(StandardCharsets.UTF_8), errBuf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(saved);
            System.setErr(savedErr);
        }
    }
}
