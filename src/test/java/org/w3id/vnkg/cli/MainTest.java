package org.w3id.vnkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.rdf.FixtureFacts;
import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.store.NewStoreFolder;

class MainTest {

    /** Runs kg with the given arguments and returns its standard output. */
    private static String kg(int expectedExit, String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run(args)).as("exit status of kg %s", String.join(" ", args)).isEqualTo(expectedExit);
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void buildsThenQueriesTheSampleAsCsv(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        Main.run("build", "--corpus", "corpus/sample", "--store", store.toString());
        assertThat(store.resolve("build-report.json")).exists();
        assertThat(Files.readString(store.resolve("build-report.json"))).contains("\"loaded\": 5");
        // The name index of the graph page's search box is rebuilt with the store.
        assertThat(store.resolve("text-index"))
                .isDirectoryContaining(p -> p.getFileName().toString().startsWith("segments"));
        String csv = kg(0, "query", "--store", store.toString(), "--format", "csv", "queries/eval/posts.rq");
        assertThat(csv.lines().findFirst()).hasValue("doc,person,role,organization,asOf");
        assertThat(csv).contains("Lê Thị Thu Hồng,Phó Bí thư Thường trực,Tỉnh ủy Bắc Giang");
    }

    @Test
    void queryParametersAreBoundIntoTheParsedQueryNotPasted(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        Main.run("build", "--corpus", "corpus/sample", "--store", store.toString());
        String q = "PREFIX schema: <https://schema.org/> SELECT ?p WHERE { ?p schema:name ?name }";
        assertThat(kg(0, "query", "--store", store.toString(), "--format", "csv", "-p", "name=Lê Thị Thu Hồng", "-e", q)
                .lines().count()).isGreaterThanOrEqualTo(2);
        String hostile = "x\" } ?p ?q ?r . { \"";
        assertThat(kg(0, "query", "--store", store.toString(), "--format", "csv", "-p", "name=" + hostile, "-e", q)
                .lines().count()).isEqualTo(1);
        assertThat(Main.run("query", "--store", store.toString(), "-p", "nosuchvar=x", "-e", q)).isNotZero();
    }

    @Test
    void queryOfAMissingStoreIsAOneLineUserError(@TempDir Path dir) {
        assertThat(Main.run("query", "--store", dir.resolve("nothing").toString(), "-e", "ASK {}")).isEqualTo(2);
    }

    @Test
    void buildOfAMissingFolderIsAUserError(@TempDir Path dir) {
        assertThat(Main.run("build", "--corpus", dir.resolve("none").toString(), "--store",
                dir.resolve("s").toString())).isEqualTo(2);
    }

    @Test
    void loadBulkFillsANewStoreThatQueriesThenSee(@TempDir Path dir) throws Exception {
        Dataset ds = DatasetFactory.create();
        ds.addNamedModel(IriMinter.articleGraph(FixtureFacts.DOC),
                new FactMapper("test").map(FixtureFacts.facts()));
        Path nq = dir.resolve("article.nq");
        try (OutputStream out = Files.newOutputStream(nq)) {
            RDFDataMgr.write(out, ds, Lang.NQUADS);
        }
        String store = dir.resolve("store").toString();
        assertThat(kg(0, "load", "--bulk", "--store", store, nq.toString())).startsWith("loaded ");
        String csv = kg(0, "query", "--store", store, "--format", "csv", "-e", "PREFIX schema: <https://schema.org/> SELECT ?n { GRAPH <"
                + IriMinter.articleGraph(FixtureFacts.DOC) + "> { ?p schema:name ?n } } ORDER BY ?n LIMIT 1");
        assertThat(csv.lines()).containsExactly("n", "Lê Thị Thu Hồng");
        assertThat(NewStoreFolder.partial(Path.of(store))).doesNotExist();
        assertThat(Main.run("load", "--bulk", "--store", store, nq.toString())).as("bulk into a full store")
                .isEqualTo(2);

        // A new store whose load fails half way is not published, and nothing is left behind.
        Path bad = dir.resolve("bad.nq");
        Files.writeString(bad, Files.readString(nq) + "<http://x/s> <http://x/p> \"unterminated .\n");
        Path other = dir.resolve("other");
        assertThat(Main.run("load", "--bulk", "--store", other.toString(), bad.toString())).isEqualTo(2);
        assertThat(other).doesNotExist();
        assertThat(NewStoreFolder.partial(other)).doesNotExist();
    }
}
