package org.w3id.vnkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.w3id.vnkg.bench.BenchReport;
import org.w3id.vnkg.bench.BenchRun;
import org.w3id.vnkg.bench.HugeMethods;

/**
 * {@code kg bench all}: the whole comparison in one run (generate, extraction, kg build vs tdb2.tdbloader,
 * compaction, re-ingest, queries over HTTP, heap), written as BENCHMARKS.md. {@code bench/run.sh} calls it.
 */
@Command(name = "all", description = "Run every benchmark against its reference in one run and write BENCHMARKS.md.")
final class BenchAllCommand implements Callable<Integer> {
    @Option(names = "--articles", description = "Generated articles in the big store (default ${DEFAULT-VALUE}).")
    int articles = 1000;

    @Option(names = "--seed", description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder, emptied first (default ${DEFAULT-VALUE}).")
    Path work = Path.of("target/bench");

    @Option(names = "--extract-articles", description = "Articles in the extraction passes (default ${DEFAULT-VALUE}).")
    int extractArticles = 200;

    @Option(names = "--runs", description = "Repetitions of each timed pass (default ${DEFAULT-VALUE}).")
    int runs = 3;

    @Option(names = "--reingest", description = "Single articles re-ingested into the big store (default ${DEFAULT-VALUE}).")
    int reingest = 30;

    @Option(names = "--load-seconds", description = "Seconds of HTTP load per query kind (default ${DEFAULT-VALUE}).")
    int loadSeconds = 5;

    @Option(names = "--warm-up-seconds", description = "Seconds of interleaved load on the server before any query is "
            + "timed (default ${DEFAULT-VALUE}).")
    int warmUpSeconds = 60;

    @Option(names = "--clients", description = "Concurrent HTTP clients (default ${DEFAULT-VALUE}).")
    int clients = 2;

    @Option(names = "--build-heap", description = "-Xmx of the kg build, tdbloader and kg serve processes (default ${DEFAULT-VALUE}).")
    String buildHeap = "2g";

    @Option(names = "--jar", paramLabel = "JAR", description = "The kg jar the child processes run (default: this one).")
    Path jar;

    @Option(names = "--jena-cmds", paramLabel = "JAR", description = "jena-cmds jar with tdb2.tdbloader (bench/run.sh fetches it).")
    Path jenaCmds;

    @Option(names = "--queries", paramLabel = "DIR", description = "The query library to time (default ${DEFAULT-VALUE}).")
    Path queries = Path.of("queries");

    @Option(names = "--notes", paramLabel = "FILE",
            description = "Hand-written findings appended to the report (default ${DEFAULT-VALUE}, if present).")
    Path notes = Path.of("bench/FINDINGS.md");

    @Option(names = "--report", paramLabel = "FILE", description = "Where to write the report (default ${DEFAULT-VALUE}).")
    Path reportFile = Path.of("BENCHMARKS.md");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || extractArticles < 1 || runs < 1 || clients < 1 || loadSeconds < 1) {
            throw new IllegalArgumentException("counts must be at least 1");
        }
        if (warmUpSeconds < 0) {
            throw new IllegalArgumentException("--warm-up-seconds must not be negative");
        }
        Path kgJar = jar != null ? jar : ownJar();
        PrintWriter err = spec.commandLine().getErr();
        String invocation = "kg bench all --articles " + articles + " --seed " + seed + " --extract-articles "
                + extractArticles + " --runs " + runs + " --reingest " + reingest + " --load-seconds " + loadSeconds
                + " --warm-up-seconds " + warmUpSeconds + " --clients " + clients + " --build-heap " + buildHeap;
        BenchReport report = new BenchReport(invocation, machine());
        BenchRun.Config cfg = new BenchRun.Config(articles, seed, work, extractArticles, runs, reingest,
                Duration.ofSeconds(loadSeconds), Duration.ofSeconds(warmUpSeconds), clients, kgJar, jenaCmds, queries,
                buildHeap);
        long t = System.nanoTime();
        new BenchRun(cfg, report, msg -> {
            err.printf("[%4.0f s] %s%n", (System.nanoTime() - t) / 1e9, msg);
            err.flush();
        }).run();
        String md = report.markdown();
        if (notes != null && Files.isRegularFile(notes)) {
            md += "\n" + Files.readString(notes, StandardCharsets.UTF_8);
        }
        Files.writeString(reportFile, md, StandardCharsets.UTF_8);
        err.printf("report written to %s (%.0f s in all)%n", reportFile, (System.nanoTime() - t) / 1e9);
        return BenchQueriesCommand.failures(report, err);
    }

    private static Path ownJar() {
        try {
            Path p = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (p.toString().endsWith(".jar")) {
                return p;
            }
        } catch (Exception e) {
            // fall through to the build's jar
        }
        Path built = Path.of("target/vnkg.jar");
        if (!Files.isRegularFile(built)) {
            throw new IllegalArgumentException("no kg jar to run builds with: pass --jar or run ./kg once");
        }
        return built;
    }

    private static Map<String, String> machine() throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        m.put("CPU", firstMatch(Path.of("/proc/cpuinfo"), "model name"));
        m.put("memory", firstMatch(Path.of("/proc/meminfo"), "MemTotal"));
        m.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        m.put("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + HugeMethods.compiled().map(c -> c ? ", huge methods compiled (" + HugeMethods.FLAG + ")"
                        : ", huge methods interpreted (HotSpot's default)").orElse(""));
        m.put("Apache Jena", mavenVersion("org.apache.jena", "jena-core"));
        // The shaded jar keeps no Maven metadata of CoreNLP: bench/run.sh passes the version from pom.xml.
        m.put("Stanford CoreNLP", System.getProperty("vnkg.corenlp.version", "see pom.xml"));
        m.put("kg", Main.version());
        return m;
    }

    private static String firstMatch(Path file, String key) throws IOException {
        if (!Files.isReadable(file)) {
            return "unknown";
        }
        return Files.readAllLines(file).stream().filter(l -> l.startsWith(key))
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
    }

    private static String mavenVersion(String group, String artifact) throws IOException {
        String path = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Main.class.getResourceAsStream(path)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        }
    }
}
