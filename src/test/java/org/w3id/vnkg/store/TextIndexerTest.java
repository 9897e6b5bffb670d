package org.w3id.vnkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.assembler.Assembler;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.rdf.FixtureFacts;
import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.serve.KgServer;

/**
 * The name index, rebuilt from a store as kg build does, answers the graph page's search query without
 * diacritics: the analyzer of fuseki-config/config.ttl folds ư, ơ, ễ and đ.
 */
class TextIndexerTest {
    @TempDir
    static Path dir;
    private static Dataset textDataset;

    @BeforeAll
    static void indexAFixtureStore() {
        Path store = dir.resolve("store");
        Model config = KgServer.builder(store).config();
        try (KgStore kg = KgStore.open(store)) {
            kg.replaceGraphs(Map.of(IriMinter.articleGraph(FixtureFacts.DOC),
                    new FactMapper("test").map(FixtureFacts.facts())));
            assertThat(TextIndexer.rebuild(kg, config)).isGreaterThan(5);
            // A second rebuild starts from scratch: it neither fails on the old index nor doubles it.
            assertThat(TextIndexer.rebuild(kg, config)).isGreaterThan(5);
        }
        TextQuery.init();
        textDataset = (Dataset) Assembler.general().open(config.listSubjectsWithProperty(RDF.type,
                ResourceFactory.createResource("http://jena.apache.org/text#TextDataset")).next());
    }

    @AfterAll
    static void close() {
        textDataset.close();
    }

    private static List<String> search(String lucene) throws IOException {
        String query = Files.readString(Path.of("queries/web/search.rq"));
        List<String> labels = new ArrayList<>();
        textDataset.executeRead(() -> {
            try (QueryExecution qe = QueryExecution.dataset(textDataset).query(query)
                    .substitution("_q", ResourceFactory.createPlainLiteral(lucene)).build()) {
                qe.execSelect().forEachRemaining(row -> labels.add(row.getLiteral("label").getString()));
            }
        });
        return labels;
    }

    @Test
    void findsEachNameOnceThoughItIsInTwoPredicates() throws IOException {
        assertThat(search("+luong +cuong*")).containsExactly("Lương Cường");
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            +luong +cuong*          | Lương Cường
            +luong +cuo*            | Lương Cường
            +lương +cường*          | Lương Cường
            +le +thi +thu +hong*    | Lê Thị Thu Hồng
            +bac +giang*            | Bắc Giang
            +dang +bo*              | Ban Chấp hành Đảng bộ tỉnh Bắc Giang
            +uy +vien +bo +chinh*   | Ủy viên Bộ Chính trị
            """)
    void findsNamesWithoutTheirDiacritics(String lucene, String label) throws IOException {
        assertThat(search(lucene)).contains(label);
    }

    @ParameterizedTest(name = "{0} finds nothing")
    @CsvSource(textBlock = """
            +cuong +luongx*
            +hanoi*
            """)
    void findsNothingForOtherNames(String lucene) throws IOException {
        assertThat(search(lucene)).isEmpty();
    }

    @Test
    void indexesANameGivenByManyArticlesOnce(@TempDir Path other) {
        Path store = other.resolve("store");
        Model config = KgServer.builder(store).config();
        Model graph = new FactMapper("test").map(FixtureFacts.facts());
        try (KgStore kg = KgStore.open(store)) {
            kg.replaceGraphs(Map.of(IriMinter.articleGraph("a.txt"), graph));
            int once = TextIndexer.rebuild(kg, config);
            kg.replaceGraphs(Map.of(IriMinter.articleGraph("b.txt"), graph, IriMinter.articleGraph("c.txt"), graph));
            assertThat(TextIndexer.rebuild(kg, config)).isEqualTo(once);
        }
    }
}
