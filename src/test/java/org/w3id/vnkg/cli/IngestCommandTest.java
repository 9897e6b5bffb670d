package org.w3id.vnkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.store.KgStore;

/** {@code kg ingest} end to end, in process. */
class IngestCommandTest {
    @TempDir
    Path dir;

    private static final Path THAI_NGUYEN = Path.of("corpus/sample/002_5bfcb5e402b5767e.txt");
    private static final Path HA_GIANG = Path.of("corpus/sample/003_42e8c6facbdc909d.txt");

    @Test
    void refusesASecondFileOfTheRunWithTheSameNameInAnotherFolder() throws Exception {
        Path store = dir.resolve("store");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(Path.of("corpus/sample/001_33591164b049cd22.txt"), corpus.resolve("001.txt"));
        assertThat(Main.run("build", "--corpus", corpus.toString(), "--store", store.toString())).isZero();
        Path first = Files.createDirectories(dir.resolve("a")).resolve("bai.txt");
        Path second = Files.createDirectories(dir.resolve("b")).resolve("bai.txt");
        Files.copy(THAI_NGUYEN, first);
        Files.copy(HA_GIANG, second);

        // The first file named twice (another spelling of its path) is no conflict; the other folder's is.
        String out = run("ingest", "--store", store.toString(), first.toString(),
                dir.resolve("b/../a/bai.txt").toString(), second.toString());

        assertThat(out).contains("FAILED " + second + ": another text has the same file name ("
                + first.toAbsolutePath().normalize() + "), and an article's graph is named by its file name: rename "
                + "one of them (" + second + ")");
        assertThat(out.lines().filter(l -> l.startsWith("FAILED"))).hasSize(1);
        assertThat(exit).isEqualTo(3);
        try (KgStore kg = KgStore.open(store)) {
            // The graph holds the first file's article, not the second's.
            String headline = kg.select("""
                    PREFIX schema: <https://schema.org/>
                    SELECT ?h { GRAPH <%s> { ?a schema:headline ?h } }""".formatted(IriMinter.articleGraph("bai.txt")))
                    .get(0).getLiteral("h").getString();
            assertThat(headline).contains("Thái Nguyên").doesNotContain("Hà Giang");
        }
    }

    @Test
    void findsTheFilesThatRepeatAnEarlierFilesName() {
        Path a = Path.of("x/bai.txt");
        assertThat(IngestCommand.sameFileName(List.of(a, Path.of("y/bai.txt"), Path.of("x/./bai.txt"),
                Path.of("y/khac.txt"), Path.of("z/bai.txt"))))
                .isEqualTo(Map.of(Path.of("y/bai.txt"), a.toAbsolutePath(), Path.of("z/bai.txt"), a.toAbsolutePath()));
    }

    private int exit;

    private String run(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            exit = Main.run(args);
            return buf.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(saved);
        }
    }
}
