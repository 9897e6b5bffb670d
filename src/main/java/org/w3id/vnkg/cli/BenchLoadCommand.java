package org.w3id.vnkg.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.w3id.vnkg.bench.QueryBench;
import org.w3id.vnkg.bench.QueryLoad;
import org.w3id.vnkg.serve.KgServer;

/**
 * {@code kg bench load --store DIR [--clients 4] [--seconds 60] [--report FILE]}: serves the store on a free
 * loopback port and drives concurrent HTTP clients with the query library for a fixed time; reports
 * throughput, p50/p99 latency and errors, and writes them as a Markdown report.
 */
@Command(name = "load", description = "Load test: N concurrent HTTP query clients against the store's server.")
final class BenchLoadCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--clients", description = "Concurrent clients (default ${DEFAULT-VALUE}).")
    int clients = 4;

    @Option(names = "--seconds", description = "Length of the run (default ${DEFAULT-VALUE}).")
    int seconds = 60;

    @Option(names = "--queries", paramLabel = "DIR", description = "Folder of .rq files to send (default queries/).")
    Path queries = Path.of("queries");

    @Option(names = "--report", paramLabel = "FILE", description = "Markdown report (default ${DEFAULT-VALUE}).")
    Path report = Path.of("target/bench-load.md");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (clients < 1 || seconds < 1) {
            throw new IllegalArgumentException("--clients and --seconds must be at least 1");
        }
        if (!Files.isDirectory(store.store)) {
            throw new IllegalArgumentException("no store at " + store.store + ": run kg build first");
        }
        List<Path> files = queryFiles();
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            texts.add(Files.readString(f, StandardCharsets.UTF_8));
        }
        // One log line per request would cost more than some queries: requests are counted here instead.
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.fuseki.Fuseki", "warn");
        FusekiServer server = KgServer.builder(store.store).port(0).build();
        server.start();
        QueryLoad.Result r;
        try (QueryBench client = new QueryBench(URI.create("http://localhost:" + server.getPort() + "/kg/sparql"))) {
            r = new QueryLoad(client).run(texts, clients, Duration.ofSeconds(seconds));
        } finally {
            server.stop();
        }
        String md = report(files, r);
        spec.commandLine().getOut().print(md);
        spec.commandLine().getOut().flush();
        if (report.getParent() != null) {
            Files.createDirectories(report.getParent());
        }
        Files.writeString(report, md, StandardCharsets.UTF_8);
        return r.errors() == 0 ? 0 : 3;
    }

    /** The library's queries a client can send as they are: no templates, no remote SERVICE. */
    private List<Path> queryFiles() throws IOException {
        try (Stream<Path> s = Files.list(queries)) {
            List<Path> files = new ArrayList<>();
            for (Path p : s.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                if (!text.contains("SERVICE") && !text.contains("#@params")) {
                    files.add(p);
                }
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no .rq queries in " + queries);
            }
            return files;
        }
    }

    private String report(List<Path> files, QueryLoad.Result r) {
        StringBuilder s = new StringBuilder();
        s.append("# Query load test\n\n");
        s.append(String.format("%s, `kg bench load --store %s --clients %d --seconds %d`; %d cores, Java %s, kg %s.%n%n",
                Instant.now(), store.store, clients, seconds, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Main.version()));
        s.append("Queries sent round-robin by each client (").append(files.size()).append("): ");
        s.append(String.join(", ", files.stream().map(f -> f.getFileName().toString()).toList())).append(".\n\n");
        s.append("| clients | seconds | queries ok | errors | throughput q/s | p50 ms | p99 ms | max ms |\n");
        s.append("|---|---|---|---|---|---|---|---|\n");
        s.append(String.format("| %d | %.1f | %d | %d | %.1f | %.1f | %.1f | %.1f |%n", clients, r.seconds(),
                r.succeeded(), r.errors(), r.throughput(),
                r.succeeded() == 0 ? 0 : r.latencies().median(),
                r.succeeded() == 0 ? 0 : r.latencies().percentile(99),
                r.succeeded() == 0 ? 0 : r.latencies().max()));
        if (r.firstError() != null) {
            s.append("\nFirst error: ").append(r.firstError()).append('\n');
        }
        return s.toString();
    }
}
