package org.w3id.vnkg.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class TsvTest {

    private static Tsv parse(String text) throws IOException {
        return Tsv.parse("test.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsHeaderRowsAndSkipsCommentsAndBlankLines() throws IOException {
        Tsv tsv = parse("# a comment\nrole\tkind\n\nBí thư\tparty\nChủ tịch\n");
        assertThat(tsv.header()).containsExactly("role", "kind");
        assertThat(tsv.column("role")).containsExactly("Bí thư", "Chủ tịch");
        assertThat(tsv.rows().get(1).get("kind")).isEmpty();
    }

    @Test
    void rejectsARowWithMoreCellsThanTheHeaderNamingTheLine() {
        assertThatThrownBy(() -> parse("role\nBí thư\textra\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test.tsv:2");
    }

    @Test
    void missingResourceFailsNamingIt() {
        assertThatThrownBy(() -> Tsv.load("no-such-file.tsv"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("no-such-file.tsv");
    }

    @Test
    void everyGazetteerOfTheProjectLoads() throws IOException, URISyntaxException {
        URL known = Tsv.class.getResource("/org/w3id/vnkg/lexicon/surnames.tsv");
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(known.toURI()).getParent())) {
            files = s.filter(p -> p.toString().endsWith(".tsv")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            Tsv tsv = Tsv.load(f.getFileName().toString());
            assertThat(tsv.rows()).as(f.getFileName().toString()).isNotEmpty();
        }
    }
}
