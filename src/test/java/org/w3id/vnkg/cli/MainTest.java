package org.w3id.vnkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        String csv = kg(0, "query", "--store", store.toString(), "--format", "csv", "queries/eval/posts.rq");
        assertThat(csv.lines().findFirst()).hasValue("doc,person,role,organization,asOf");
        assertThat(csv).contains("Lê Thị Thu Hồng,Phó Bí thư Thường trực,Tỉnh ủy Bắc Giang");
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
}
