package org.w3id.vnkg.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.w3id.vnkg.lexicon.Tsv;

class VnLexiconTest {

    private static List<String> gazetteers() throws IOException, URISyntaxException {
        Path dir = Path.of(Tsv.class.getResource("/org/w3id/vnkg/lexicon/surnames.tsv").toURI()).getParent();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tsv")).sorted().toList();
        }
    }

    @Test
    void loadsEveryGazetteerWithNfcCells() throws Exception {
        List<String> names = gazetteers();
        assertThat(names).contains("surnames.tsv", "roles.tsv", "bodies.tsv", "honorifics.tsv", "provinces.tsv");
        for (String name : names) {
            Tsv tsv = Tsv.load(name);
            assertThat(tsv.rows()).as(name).isNotEmpty();
            for (Map<String, String> row : tsv.rows()) {
                for (String cell : row.values()) {
                    assertThat(Normalizer.isNormalized(cell, Normalizer.Form.NFC)).as(name + ": " + cell).isTrue();
                }
            }
        }
    }

    @Test
    void compilesTheLexiconAndTheAnnotatorsOfThePipeline() {
        VnLexicon lex = VnLexicon.standard();
        assertThat(lex.surnames().size()).isGreaterThan(150);
        assertThat(lex.provinceNames()).contains("Bắc Giang", "Hòa Bình", "Hồ Chí Minh", "Huế").hasSizeGreaterThan(60);
        assertThat(VnPipelineFactory.create()).isNotNull();
    }

    @Test
    void rejectsUnknownAnnotatorProperties() {
        Properties props = new Properties();
        props.setProperty("vnperson.dictionnary", "x");
        assertThatThrownBy(() -> new PersonMentionAnnotator("vnperson", props))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vnperson.dictionnary");
    }
}
