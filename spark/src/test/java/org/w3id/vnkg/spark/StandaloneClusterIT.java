package org.w3id.vnkg.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.vnkg.spark.KgComparison.assertSameGraphs;
import static org.w3id.vnkg.spark.KgComparison.jsonLines;
import static org.w3id.vnkg.spark.KgComparison.kgBuild;
import static org.w3id.vnkg.spark.KgComparison.kgLoadBulk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.google.gson.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.w3id.vnkg.ingest.ArticleReader;
import org.w3id.vnkg.store.KgStore;

/**
 * The job jar on a real Spark standalone cluster, submitted as a user submits it: a master and a worker in their
 * own JVMs, spark-submit with {@code --master spark://...} and the module's jar (target/vnkg-spark.jar), executors
 * that the worker starts and that load the job's classes from that jar only (the cluster's class path has Spark's
 * jars, not vnkg, Jena or CoreNLP). The output is checked as {@link ExtractJobTest} checks the local run's: loaded
 * with kg load --bulk, every named graph isomorphic to kg build's.
 * <p>
 * Small on purpose: one worker offering 2 cores and 2 GB, jobs of 1 executor core and 1 GB. Two cores, as in
 * cluster mode the worker runs the driver too, in a core of its own.
 */
class StandaloneClusterIT {
    private static final Path SAMPLE = Path.of("corpus/sample");
    private static final Duration JOB = Duration.ofMinutes(8);
    /** The JDK's StAX parser for Jena, not the one Hadoop brings (as the README's spark-submit line says). */
    private static final String STAX = "-Djavax.xml.stream.XMLInputFactory=com.sun.xml.internal.stream.XMLInputFactoryImpl";

    @TempDir
    static Path dir;
    private static StandaloneCluster cluster;
    private static Path jobJar;

    @BeforeAll
    static void startCluster() throws IOException, InterruptedException {
        jobJar = Path.of(System.getProperty("vnkg.spark.jar", "spark/target/vnkg-spark.jar")).toAbsolutePath();
        Path classPath = Path.of(System.getProperty("vnkg.spark.classpath", "spark/target/spark-only-classpath.txt"));
        Path jvmArgs = Path.of(System.getProperty("vnkg.spark.jvmArgs", "spark/jvm.args")).toAbsolutePath();
        assertThat(jobJar).as("the job jar (mvn package)").exists();
        List<Path> sparkJars = Arrays.stream(Files.readString(classPath).strip().split(":")).map(Path::of).toList();
        assertThat(sparkJars).as("the cluster's jars are Spark's, without the job's libraries")
                .anyMatch(p -> p.getFileName().toString().startsWith("spark-core_"))
                .noneMatch(p -> p.getFileName().toString().matches("(vnkg|jena-arq|stanford-corenlp)-.*"));
        cluster = StandaloneCluster.start(Files.createDirectories(dir.resolve("cluster")), sparkJars, jvmArgs, 2, "2g");
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    /** spark-submit's options for the job on this cluster, then the jar and the job's arguments. */
    private static List<String> submit(String deployMode, String... jobArgs) {
        List<String> args = new ArrayList<>(List.of("--deploy-mode", deployMode,
                "--class", "org.w3id.vnkg.spark.ExtractJob",
                "--executor-memory", "1g", "--total-executor-cores", "1",
                "--conf", "spark.ui.enabled=false",
                "--conf", "spark.executor.extraJavaOptions=" + STAX));
        if (deployMode.equals("cluster")) {
            args.addAll(List.of("--driver-memory", "768m", "--conf", "spark.driver.extraJavaOptions=" + STAX,
                    // spark-submit waits for the driver's end, as a user's script would.
                    "--conf", "spark.standalone.submit.waitAppCompletion=true"));
        } else {
            args.addAll(List.of("--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1"));
        }
        args.add(jobJar.toString());
        args.addAll(List.of(jobArgs));
        return args;
    }

    private static String failure(String what) {
        return what + "\nspark-submit:\n" + StandaloneCluster.tail(cluster.lastSubmitLog())
                + "\nworker folder: " + cluster.workDir();
    }

    @Test
    void clientModeOnTheSampleGivesTheGraphsKgBuildGives() throws IOException, InterruptedException {
        Path out = dir.resolve("client-out");

        int exit = cluster.submit(submit("client", "--input", SAMPLE.toAbsolutePath().toString(),
                "--output", out.toString()), "1g", JOB);

        assertThat(exit).as(failure("spark-submit's exit status")).isZero();
        assertThat(Files.readString(out.resolve("summary.json"))).contains("\"loaded\": 5", "\"status\": \"ok\"");
        assertThat(Files.readString(cluster.lastSubmitLog())).contains("articles: 5 read, 5 loaded");
        try (KgStore build = kgBuild(ArticleReader.listCorpus(SAMPLE));
             KgStore spark = kgLoadBulk(out, dir.resolve("client-store"))) {
            assertSameGraphs(spark, build);
        }
    }

    @Test
    void clusterModeOnJsonLinesReportsAnOversizedLineAndLoadsTheRest() throws IOException, InterruptedException {
        List<Path> sample = ArticleReader.listCorpus(SAMPLE);
        List<String> lines = new ArrayList<>();
        for (Path p : sample) {
            lines.add(line(p.getFileName().toString(), Files.readString(p)));
        }
        lines.add(2, line("huge.txt", "Tỉnh ủy Bắc Giang. ".repeat(150_000)));
        Path jsonl = dir.resolve("articles.jsonl");
        Files.write(jsonl, lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("cluster-out");

        int exit = cluster.submit(submit("cluster", "--input", jsonl.toString(), "--output", out.toString(),
                "--max-bytes", "1000000"), "256m", JOB);

        assertThat(Files.exists(out.resolve("summary.json"))).as(failure("the driver wrote its summary")).isTrue();
        assertThat(Files.readString(out.resolve("summary.json"))).contains("\"loaded\": 5", "\"failed\": 1");
        assertThat(jsonLines(out.resolve("failures"))).singleElement().asString()
                .contains("\"file\":\"articles.jsonl:3\"", "more than the limit of 1000000");
        // In standalone cluster mode spark-submit exits 0 however the driver ended; its log says how: the job's
        // status 3 (partial) makes a FAILED driver. summary.json is what to read.
        assertThat(exit).as(failure("spark-submit's exit status")).isZero();
        assertThat(Files.readString(cluster.lastSubmitLog())).containsPattern("State of driver \\S+ is FAILED");
        try (KgStore build = kgBuild(sample);
             KgStore spark = kgLoadBulk(out, dir.resolve("cluster-store"))) {
            assertSameGraphs(spark, build);
        }
    }

    private static String line(String file, String text) {
        JsonObject o = new JsonObject();
        o.addProperty("file", file);
        o.addProperty("text", text);
        return o.toString();
    }
}
