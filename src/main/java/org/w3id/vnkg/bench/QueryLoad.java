package org.w3id.vnkg.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * N concurrent clients sending a mix of SPARQL queries to a server for a fixed time, counting what fails
 * instead of stopping at it: throughput, latency percentiles and errors, as a load test reports them.
 * <pre>
 *   QueryLoad.Result r = new QueryLoad(new QueryBench(endpoint)).run(queries, 4, Duration.ofSeconds(60));
 *   r.throughput();  r.latencies().percentile(99);  r.errors();
 * </pre>
 * Bounded in time: every client stops at the deadline (a query already sent still finishes).
 */
public final class QueryLoad {
    private final QueryBench client;

    public QueryLoad(QueryBench client) {
        this.client = client;
    }

    /**
     * What a load run saw.
     *
     * @param latencies   milliseconds of the queries that succeeded, or null when none did
     * @param errors      queries that failed (status other than 200, timeout, connection error)
     * @param firstError  the first failure's message, or null
     * @param seconds     the run's wall time
     */
    public record Result(Stats latencies, int errors, String firstError, double seconds) {
        /** Successful queries per second. */
        public double throughput() {
            return succeeded() / seconds;
        }

        public int succeeded() {
            return latencies == null ? 0 : latencies.count();
        }
    }

    /** Clients send the queries of a list round-robin, each starting at a different one. */
    public Result run(List<String> queries, int clients, Duration duration) {
        if (queries.isEmpty()) {
            throw new IllegalArgumentException("need at least one query");
        }
        return run(i -> queries.get(Math.floorMod(i, queries.size())), clients, duration);
    }

    /** Query {@code i} of a client is {@code queries.apply(i)}; clients start far apart in the sequence. */
    public Result run(IntFunction<String> queries, int clients, Duration duration) {
        if (clients < 1) {
            throw new IllegalArgumentException("need at least one client");
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger errors = new AtomicInteger();
        List<String> firstError = new ArrayList<>(1);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Future<List<Double>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c * 7919;
            futures.add(pool.submit(() -> {
                List<Double> ms = new ArrayList<>();
                for (int i = offset; System.nanoTime() < end; i++) {
                    long t = System.nanoTime();
                    try {
                        client.run(queries.apply(i));
                        ms.add((System.nanoTime() - t) / 1e6);
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                        synchronized (firstError) {
                            if (firstError.isEmpty()) {
                                firstError.add(String.valueOf(e.getMessage()));
                            }
                        }
                    }
                }
                return ms;
            }));
        }
        List<Double> all = new ArrayList<>();
        try {
            for (Future<List<Double>> f : futures) {
                all.addAll(f.get());
            }
        } catch (Exception e) {
            throw new IllegalStateException("load run interrupted: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Stats latencies = all.isEmpty() ? null : Stats.of(all.stream().mapToDouble(Double::doubleValue).toArray());
        return new Result(latencies, errors.get(),
                firstError.isEmpty() ? null : firstError.get(0), seconds);
    }
}
