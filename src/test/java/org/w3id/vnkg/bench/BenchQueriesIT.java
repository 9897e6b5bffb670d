package org.w3id.vnkg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.vnkg.cli.Main;

/**
 * The query part of the bench against a stand-in SPARQL endpoint that answers each bench query as a loaded server
 * can: whole, cut off at the server's timeout (status 200, the body stops with Fuseki's "Query cancelled" lines),
 * with an error status, or not at all (stopped). What fails is reported as failed, with the query and the reason,
 * and the rest is still timed.
 */
class BenchQueriesIT {
    /** Fuseki's answer to a select whose time ran out after its first rows (seen on a 1,000-article store). */
    private static final String CUT = """
            { "head": { "vars": [ "name", "role", "organization", "date" ] },
              "results": { "bindings": [
                  { "name": { "type": "literal" , "value": "Lê Thị Thu Hồng" } ,
            ##  Query cancelled due to timeout during execution   ##
            ##  ****          Incomplete results           ****   ##
            """;
    private static final String VALUES = """
            { "head": { "vars": [ "name", "role", "organization", "date" ] },
              "results": { "bindings": [ {
                "name": { "type": "literal", "value": "Lê Thị Thu Hồng" },
                "role": { "type": "literal", "xml:lang": "vi", "value": "Phó Bí thư Thường trực" },
                "organization": { "type": "literal", "xml:lang": "vi", "value": "Tỉnh ủy Bắc Giang" },
                "date": { "type": "literal", "value": "2024-06-26" } } ] } }
            """;
    private static final String AREAS = """
            { "head": { "vars": [ "area" ] },
              "results": { "bindings": [ { "area": { "type": "literal", "xml:lang": "vi", "value": "Bắc Giang" } } ] } }
            """;
    private static final String SERIES = """
            { "head": { "vars": [ "area", "indicator" ] },
              "results": { "bindings": [ {
                "area": { "type": "literal", "xml:lang": "vi", "value": "Bắc Giang" },
                "indicator": { "type": "literal", "value": "tốc độ tăng trưởng GRDP" } } ] } }
            """;
    private static final String ASK = "{ \"head\": {}, \"boolean\": true }";
    private static final String EMPTY = "{ \"head\": { \"vars\": [] }, \"results\": { \"bindings\": [] } }";

    private HttpServer server;
    private final AtomicInteger valueRequests = new AtomicInteger();
    /** The first line of every query the stand-in received, in order. */
    private final List<String> received = Collections.synchronizedList(new ArrayList<>());
    private final List<String> log = new ArrayList<>();

    @TempDir
    Path library;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Answers a bench query by its first line: {@code answers} maps it to [status, body]. */
    private URI serve(Map<String, Answer> answers) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/kg/sparql", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String query = URLDecoder.decode(form.substring("query=".length()), StandardCharsets.UTF_8);
            String first = query.lines().findFirst().orElse("");
            received.add(first);
            Answer a = answers.entrySet().stream().filter(e -> first.startsWith(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(new Answer(200, EMPTY));
            respond(exchange, a.status(), a.body());
        });
        server.start();
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/kg/sparql");
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A fixed answer, or (for the value query) a cut one for the first {@code cutTimes} requests. */
    private record Answer(int status, String whole, int cutTimes, AtomicInteger seen) {
        Answer(int status, String whole) {
            this(status, whole, 0, new AtomicInteger());
        }

        String body() {
            return seen.getAndIncrement() < cutTimes ? CUT : whole;
        }
    }

    private static final String VALUES_QUERY = "# Bench: values the timed queries";
    private static final String AREAS_QUERY = "# Bench: the areas figures";
    private static final String SERIES_QUERY = "# Bench: series of consolidated figures";
    private static final String WHO_QUERY = "# Bench: who held a post";
    private static final String PERSON_QUERY = "# Bench: all posts of one person";
    private static final String FLOOR = "# Bench floor";

    private BenchReport run(URI endpoint) throws IOException {
        return run(endpoint, Duration.ofSeconds(1));
    }

