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
 * sending the request to reading the last byte of the JSON results. The requests go through {@link KeepAliveClient}
 * (one kept-alive connection per client thread); {@link #withJdkClient} sends them through the JDK's HttpClient
 * instead, to show what a heavier client adds.
 * <pre>
 *   QueryBench q = new QueryBench(URI.create("http://localhost:3030/kg/sparql"));
 *   QueryLoad.Result r = q.underLoad(i -&gt; queries.get(i % queries.size()), 2, Duration.ofSeconds(5));
 *   r.latencies().percentile(99);  r.errors();
 * </pre>
 */
public final class QueryBench implements AutoCloseable {
    private static final String BASE = "/org/w3id/vnkg/bench/queries/";
    private static final String JSON = "application/sparql-results+json";
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    /** One form POST to the endpoint. */
    private interface Transport extends AutoCloseable {
        KeepAliveClient.Answer post(String form) throws IOException, InterruptedException;

        @Override
        void close();
    }

    private final URI endpoint;
    private final Transport transport;

    public QueryBench(URI endpoint) {
        this.endpoint = endpoint;
        KeepAliveClient client = new KeepAliveClient(endpoint, TIMEOUT);
        this.transport = new Transport() {
            @Override
            public KeepAliveClient.Answer post(String form) throws IOException {
                return client.post(form, JSON);
            }

            @Override
            public void close() {
                client.close();
            }
        };
    }

    private QueryBench(URI endpoint, HttpClient http) {
        this.endpoint = endpoint;
        this.transport = new Transport() {
            @Override
            public KeepAliveClient.Answer post(String form) throws IOException, InterruptedException {
                HttpRequest req = HttpRequest.newBuilder(endpoint).timeout(TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", JSON)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build();
                HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
                return new KeepAliveClient.Answer(resp.statusCode(), resp.body());
            }

            @Override
            public void close() {
                // the JDK client's connections end with it
            }
        };
    }

    /** The same bench with the JDK's {@code java.net.http.HttpClient} (HTTP/1.1) as its client. */
    public static QueryBench withJdkClient(URI endpoint) {
        return new QueryBench(endpoint, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build());
    }

    /** Closes the client's connections. */
    @Override
    public void close() {
        transport.close();
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
        try {
            KeepAliveClient.Answer resp = transport.post("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            if (resp.status() != 200) {
                throw new IllegalStateException("HTTP " + resp.status() + ": " + resp.body().lines().findFirst()
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
