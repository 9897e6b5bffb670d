package org.w3id.vnkg.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.w3id.vnkg.bench.BenchReport;
import org.w3id.vnkg.bench.BenchRun;

/**
 * {@code kg bench queries --store DIR | --endpoint URL [--clients 2] [--seconds 5] [--warm-up-seconds 60]
 * [--report FILE]}: the query part of {@code kg bench all} on a store that already exists, such as one built from 100k articles, which
 * {@code kg bench all} would take hours to rebuild: the three key queries under load from HTTP clients, with
 * values taken from the store, then every query of {@code queries/}. With {@code --store} the server runs in this
 * process, next to the clients; with {@code --endpoint} the clients time a server already running in its own
 * process ({@code kg serve}), as a user's clients do, so the two share no heap, collector or JIT. A query that
 * fails (a setup query after three tries, a key query whose answers fail or break off at the server's timeout) is
 * reported as failed and the others still run; the exit status is then 3.
 */
@Command(name = "queries", description = "Key queries under HTTP load and every query of queries/, on an existing store.")
final class BenchQueriesCommand implements Callable<Integer> {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    /** Where the queries go: a store served in this process, or a server already running. */
    static final class Target {
        @Option(names = "--store", paramLabel = "DIR", description = "The TDB2 store folder, served in this process.")
        Path store;

        @Option(names = "--endpoint", paramLabel = "URL", description = "The SPARQL endpoint of a running server "
                + "(kg serve's http://localhost:3030/kg/sparql), timed from this process.")
        URI endpoint;
    }

    @Option(names = "--clients", description = "Concurrent HTTP clients (default ${DEFAULT-VALUE}).")
    int clients = 2;

    @Option(names = "--seconds", description = "Seconds of load per key query (default ${DEFAULT-VALUE}).")
    int seconds = 5;

    @Option(names = "--warm-up-seconds", description = "Seconds of interleaved load on the server before any query is "
            + "timed (default ${DEFAULT-VALUE}).")
    int warmUpSeconds = 60;

    @Option(names = "--queries", paramLabel = "DIR", description = "The query library to time (default ${DEFAULT-VALUE}).")
    Path queries = Path.of("queries");

    @Option(names = "--report", paramLabel = "FILE", description = "Markdown report (default ${DEFAULT-VALUE}).")
    Path report = Path.of("target/bench-queries.md");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (clients < 1 || seconds < 1) {
            throw new IllegalArgumentException("--clients and --seconds must be at least 1");
        }
        if (warmUpSeconds < 0) {
            throw new IllegalArgumentException("--warm-up-seconds must not be negative");
        }
        if (target.store != null && !Files.isDirectory(target.store)) {
            throw new IllegalArgumentException("no store at " + target.store + ": run kg build first");
        }
        if (!Files.isDirectory(queries)) {
            throw new IllegalArgumentException("no query library at " + queries);
        }
        // One log line per request would cost more than the queries being timed.
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.fuseki", "warn");
        PrintWriter err = spec.commandLine().getErr();
        String where = target.store != null ? "--store " + target.store : "--endpoint " + target.endpoint;
        String invocation = "kg bench queries " + where + " --clients " + clients + " --seconds " + seconds
                + " --warm-up-seconds " + warmUpSeconds;
        BenchReport r = new BenchReport(invocation, Map.of());
        // Only the store, the clients, the load time and the library matter to the query part.
        BenchRun.Config cfg = new BenchRun.Config(0, 0, target.store, 0, 1, 0, Duration.ofSeconds(seconds),
                Duration.ofSeconds(warmUpSeconds), clients, null, null, queries, "");
        String loadBefore = BenchRun.loadAverage();
        BenchRun run = new BenchRun(cfg, r, msg -> {
            err.println(msg);
            err.flush();
        });
        if (target.store != null) {
            run.queries(target.store);
        } else {
            r.endpoint(target.endpoint);
            run.queries(target.endpoint);
        }
        String title = target.store != null ? target.store.getFileName().toString() : target.endpoint.toString();
        String md = "# Queries on " + title + "\n\n" + Instant.now() + ", `" + invocation + "`; "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", kg " + Main.version() + "; load average (1, 5, 15 min) " + loadBefore + " before, "
                + BenchRun.loadAverage() + " after.\n\n" + r.queriesMarkdown();
        spec.commandLine().getOut().print(md);
        spec.commandLine().getOut().flush();
        if (report.getParent() != null) {
            Files.createDirectories(report.getParent());
        }
        Files.writeString(report, md, StandardCharsets.UTF_8);
        return failures(r, err);
    }

    /**
     * Exit status 3 (as {@code kg build}'s "partial") when a query failed: the report is written with what did run,
     * and each failure is named on stderr, so a script sees that the figures are incomplete.
     */
    static int failures(BenchReport r, PrintWriter err) {
        List<String> failed = r.failures();
        for (String f : failed) {
            err.println("failed: " + f);
        }
        err.flush();
        return failed.isEmpty() ? 0 : 3;
    }
}
