package org.w3id.vnkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.eclipse.jetty.server.NetworkConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.w3id.vnkg.ingest.ArticleReader;
import org.w3id.vnkg.pipeline.ArticlePipeline;
import org.w3id.vnkg.pipeline.CorpusBuilder;
import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.store.KgStore;

/**
 * The endpoint is locked down: loopback only, read-only unless updates are enabled with a password file, writes
 * need a login, a runaway query is stopped by the timeout while others keep being answered, answers are capped,
 * and CORS only lets localhost pages in.
 */
class KgServerSecurityIT {
    @TempDir
    static Path dir;
    private static FusekiServer readOnly;
    private static FusekiServer writable;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void buildAndServe() throws Exception {
        // Two stores: the text index of a store is opened by one server at a time.
        for (String name : List.of("store", "store2")) {
            try (KgStore kg = KgStore.open(dir.resolve(name))) {
                new CorpusBuilder(new ArticlePipeline(), new FactMapper("test"), 2)
                        .build(ArticleReader.listCorpus(Path.of("corpus/sample")), kg, n -> { });
            }
        }
        readOnly = KgServer.builder(dir.resolve("store")).port(0).queryTimeout("1000,2000").resultLimit(5).build();
        readOnly.start();
        Path passwords = Files.writeString(dir.resolve("passwords"), "editor: s3cret-pass\n");
        writable = KgServer.builder(dir.resolve("store2")).port(0).allowUpdate(passwords).build();
        writable.start();
    }

    @AfterAll
    static void stop() {
        for (FusekiServer s : new FusekiServer[] {readOnly, writable}) {
            if (s != null) {
                s.stop();
            }
        }
    }

    @Test
    void listensOnLoopbackOnly() {
        for (var c : readOnly.getJettyServer().getConnectors()) {
            String host = ((NetworkConnector) c).getHost();
            assertThat(host).isNotNull();
            assertThat(hostIsLoopback(host)).as(host).isTrue();
        }
    }

    @Test
    void hasNoWriteEndpointByDefault() throws Exception {
        for (String path : List.of("/kg/update", "/kg/upload", "/kg/data", "/kg")) {
            HttpResponse<String> r = send(readOnly, HttpRequest.newBuilder(uri(readOnly, path))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x> <urn:y> <urn:z> }")));
            assertThat(r.statusCode()).as(path).isBetween(400, 499);
        }
        assertThat(count(readOnly, "ASK { <urn:x> ?p ?o }")).contains("false");
    }

    @Test
    void writesNeedALoginWhenUpdatesAreEnabled() throws Exception {
        String update = "INSERT DATA { GRAPH <urn:g:test> { <urn:s> <urn:p> \"written\" } }";
        assertThat(post(writable, "/kg/update", update, null).statusCode()).isEqualTo(401);
        assertThat(post(writable, "/kg/update", update, "editor:wrong").statusCode()).isEqualTo(401);
        assertThat(post(writable, "/kg/update", update, "editor:s3cret-pass").statusCode()).isBetween(200, 204);
        assertThat(count(writable, "ASK { GRAPH <urn:g:test> { <urn:s> <urn:p> \"written\" } }")).contains("true");
        assertThat(post(writable, "/kg/update", "DROP GRAPH <urn:g:test>", "editor:s3cret-pass").statusCode())
                .isBetween(200, 204);
        // Reading stays open to all.
        assertThat(send(writable, HttpRequest.newBuilder(queryUri(writable, "ASK {}"))).statusCode()).isEqualTo(200);
    }

    @Test
    void stopsARunawayQueryAndKeepsAnsweringOthers() throws Exception {
        String runaway = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> heavy = HTTP.sendAsync(
                HttpRequest.newBuilder(queryUri(readOnly, runaway)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            HttpResponse<String> small = send(readOnly, HttpRequest.newBuilder(queryUri(readOnly,
                    "ASK { ?s a <https://w3id.org/vnkg/ontology#Article> }")).timeout(Duration.ofSeconds(10)));
            assertThat(small.statusCode()).isEqualTo(200);
            assertThat(small.body()).contains("true");
            assertThat((System.nanoTime() - t) / 1e9).isLessThan(3.0);
        }
        HttpResponse<String> r = heavy.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        // Timeout 1 s to the first result, 2 s in all: cancelled well before the 60 s the client would wait.
        assertThat(seconds).isLessThan(15.0);
        assertThat(r.statusCode()).as(r.body()).isNotEqualTo(200);
    }

    /**
     * The timeout is the server's, not the process's: Fuseki copies a server's configured context into Jena's
     * global one, and a timeout there cancelled the next server's own reading of its configuration on a busy
     * machine (CI, BenchLoadIT).
     */
    @Test
    void keepsItsTimeoutOutOfTheProcesssOtherQueries() {
        assertThat((Object) ARQ.getContext().get(ARQ.queryTimeout)).as("global query timeout").isNull();
    }

    @Test
    void capsTheRowsOfAnAnswer() throws Exception {
        HttpResponse<String> r = send(readOnly, HttpRequest.newBuilder(queryUri(readOnly, "SELECT * { ?s ?p ?o }"))
                .header("Accept", "text/csv"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().strip().split("\n")).hasSize(1 + 5);
        HttpResponse<String> small = send(readOnly, HttpRequest.newBuilder(
                queryUri(readOnly, "SELECT * { ?s ?p ?o } LIMIT 2")).header("Accept", "text/csv"));
        assertThat(small.body().strip().split("\n")).hasSize(1 + 2);
    }

    @Test
    void allowsCrossOriginCallsFromLocalhostPagesOnly() throws Exception {
        HttpResponse<String> local = preflight("http://localhost:8080");
        assertThat(local.headers().firstValue("Access-Control-Allow-Origin")).contains("http://localhost:8080");
        HttpResponse<String> other = preflight("https://evil.example");
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> simple = send(readOnly, HttpRequest.newBuilder(queryUri(readOnly, "ASK {}"))
                .header("Origin", "https://evil.example"));
        assertThat(simple.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private static HttpResponse<String> preflight(String origin) throws Exception {
        return send(readOnly, HttpRequest.newBuilder(uri(readOnly, "/kg/sparql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", "POST"));
    }

    private static boolean hostIsLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static HttpResponse<String> post(FusekiServer s, String path, String update, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(s, path)).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
        }
        return send(s, b);
    }

    private static String count(FusekiServer s, String ask) throws Exception {
        return send(s, HttpRequest.newBuilder(queryUri(s, ask))).body();
    }

    private static HttpResponse<String> send(FusekiServer s, HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(FusekiServer s, String path) {
        return URI.create("http://localhost:" + s.getPort() + path);
    }

    private static URI queryUri(FusekiServer s, String query) {
        return uri(s, "/kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }
}
