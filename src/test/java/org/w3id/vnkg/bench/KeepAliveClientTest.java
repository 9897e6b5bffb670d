package org.w3id.vnkg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bench's HTTP client against a real HTTP server (the JDK's), in the ways a server may answer. */
class KeepAliveClientTest {
    private HttpServer server;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final Set<String> peers = ConcurrentHashMap.newKeySet();
    private URI base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // echoes the form back: fixed length, chunked (length 0 in the JDK server), or closing the connection after
        server.createContext("/fixed", ex -> answer(ex, 200, false, false));
        server.createContext("/chunked", ex -> answer(ex, 200, true, false));
        server.createContext("/close", ex -> answer(ex, 200, false, true));
        server.createContext("/missing", ex -> answer(ex, 404, false, false));
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange ex, int status, boolean chunked, boolean close) throws IOException {
        String form = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        bodies.add(ex.getRequestMethod() + " " + ex.getRequestHeaders().getFirst("Accept") + " " + form);
        peers.add(ex.getRemoteAddress().toString());
        byte[] out = ("{\"echo\": \"" + form + "\", \"tiếng\": \"Việt\"}").repeat(chunked ? 2000 : 1)
                .getBytes(StandardCharsets.UTF_8);
        if (close) {
            ex.getResponseHeaders().set("Connection", "close");
        }
        ex.sendResponseHeaders(status, chunked ? 0 : out.length);
        try (OutputStream body = ex.getResponseBody()) {
            body.write(out);
        }
    }

    @Test
    void readsAnAnswerOfFixedLengthAndKeepsTheConnection() throws IOException {
        try (KeepAliveClient c = new KeepAliveClient(base.resolve("/fixed"), Duration.ofSeconds(10))) {
            for (int i = 0; i < 5; i++) {
                KeepAliveClient.Answer a = c.post("query=ASK+%7B%7D&n=" + i, "application/sparql-results+json");
                assertThat(a.status()).isEqualTo(200);
                assertThat(a.body()).isEqualTo("{\"echo\": \"query=ASK+%7B%7D&n=" + i + "\", \"tiếng\": \"Việt\"}");
            }
        }
        assertThat(bodies).hasSize(5).allMatch(b -> b.startsWith("POST application/sparql-results+json query=ASK"));
        assertThat(peers).as("one kept-alive connection").hasSize(1);
    }

    @Test
    void readsAChunkedAnswerWhole() throws IOException {
        try (KeepAliveClient c = new KeepAliveClient(base.resolve("/chunked"), Duration.ofSeconds(10))) {
            String body = c.post("q=1", "application/json").body();
            assertThat(body).hasSize("{\"echo\": \"q=1\", \"tiếng\": \"Việt\"}".length() * 2000).endsWith("\"Việt\"}");
            assertThat(c.post("q=2", "application/json").body()).startsWith("{\"echo\": \"q=2\"");
        }
        assertThat(peers).hasSize(1);
    }

    @Test
    void opensANewConnectionAfterTheServerClosedOne() throws IOException {
        try (KeepAliveClient c = new KeepAliveClient(base.resolve("/close"), Duration.ofSeconds(10))) {
            for (int i = 0; i < 3; i++) {
                assertThat(c.post("n=" + i, "application/json").body()).contains("n=" + i);
            }
        }
        assertThat(bodies).hasSize(3);
        assertThat(peers).as("a connection per request").hasSize(3);
    }

    @Test
    void givesTheStatusOfAnError() throws IOException {
        try (KeepAliveClient c = new KeepAliveClient(base.resolve("/missing"), Duration.ofSeconds(10))) {
            assertThat(c.post("x=1", "application/json").status()).isEqualTo(404);
        }
    }

    @Test
    void eachThreadHasItsOwnConnection() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try (KeepAliveClient c = new KeepAliveClient(base.resolve("/fixed"), Duration.ofSeconds(10))) {
            List<Future<Boolean>> runs = new CopyOnWriteArrayList<>();
            for (int t = 0; t < 3; t++) {
                int thread = t;
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        String form = "t=" + thread + "&i=" + i;
                        if (!c.post(form, "application/json").body().contains(form)) {
                            return false; // an answer read on another thread's connection
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : runs) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(bodies).hasSize(60);
        assertThat(peers).hasSize(3);
    }
}
