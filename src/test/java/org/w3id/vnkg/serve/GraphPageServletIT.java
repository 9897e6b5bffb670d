package org.w3id.vnkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.rdf.FixtureFacts;
import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.store.KgStore;
import org.w3id.vnkg.store.TextIndexer;

/** The files of /graph over HTTP, without a browser: what is served, with which headers, and what is not. */
class GraphPageServletIT {
    @TempDir
    static Path dir;
    private static FusekiServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void serve() {
        Path store = dir.resolve("store");
        try (KgStore kg = KgStore.open(store)) {
            kg.replaceGraphs(Map.of(IriMinter.articleGraph(FixtureFacts.DOC),
                    new FactMapper("test").map(FixtureFacts.facts())));
        }
        // No text index yet: the server builds it before it starts.
        server = KgServer.builder(store).port(0).build();
        server.start();
        assertThat(store.resolve(TextIndexer.FOLDER)).isDirectory();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(textBlock = """
            /graph/,                      text/html,              Đồ thị quan hệ
            /graph/app.js,                text/javascript,        textContent
            /graph/sparql.js,             text/javascript,        VnkgSparql
            /graph/graph.css,             text/css,               #cy
            /graph/lib/cytoscape.min.js,  text/javascript,        cytoscape
            /graph/queries/edges.rq,      application/sparql-query, #@params
            """)
    void servesThePageItsLibraryAndItsQueriesWithAStrictPolicy(String path, String type, String content)
            throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(type));
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(GraphPageServlet.CSP);
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.body()).contains(content);
    }

    @ParameterizedTest(name = "{0} is not served")
    @ValueSource(strings = {"/graph/nothing.js", "/graph/queries/../eval/posts.rq", "/graph/queries/eval/posts.rq",
        "/graph/queries/Edges.rq", "/graph/%2e%2e/fuseki-config/config.ttl", "/graph/META-INF/MANIFEST.MF"})
    void servesNothingElse(String path) throws Exception {
        assertThat(get(path).statusCode()).isIn(400, 404);
    }

    @org.junit.jupiter.api.Test
    void redirectsTheBarePathSoRelativeLinksWork() throws Exception {
        HttpResponse<String> r = get("/graph");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/graph/"));
    }
}
