package org.w3id.vnkg.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * SPARQL queries timed over HTTP against a running server, the way a client sees them: each latency is from
 * sending the request to reading the last byte of the JSON results.
 * <pre>
 *   QueryBench q = new QueryBench(URI.create("http://localhost:3030/kg/sparql"));
 *   QueryLoad.Result r = q.underLoad(i -&gt; queries.get(i % queries.size()), 2, Duration.ofSeconds(5));
 *   r.latencies().percentile(99);  r.errors();
 * </pre>
 */
public final class QueryBench {
    private static final String BASE = "/org/w3id/vnkg/bench/queries/";

    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public QueryBench(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** A bench query from {@code org/w3id/vnkg/bench/queries/NAME}. */
    public static String resource(String name) {
        try (InputStream in = QueryBench.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + BASE + name));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs one query and returns its JSON results; fails on any status but 200, and on an answer that broke off.
     * Fuseki streams an answer, so a query that reaches the server's timeout after its first rows still gets
     * status 200: the body then stops mid-way and ends with "Query cancelled due to timeout" instead of the
     * closing brace. Counted as an answer, it would be timed as a fast one.
     */
    public String run(String query) {
        HttpRequest req = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
            if (resp.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + resp.statusCode() + ": " + resp.body().lines().findFirst()
                        .orElse(""));
            }
            return whole(resp.body());
        } catch (ConnectException e) {
            throw new UncheckedIOException("cannot connect to " + endpoint, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body, if it is a whole JSON document; else the error saying where and why it stopped. */
    static String whole(String body) {
        String end = body.stripTrailing();
        if (end.endsWith("}")) {
            return body;
        }
        String why = end.lines().filter(l -> l.startsWith("##") && !l.contains("****"))
                .map(l -> l.replace("#", "").strip()).findFirst().orElse("no closing brace");
        throw new IllegalStateException(String.format(Locale.ROOT, "the answer broke off after %,d characters (%s)",
                body.length(), why));
    }

    /**
     * The whole answer of a setup query (one the bench takes values from), tried {@code attempts} times with
     * {@code pause} between tries, each failure logged; on a loaded machine a large store may time out once.
     * The error after the last try names the query and the last reason.
     */
    public ResultSet select(String name, int attempts, Duration pause, Consumer<String> log) {
        String reason = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                String json = run(resource(name));
                return ResultSetFactory.copyResults(ResultSetMgr.read(
                        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON));
            } catch (RuntimeException e) {
                reason = e.getMessage();
                if (attempt < attempts) {
                    log.accept(String.format(Locale.ROOT, "setup query %s failed: %s; trying again in %d s (%d of %d)",
                            name, reason, pause.toSeconds(), attempt + 1, attempts));
                    sleep(pause);
                }
            }
        }
        throw new IllegalStateException("setup query " + name + " failed " + attempts + " times: " + reason);
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Milliseconds of {@code times} sequential runs of one query (after one untimed run). */
    public Stats repeat(String query, int times) {
        run(query);
        double[] ms = new double[times];
        for (int i = 0; i < times; i++) {
            long t = System.nanoTime();
            run(query);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return Stats.of(ms);
    }

    /**
     * {@code clients} threads each sending query after query for {@code duration}; query {@code i} of a
     * client is {@code queries.apply(i)}. Returns what they saw, failures counted, not thrown.
     */
    public QueryLoad.Result underLoad(IntFunction<String> queries, int clients, Duration duration) {
        return new QueryLoad(this).run(queries, clients, duration);
    }
}