    private BenchReport run(URI endpoint, Duration serverWarmUp) throws IOException {
        BenchReport report = new BenchReport("test", Map.of());
        BenchRun.Config cfg = new BenchRun.Config(0, 0, library, 0, 1, 0, Duration.ofSeconds(1), serverWarmUp, 2, null,
                null, library, "");
        BenchRun run = new BenchRun(cfg, report, log::add);
        run.setupPause = Duration.ofMillis(10);
        run.queries(endpoint);
        return report;
    }

    private static String row(String md, String name) {
        return md.lines().filter(l -> l.startsWith("| " + name + " |")).findFirst().orElseThrow();
    }

    @Test
    void triesTheValueQueryAgainWhenItsAnswerBrokeOffOnce() throws IOException {
        URI endpoint = serve(Map.of(VALUES_QUERY, new Answer(200, VALUES, 1, valueRequests),
                AREAS_QUERY, new Answer(200, AREAS), SERIES_QUERY, new Answer(200, SERIES),
                FLOOR, new Answer(200, ASK)));
        BenchReport report = run(endpoint);
        assertThat(log).anySatisfy(l -> assertThat(l).contains("setup query sample-values.rq failed: the answer broke "
                + "off after", "(Query cancelled due to timeout during execution); trying again in 0 s (2 of 3)"));
        assertThat(report.failures()).isEmpty();
        String md = report.queriesMarkdown();
        assertThat(Integer.parseInt(row(md, BenchRun.WHO_HELD).split("\\|")[2].trim())).isPositive();
        assertThat(Integer.parseInt(row(md, BenchRun.POSTS_OF_PERSON).split("\\|")[2].trim())).isPositive();
        assertThat(Integer.parseInt(row(md, BenchRun.INDICATOR_SERIES).split("\\|")[2].trim())).isPositive();
        assertThat(Integer.parseInt(row(md, BenchRun.PROVINCE_LATEST).split("\\|")[2].trim())).isPositive();
        assertThat(Integer.parseInt(row(md, BenchRun.JDK_FLOOR).split("\\|")[2].trim())).isPositive();
    }

    @Test
    void reportsTheKeyQueriesOfAValueQueryThatKeepsBreakingOffAsFailedAndTimesTheRest() throws IOException {
        URI endpoint = serve(Map.of(VALUES_QUERY, new Answer(200, VALUES, 100, valueRequests),
                AREAS_QUERY, new Answer(200, AREAS), FLOOR, new Answer(200, ASK)));
        BenchReport report = run(endpoint);
        assertThat(valueRequests).hasValue(BenchRun.SETUP_ATTEMPTS);
        String reason = "setup query sample-values.rq failed 3 times: the answer broke off after";
        assertThat(report.failures()).hasSize(2).allSatisfy(f -> assertThat(f).contains(reason));
        String md = report.queriesMarkdown();
        assertThat(row(md, BenchRun.WHO_HELD)).contains("**failed**: " + reason);
        assertThat(row(md, BenchRun.POSTS_OF_PERSON)).contains("**failed**: " + reason);
        // The other setup query, its key query and the floors still ran.
        assertThat(Integer.parseInt(row(md, BenchRun.PROVINCE_FIGURES).split("\\|")[2].trim())).isPositive();
        assertThat(Integer.parseInt(row(md, "floor: ASK {}").split("\\|")[2].trim())).isPositive();
        assertThat(report.markdown()).contains("| " + BenchRun.WHO_HELD + " | p50 ≤ 2 ms, p99 ≤ 20 ms | **failed**: "
                + reason);
    }

