package org.w3id.vnkg.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.w3id.vnkg.cli.Main;
import org.w3id.vnkg.facts.ArticleInfo;
import org.w3id.vnkg.facts.DocumentFacts;
import org.w3id.vnkg.facts.Evidence;
import org.w3id.vnkg.facts.Gender;
import org.w3id.vnkg.facts.PartialDate;
import org.w3id.vnkg.facts.Post;
import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.store.KgStore;

/** {@code kg link} against a local SPARQL endpoint filled with a few Wikidata-shaped triples (port 0). */
class LinkCommandIT {
    private static final String WIKIDATA_SHAPED = """
            @prefix wd: <http://www.wikidata.org/entity/> .
            @prefix wdt: <http://www.wikidata.org/prop/direct/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            wd:Q900001 rdfs:label "Lê Ánh Dương"@vi ; wdt:P31 wd:Q5 ; wdt:P27 wd:Q881 .
            wd:Q900002 rdfs:label "Phạm Văn Hai"@vi ; wdt:P31 wd:Q5 ; wdt:P27 wd:Q881 .
            wd:Q900003 rdfs:label "Phạm Văn Hai"@vi ; wdt:P31 wd:Q5 ; wdt:P27 wd:Q881 .
            """;

    private static void article(Path store) {
        PartialDate date = new PartialDate(2024, 6, 26);
        String s = "ông Lê Ánh Dương, Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang; ông Phạm Văn Hai, Phó Chủ tịch";
        Evidence e = new Evidence("a.txt", 0, s.length(), s);
        DocumentFacts f = new DocumentFacts(new ArticleInfo("a.txt", "t", date, date, "0".repeat(64)), List.of(
                new Post("Lê Ánh Dương", Gender.MALE, null, "Chủ tịch", "Ủy ban nhân dân tỉnh Bắc Giang", "Bắc Giang",
                        Post.Qualifier.NONE, date, 0.8, e),
                new Post("Phạm Văn Hai", Gender.MALE, null, "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Bắc Giang", "Bắc Giang",
                        Post.Qualifier.NONE, date, 0.8, e)), List.of(), List.of());
        try (KgStore kg = KgStore.open(store)) {
            kg.replaceGraphs(Map.of(IriMinter.articleGraph("a.txt"), new FactMapper("test").map(f)));
        }
    }

    @Test
    void reconcilesAUniqueLabelOnlineAndLeavesNamesakesAlone(@TempDir Path dir) {
        Path store = dir.resolve("store");
        article(store);
        Model wd = ModelFactory.createDefaultModel().read(new StringReader(WIKIDATA_SHAPED), null, "TTL");
        FusekiServer server = FusekiServer.create().port(0).loopback(true)
                .add("/wd", DatasetFactory.wrap(wd)).build().start();
        try {
            String endpoint = "http://localhost:" + server.getPort() + "/wd/sparql";
            assertThat(Main.run("link", "--store", store.toString(), "--endpoint", endpoint)).isZero();
        } finally {
            server.stop();
        }
        try (KgStore kg = KgStore.open(store)) {
            Model inferred = kg.dataset().calculateRead(
                    () -> ModelFactory.createDefaultModel().add(kg.dataset().getNamedModel(IriMinter.inferredGraph())));
            assertThat(inferred.listObjectsOfProperty(SKOS.closeMatch).toList())
                    .extracting(n -> n.asResource().getURI())
                    .containsExactly("http://www.wikidata.org/entity/Q900001");
            assertThat(inferred.contains(null, org.w3id.vnkg.rdf.KG.rule, WikidataReconciler.RULE)).isTrue();
        }
    }

    @Test
    void withoutANetworkTheOfflineGraphStays(@TempDir Path dir) {
        Path store = dir.resolve("store");
        article(store);
        // nothing listens on port 9 of the loopback (discard): the online path fails, the command does not
        assertThat(Main.run("link", "--store", store.toString(), "--endpoint", "http://127.0.0.1:9/sparql")).isZero();
        try (KgStore kg = KgStore.open(store)) {
            assertThat(kg.dataset().calculateRead(() -> kg.dataset().containsNamedModel(IriMinter.inferredGraph())))
                    .isTrue();
        }
    }
}
