package org.w3id.vnkg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.IntFunction;

/**
 * SPARQL queries timed over HTTP against a running server, the way a client sees them: each latency is from
 * sending the request to reading the last byte of the JSON results.
 * <pre>
 *   QueryBench q = new QueryBench(URI.create("http://localhost:3030/kg/sparql"));
 *   Stats ms = q.underLoad(i -&gt; queries.get(i % queries.size()), 2, Duration.ofSeconds(5));
 *   ms.percentile(99);
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

    /** Runs one query and returns its JSON results; fails on any status but 200. */
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
            return resp.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
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
     * client is {@code queries.apply(i)}. Returns the latencies in milliseconds.
     */
    public Stats underLoad(IntFunction<String> queries, int clients, Duration duration) {
        QueryLoad.Result r = new QueryLoad(this).run(queries, clients, duration);
        if (r.errors() > 0) {
            throw new IllegalStateException("query load failed " + r.errors() + " times: " + r.firstError());
        }
        return r.latencies();
    }
}
