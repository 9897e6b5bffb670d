package org.w3id.vnkg.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.apache.jena.fuseki.main.FusekiServer;

import org.w3id.vnkg.cli.Main;
import org.w3id.vnkg.serve.KgServer;

/** Short runs of the query benchmarks over the sample store: they serve, drive clients and report. */
class BenchLoadIT {

    @Test
    void drivesConcurrentClientsAndReportsThroughputLatencyAndErrors(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        Path report = dir.resolve("load.md");
        assertThat(Main.run("build", "--corpus", "corpus/sample", "--store", store.toString())).isZero();
        int exit = Main.run("bench", "load", "--store", store.toString(), "--clients", "2", "--seconds", "3",
                "--report", report.toString());
        String md = Files.readString(report);
        assertThat(md).contains("| clients | seconds | queries ok | errors | throughput q/s | p50 ms | p99 ms |");
        String row = md.lines().filter(l -> l.startsWith("| 2 |")).findFirst().orElseThrow();
        String[] cells = row.split("\\|");
        assertThat(Integer.parseInt(cells[3].trim())).as("queries ok").isPositive();
        assertThat(Integer.parseInt(cells[4].trim())).as("errors").isZero();
        assertThat(exit).isZero();
    }
    @Test
    void timesTheKeyQueriesWithValuesFromTheStoreAndEveryLibraryQuery(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        Path report = dir.resolve("queries.md");
        assertThat(Main.run("build", "--corpus", "corpus/sample", "--store", store.toString())).isZero();
        assertThat(Main.run("bench", "queries", "--store", store.toString(), "--clients", "2", "--seconds", "1",
                "--report", report.toString())).isZero();
        String md = Files.readString(report);
        for (String key : new String[] {"who held a post at a date", "posts of a person", "a province's figures"}) {
            String row = md.lines().filter(l -> l.startsWith("| " + key + " |")).findFirst().orElseThrow();
            assertThat(Integer.parseInt(row.split("\\|")[2].trim())).as(key + ": queries answered").isPositive();
        }
        assertThat(md).contains("| `posts-of-person.rq` |").contains("| `eval/posts.rq` |")
                .doesNotContain("| `posts-of-person.rq` | null");
    }
    /**
     * A library query the server refuses is reported as failed while every other query is still timed, and the
     * command exits with 3; an answer the server's timeout cuts off is a failure, not a fast answer.
     */
    @Test
    void reportsAFailingQueryAndTimesTheOthers(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        Path library = Files.createDirectories(dir.resolve("library"));
        Files.writeString(library.resolve("good.rq"), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        Files.writeString(library.resolve("broken.rq"), "SELECT ?s { ?s ?p }");
        Path report = dir.resolve("queries.md");
        assertThat(Main.run("build", "--corpus", "corpus/sample", "--store", store.toString())).isZero();
        assertThat(Main.run("bench", "queries", "--store", store.toString(), "--clients", "1", "--seconds", "1",
                "--queries", library.toString(), "--report", report.toString())).isEqualTo(3);
        String md = Files.readString(report);
        assertThat(md).contains("| `broken.rq` | **failed**: HTTP 400").containsPattern("\\| `good.rq` \\| [0-9.]+ ");
        String who = md.lines().filter(l -> l.startsWith("| who held a post at a date |")).findFirst().orElseThrow();
        assertThat(Integer.parseInt(who.split("\\|")[2].trim())).isPositive();

        // Fuseki streams: at its timeout after the first rows the status is still 200, and the body stops.
        FusekiServer server = KgServer.builder(store).port(0).queryTimeout("10000,1").build();
        server.start();
        try {
            QueryBench q = new QueryBench(URI.create("http://localhost:" + server.getHttpPort() + "/kg/sparql"));
            assertThatThrownBy(() -> q.run("SELECT * { ?a ?b ?c . ?d ?e ?f }"))
                    .hasMessageMatching("(the answer broke off after .*|HTTP 503: .*)");
        } finally {
            server.stop();
        }
    }

    @Test
    void refusesAFolderThatIsNoStore(@TempDir Path dir) {
        assertThat(Main.run("bench", "queries", "--store", dir.resolve("none").toString())).isNotZero();
    }
}
