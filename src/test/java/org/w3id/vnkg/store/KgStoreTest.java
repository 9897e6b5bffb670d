package org.w3id.vnkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;

import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.rdf.FixtureFacts;
import org.w3id.vnkg.rdf.IriMinter;

class KgStoreTest {

    private static Model fixture() {
        return new FactMapper("test").map(FixtureFacts.facts());
    }

    @Test
    void replacingAnArticleGraphTwiceDuplicatesNothing() {
        try (KgStore store = KgStore.inMemory()) {
            String graph = IriMinter.articleGraph(FixtureFacts.DOC);
            store.replaceGraphs(Map.of(graph, fixture()));
            long once = store.size();
            store.replaceGraphs(Map.of(graph, fixture()));
            assertThat(once).isEqualTo(fixture().size());
            assertThat(store.size()).isEqualTo(once);
        }
    }

    @Test
    void queriesSeeTheUnionOfArticleGraphs() {
        try (KgStore store = KgStore.inMemory()) {
            store.replaceGraphs(Map.of(IriMinter.articleGraph(FixtureFacts.DOC), fixture()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.query("PREFIX schema: <https://schema.org/> SELECT ?n WHERE { ?p schema:name ?n } ORDER BY ?n",
                    ResultSetLang.RS_CSV, out);
            assertThat(out.toString(StandardCharsets.UTF_8).lines())
                    .containsExactly("n", "Lê Thị Thu Hồng", "Lương Cường");
        }
    }

    @Test
    void removingAGraphRemovesOnlyItsTriples() {
        try (KgStore store = KgStore.inMemory()) {
            store.replaceGraphs(Map.of(IriMinter.articleGraph("a.txt"), fixture(),
                    IriMinter.articleGraph("b.txt"), fixture()));
            long both = store.size();
            store.removeGraphs(java.util.List.of(IriMinter.articleGraph("a.txt")));
            assertThat(store.size()).isEqualTo(both / 2);
        }
    }
}
