package org.w3id.vnkg.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;

import org.w3id.vnkg.facts.ArticleInfo;
import org.w3id.vnkg.facts.DocumentFacts;
import org.w3id.vnkg.facts.Evidence;
import org.w3id.vnkg.facts.Gender;
import org.w3id.vnkg.facts.PartialDate;
import org.w3id.vnkg.facts.Post;
import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.rdf.KG;
import org.w3id.vnkg.store.KgStore;

/** The compact holding of the linking: its IRI kept as its hash, the order and the one row per holding. */
class ArticleHoldingTest {

    private static ArticleHolding holding(String iri, String doc) {
        return new ArticleHolding(iri, IriMinter.person("Dương Văn Thái"), "Dương Văn Thái", "Bí thư",
                IriMinter.organization("Tỉnh ủy Bắc Giang"), "Tỉnh ủy Bắc Giang", "Bắc Giang",
                PartialDate.ofMonth(2023, 5), null, doc);
    }

    @Test
    void theHoldingIriIsGivenBackAsMintedWhateverItsShape() {
        List<String> iris = List.of(
                IriMinter.holding("001_bac_giang.txt", "Dương Văn Thái", "Bí thư", "Tỉnh ủy Bắc Giang"),
                IriMinter.holding("004.txt", "Hoàng Duy Chinh", "Bí thư", "Tỉnh ủy"),
                ArticleHolding.HOLDING_PREFIX + "0000000000000000000a",   // leading zeros in both parts
                ArticleHolding.HOLDING_PREFIX + "ffffffffffffffffffff",   // the high bit set
                ArticleHolding.HOLDING_PREFIX + "ABCDEFABCDEFABCDEFAB",   // upper case: not as minted, kept as is
                ArticleHolding.HOLDING_PREFIX + "short",
                "https://example.org/holding/1");
        for (String iri : iris) {
            assertThat(holding(iri, "d.txt").holding()).isEqualTo(iri);
        }
        assertThat(ArticleHolding.isHashed(iris.get(0))).isTrue();
        assertThat(ArticleHolding.isHashed(iris.get(4))).isFalse();
    }

    @Test
    void holdingsSortByArticleThenByTheirIriAsStrings() {
        List<ArticleHolding> hs = new ArrayList<>();
        for (String doc : List.of("b.txt", "a.txt")) {
            for (String iri : List.of(ArticleHolding.HOLDING_PREFIX + "f0000000000000000000",
                    ArticleHolding.HOLDING_PREFIX + "0000000000000000000f",
                    ArticleHolding.HOLDING_PREFIX + "00000000000000000010",
                    ArticleHolding.HOLDING_PREFIX + "ZZ", ArticleHolding.HOLDING_PREFIX + "1",
                    IriMinter.holding(doc, "Nguyễn Văn Gấu", "Bí thư", "Tỉnh ủy Bắc Giang"))) {
                hs.add(holding(iri, doc));
            }
        }
        List<String> expected = hs.stream().map(h -> h.doc() + " " + h.holding()).sorted().toList();
        hs.sort(ArticleHolding.ARTICLE_ORDER);
        assertThat(hs.stream().map(h -> h.doc() + " " + h.holding()).toList()).isEqualTo(expected);
        assertThat(hs.get(0).compareHolding(holding(hs.get(0).holding(), "x.txt"))).isZero();
    }

    @Test
    void aHoldingTheQueryReturnsTwiceIsReadOnce() {
        String doc = "bg_2024.txt";
        PartialDate date = new PartialDate(2024, 6, 26);
        String s = "Nguyễn Văn Gấu, Bí thư Tỉnh ủy Bắc Giang";
        Post gau = new Post("Nguyễn Văn Gấu", Gender.MALE, null, "Bí thư", "Tỉnh ủy Bắc Giang", "Bắc Giang",
                Post.Qualifier.NONE, date, 0.8, new Evidence(doc, 0, s.length(), s));
        Post thai = new Post("Dương Văn Thái", Gender.MALE, null, "Phó Bí thư", "Tỉnh ủy Bắc Giang", "Bắc Giang",
                Post.Qualifier.NONE, date, 0.8, new Evidence(doc, 0, s.length(), s));
        Model g = new FactMapper("test").map(new DocumentFacts(new ArticleInfo(doc, "t", date, date, "0".repeat(64)),
                List.of(gau, thai), List.of(), List.of()));
        // a second attestation date: the holdings query returns the holding on two rows
        Resource h = g.createResource(IriMinter.holding(doc, "Nguyễn Văn Gấu", "Bí thư", "Tỉnh ủy Bắc Giang"));
        assertThat(g.containsResource(h)).isTrue();
        h.addLiteral(KG.attestedOn, g.createTypedLiteral("2024-07-01",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
        try (KgStore store = KgStore.inMemory()) {
            store.replaceGraphs(Map.of(IriMinter.articleGraph(doc), g));
            List<ArticleHolding> hs = Enricher.holdings(store);
            assertThat(hs).hasSize(2);
            assertThat(hs).isSortedAccordingTo(Comparator.comparing(ArticleHolding::holding));
            assertThat(hs).extracting(ArticleHolding::name).containsExactlyInAnyOrder("Nguyễn Văn Gấu", "Dương Văn Thái");
            // the least of its rows, whatever order the store returns them in
            assertThat(hs).filteredOn(x -> x.name().equals("Nguyễn Văn Gấu")).singleElement()
                    .extracting(ArticleHolding::date).isEqualTo(date);
        }
    }
}