    @Test
    void warmsTheServerWithEveryKindInterleavedBeforeTheFloorIsTimed() throws IOException {
        URI endpoint = serve(Map.of(VALUES_QUERY, new Answer(200, VALUES), AREAS_QUERY, new Answer(200, AREAS),
                SERIES_QUERY, new Answer(200, SERIES), FLOOR, new Answer(200, ASK)));
        String md = run(endpoint, Duration.ofSeconds(1)).queriesMarkdown();
        assertThat(md).contains("first a warm-up of the server with every kind interleaved for 1 s");
        List<String> timed = afterSetup();
        // The floor is timed before the key queries: only a warm-up sends them before its last request.
        int lastFloor = indexOfLast(timed, FLOOR);
        assertThat(timed.subList(0, lastFloor)).anyMatch(l -> l.startsWith(WHO_QUERY))
                .anyMatch(l -> l.startsWith(PERSON_QUERY));

        received.clear();
        run(endpoint, Duration.ZERO);
        timed = afterSetup();
        assertThat(timed.subList(0, indexOfLast(timed, FLOOR))).allMatch(l -> l.startsWith(FLOOR));
    }

    /** What the stand-in received after the last setup query. */
    private List<String> afterSetup() {
        List<String> all = List.copyOf(received);
        int last = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).startsWith(SERIES_QUERY)) {
                last = i;
            }
        }
        return all.subList(last + 1, all.size());
    }

    private static int indexOfLast(List<String> lines, String prefix) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no query starting " + prefix);
    }

    @Test
    void reportsAKeyQueryWhoseAnswersFailAndTimesTheOthers() throws IOException {
        URI endpoint = serve(Map.of(VALUES_QUERY, new Answer(200, VALUES), AREAS_QUERY, new Answer(200, AREAS),
                FLOOR, new Answer(200, ASK), WHO_QUERY, new Answer(503, "Query timed out"),
                PERSON_QUERY, new Answer(200, EMPTY)));
        BenchReport report = run(endpoint);
        assertThat(report.failures()).singleElement().asString()
                .startsWith(BenchRun.WHO_HELD + ": ").contains("queries failed, the first: HTTP 503: Query timed out");
        String md = report.queriesMarkdown();
        assertThat(row(md, BenchRun.WHO_HELD)).contains("**failed**");
        assertThat(Integer.parseInt(row(md, BenchRun.POSTS_OF_PERSON).split("\\|")[2].trim())).isPositive();
        assertThat(Integer.parseInt(row(md, BenchRun.PROVINCE_FIGURES).split("\\|")[2].trim())).isPositive();
    }

    @Test
    void reportsEveryQueryAsFailedWhenTheServerIsStopped() throws IOException {
        URI endpoint = serve(Map.of());
        server.stop(0);
        server = null;
        BenchReport report = run(endpoint);
        assertThat(log).anySatisfy(l -> assertThat(l).contains("setup query sample-values.rq failed 3 times: "));
        assertThat(report.failures()).hasSize(8)
                .anySatisfy(f -> assertThat(f).startsWith(BenchRun.PROVINCE_FIGURES + ": setup query sample-areas.rq "
                        + "failed 3 times: "))
                .anySatisfy(f -> assertThat(f).startsWith(BenchRun.INDICATOR_SERIES + ": setup query sample-series.rq "
                        + "failed 3 times: "))
                .anySatisfy(f -> assertThat(f).startsWith("floor: ASK {}: "));
    }

    @Test
    void kgBenchQueriesTimesARunningServerGivenByItsEndpoint() throws IOException {
        URI endpoint = serve(Map.of(VALUES_QUERY, new Answer(200, VALUES), AREAS_QUERY, new Answer(200, AREAS),
                FLOOR, new Answer(200, ASK)));
        Path report = library.resolve("report.md");
        int status = Main.run("bench", "queries", "--endpoint", endpoint.toString(), "--seconds", "1",
                "--warm-up-seconds", "1", "--queries", library.toString(), "--report", report.toString());
        assertThat(status).isZero();
        String md = Files.readString(report);
        assertThat(md).contains("`kg bench queries --endpoint " + endpoint, "The server at " + endpoint
                + ", running in its own process.");
        assertThat(Integer.parseInt(row(md, BenchRun.WHO_HELD).split("\\|")[2].trim())).isPositive();
        assertThat(Main.run("bench", "queries", "--endpoint", endpoint.toString(), "--store",
                library.toString())).isEqualTo(2);
    }
}
