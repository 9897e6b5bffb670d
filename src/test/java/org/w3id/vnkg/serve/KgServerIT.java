package org.w3id.vnkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.w3id.vnkg.ingest.ArticleReader;
import org.w3id.vnkg.pipeline.ArticlePipeline;
import org.w3id.vnkg.pipeline.CorpusBuilder;
import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.store.KgStore;
import org.w3id.vnkg.store.TextIndexer;

/** Builds a store on disk from corpus/sample, serves it and asks it over HTTP as a user would. */
class KgServerIT {
    @TempDir
    static Path dir;
    private static FusekiServer server;
    private static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";
    private static Path store;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void buildAndServe() throws IOException {
        store = dir.resolve("store");
        try (KgStore kg = KgStore.open(store)) {
            new CorpusBuilder(new ArticlePipeline(), new FactMapper("test"), 2)
                    .build(ArticleReader.listCorpus(Path.of("corpus/sample")), kg, n -> { });
        }
        server = KgServer.builder(store).port(0).build();
        server.start();
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

    /** The query POSTed to the SPARQL endpoint, as a form, with the answer asked for as CSV. */
    private static HttpResponse<String> csv(String query) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + "/kg/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void answersASparqlQueryForAKnownPost() throws Exception {
        String query = """
                PREFIX kg: <https://w3id.org/vnkg/ontology#>
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX schema: <https://schema.org/>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?role ?org WHERE { ?h org:member/schema:name "Lê Thị Thu Hồng" ; kg:roleLabel ?role ;
                    org:organization/skos:prefLabel ?org }""";
        HttpResponse<String> r = csv(query);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Phó Bí thư Thường trực,Tỉnh ủy Bắc Giang");
    }

    @Test
    void isReadOnly() throws Exception {
        HttpResponse<String> update = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + server.getPort() + "/kg/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> upload = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + server.getPort() + "/kg"))
                .header("Content-Type", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(update.statusCode()).isIn(404, 405);
        assertThat(upload.statusCode()).isIn(404, 405);
        assertThat(get("/kg/sparql?query=" + URLEncoder.encode("ASK { <urn:a> ?p ?o }", StandardCharsets.UTF_8))
                .body()).contains("false");
    }

    @Test
    void servesTheFusekiUi() throws Exception {
        HttpResponse<String> r = get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).containsIgnoringCase("<html");
    }

    @Test
    void theUiCanListTheDatasetButNotCreateOne() throws Exception {
        assertThat(get("/$/server").body()).contains("\"/kg\"");
        HttpResponse<String> create = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + server.getPort() + "/$/datasets?dbName=x&dbType=mem"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(create.statusCode()).isIn(404, 405);
    }

    @Test
    void graphStoreProtocolReadsAnArticleGraph() throws Exception {
        HttpResponse<String> r = get("/kg/get?graph=" + URLEncoder.encode(
                "https://w3id.org/vnkg/graph/article/001_33591164b049cd22.txt", StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("001_33591164b049cd22.txt");
    }

    @Test
    void searchesNamesWithoutDiacriticsThroughAnIndexItNeverWrites() throws Exception {
        String search = Files.readString(Path.of("queries/web/search.rq"), StandardCharsets.UTF_8)
                .replace("#@params", "VALUES ?_q { \"+luong +cuong*\" }");
        HttpResponse<String> r = csv(search);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Lương Cường");
        // A Lucene IndexWriter holds the folder's write lock for as long as it is open: nobody holds it here.
        try (FSDirectory index = FSDirectory.open(store.resolve(TextIndexer.FOLDER));
             Lock lock = index.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            lock.ensureValid();
        }
    }

    @Test
    void keepsTheResponseBufferOfTheConfigurationSmall() {
        Model config = RDFParser.source(KgServer.CONFIG).lang(Lang.TURTLE).toModel();
        int configured = config.listStatements(null, config.createProperty(JA + "cxtName"), "vnkg:outputBufferSize")
                .next().getSubject().getProperty(config.createProperty(JA + "cxtValue")).getInt();
        assertThat(configured).isLessThan(1024 * 1024);
        for (Connector c : server.getJettyServer().getConnectors()) {
            assertThat(c.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration()
                    .getOutputBufferSize()).isEqualTo(configured);
        }
    }

    @Test
    void sendsAnAnswerLargerThanTheBufferWhole() throws Exception {
        String rows = "SELECT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } LIMIT 3000";
        HttpResponse<String> r = csv(rows);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(64 * 1024);
        // CSV quotes values with line breaks; the rows are counted by parsing the whole answer.
        assertThat(ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_CSV).rewindable().size()).isEqualTo(3000);
    }

    @Test
    void readsACommentedQueryAsWrittenAndReportsErrorsWhereTheClientWroteThem() throws Exception {
        String commented = """
                # the posts of one official (a comment the server cuts before parsing)
                PREFIX kg: <https://w3id.org/vnkg/ontology#>
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX schema: <https://schema.org/>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?role ?org WHERE { ?h org:member/schema:name "Lê Thị Thu Hồng" ; # by name
                    kg:roleLabel ?role ; org:organization/skos:prefLabel ?org
                    FILTER (?role != "# not a comment") }""";
        HttpResponse<String> r = csv(commented);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Phó Bí thư Thường trực,Tỉnh ủy Bắc Giang");

        HttpResponse<String> bad = csv("# line 1\nSELECT * {\n  ?s ?p ?o . # fine\n  ?s ?q }\n");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("line 4, column 9");
    }

    /** A query sent again is answered from its cached parse, the same; an error is reported every time. */
    @Test
    void answersAQuerySentAgainAlikeAndAnErrorEachTime() throws Exception {
        String all = "SELECT * WHERE { GRAPH ?g { ?s a ?type } } ORDER BY ?g ?s ?type LIMIT 50";
        HttpResponse<String> first = csv(all);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body().lines().count()).isEqualTo(51);
        for (int i = 0; i < 3; i++) {
            assertThat(csv(all).body()).isEqualTo(first.body());
            assertThat(csv("# again\n" + all).body()).isEqualTo(first.body());
        }
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> bad = csv("SELECT * { ?s ?p }");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("line 1, column 18");
        }
    }
}
