package org.w3id.vnkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.w3id.vnkg.pipeline.SyntheticCorpus;
import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.store.DiskUsage;
import org.w3id.vnkg.store.KgStore;
import org.w3id.vnkg.store.NewStoreFolder;

/**
 * {@code kill -9} of a real {@code kg build} process (target/vnkg.jar) in the middle of loading: the store opens
 * and holds exactly the articles whose commit was logged (plus at most the one commit in flight when the
 * process died), each whole; a rerun completes without duplicates.
 */
class KilledBuildIT {
    @TempDir
    Path dir;

    @Test
    void aKilledBuildKeepsWhatItCommittedAndARerunCompletesIt() throws Exception {
        Path corpus = dir.resolve("corpus");
        List<String> names = new SyntheticCorpus().writeGood(corpus, "k", 300);
        Path store = dir.resolve("store");
        Path log = dir.resolve("commits.log");
        Path jar = Path.of("target/vnkg.jar").toAbsolutePath();
        assertThat(jar).exists();
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", jar.toString(), "build", "--corpus", corpus.toString(), "--store", store.toString(),
                "--loader", "transactions", "--batch", "1", "--threads", "1", "--commit-log", log.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("build.out").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (committed(log).size() < 20) {
                assertThat(build.isAlive()).as("build ended before 20 commits: " + Files.readString(dir.resolve("build.out")))
                        .isTrue();
                assertThat(System.nanoTime()).as("no 20 commits in 120 s").isLessThan(deadline);
                Thread.sleep(20);
            }
        } finally {
            build.destroyForcibly();   // SIGKILL on Linux: no shutdown hooks, no finally blocks
            build.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(build.exitValue()).isEqualTo(137);
        List<String> logged = committed(log);
        assertThat(logged.size()).isLessThan(names.size());

        Map<String, Model> before = new HashMap<>();
        try (KgStore kg = KgStore.open(store)) {
            List<String> graphs = BuildCommandTest.articleGraphs(kg);
            List<String> expected = logged.stream().map(IriMinter::articleGraph).toList();
            assertThat(graphs).containsAll(expected);
            // At most the one commit whose line the process had no time to write.
            assertThat(graphs.size()).isBetween(expected.size(), expected.size() + 1);
            for (String g : graphs) {
                before.put(g, kg.graph(g));
            }
        }

        assertThat(Main.run("build", "--corpus", corpus.toString(), "--store", store.toString())).isZero();
        try (KgStore kg = KgStore.open(store)) {
            assertThat(BuildCommandTest.articleGraphs(kg)).hasSize(names.size()).doesNotHaveDuplicates();
            // Each graph kept by the killed build was whole: the same as the rerun's graph of that article.
            before.forEach((g, model) -> assertThat(model.isIsomorphicWith(kg.graph(g))).as(g).isTrue());
        }
    }

    @Test
    void aKilledBulkBuildLeavesNoStoreAndARerunBuildsIt() throws Exception {
        Path corpus = dir.resolve("corpus");
        List<String> names = new SyntheticCorpus().writeGood(corpus, "b", 300);
        Path store = dir.resolve("store");
        Path partial = NewStoreFolder.partial(store);
        Path out = dir.resolve("build.out");
        Path jar = Path.of("target/vnkg.jar").toAbsolutePath();
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", jar.toString(), "build", "--corpus", corpus.toString(), "--store", store.toString(),
                "--threads", "1")
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            // Killed once the loader has written articles into the store being built aside.
            while (!Files.exists(partial) || DiskUsage.of(partial) < 2_000_000) {
                assertThat(build.isAlive()).as("build ended early: " + Files.readString(out)).isTrue();
                assertThat(System.nanoTime()).as("no progress in 120 s").isLessThan(deadline);
                Thread.sleep(20);
            }
        } finally {
            build.destroyForcibly();
            build.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(build.exitValue()).isEqualTo(137);
        assertThat(store).as("a new store appears whole or not at all").doesNotExist();

        assertThat(Main.run("build", "--corpus", corpus.toString(), "--store", store.toString())).isZero();
        assertThat(partial).doesNotExist();
        try (KgStore kg = KgStore.open(store)) {
            assertThat(BuildCommandTest.articleGraphs(kg)).hasSize(names.size()).doesNotHaveDuplicates();
        }
    }

    private static List<String> committed(Path log) throws java.io.IOException {
        if (!Files.exists(log)) {
            return List.of();
        }
        List<String> files = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            if (!line.isBlank()) {
                files.addAll(List.of(line.split("\t")));
            }
        }
        return files;
    }
}
