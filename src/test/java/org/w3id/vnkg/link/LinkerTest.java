package org.w3id.vnkg.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.w3id.vnkg.facts.ArticleInfo;
import org.w3id.vnkg.facts.DocumentFacts;
import org.w3id.vnkg.facts.Evidence;
import org.w3id.vnkg.facts.Figure;
import org.w3id.vnkg.facts.Gender;
import org.w3id.vnkg.facts.PartialDate;
import org.w3id.vnkg.facts.Post;
import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.rdf.OntologyFiles;
import org.w3id.vnkg.store.KgStore;

/**
 * The link stage over a small store of hand-written articles (shapes of the samples: 001 for Bắc Giang,
 * 004 for an article that never names its province), one per question the issue asks.
 */
class LinkerTest {
    private static KgStore store;
    private static Model inferred;
    private static final Map<String, Model> graphs = new LinkedHashMap<>();

    private static final class Doc {
        final String id;
        final PartialDate date;
        final List<Post> posts = new ArrayList<>();
        final List<Figure> figures = new ArrayList<>();

        Doc(String id, PartialDate date) {
            this.id = id;
            this.date = date;
        }

        Doc post(String person, String role, String org, String province) {
            String s = person + ", " + role + " " + org;
            posts.add(new Post(person, Gender.MALE, null, role, org, province, Post.Qualifier.NONE, date, 0.8,
                    new Evidence(id, 0, s.length(), s)));
            return this;
        }

        Doc figure(String area, String value) {
            String s = "GRDP đạt " + value + "%";
            figures.add(new Figure("tốc độ tăng trưởng GRDP", new java.math.BigDecimal(value), "percent", area,
                    Integer.toString(date.year()), Figure.Status.ACTUAL, s, List.of(), new Evidence(id, 0, s.length(), s)));
            return this;
        }

        DocumentFacts facts() {
            return new DocumentFacts(new ArticleInfo(id, "t", date, date, "0".repeat(64)), posts, List.of(), figures);
        }
    }

    @BeforeAll
    static void store() {
        List<Doc> docs = List.of(
                new Doc("bg_2023.txt", PartialDate.ofMonth(2023, 5))
                        .post("Dương Văn Thái", "Bí thư", "Tỉnh ủy Bắc Giang", "Bắc Giang"),
                new Doc("bg_2024.txt", new PartialDate(2024, 6, 26))
                        .post("Nguyễn Văn Gấu", "Bí thư", "Tỉnh ủy Bắc Giang", "Bắc Giang")
                        .figure("Bắc Giang", "13.45"),
                new Doc("bn_2026.txt", new PartialDate(2026, 1, 15))
                        .post("Nguyễn Hồng Thái", "Bí thư", "Tỉnh ủy Bắc Ninh", "Bắc Ninh")
                        .figure("Bắc Ninh", "9.1"),
                // sample 004: the province is never named
                new Doc("bk_2024.txt", new PartialDate(2024, 4, 8))
                        .post("Hoàng Duy Chinh", "Bí thư", "Tỉnh ủy", null)
                        .post("Nguyễn Đăng Bình", "Chủ tịch", "Ủy ban nhân dân tỉnh", null)
                        .figure(null, "5.9"),
                // the same words after the merger: Bắc Kạn no longer exists, no linked tenure covers the date
                new Doc("generic_2026.txt", new PartialDate(2026, 3, 1))
                        .post("Hoàng Duy Chinh", "Bí thư", "Tỉnh ủy", null),
                // two officials named Nguyễn Thanh Hải in two provinces
                new Doc("tn_2023.txt", new PartialDate(2023, 12, 29))
                        .post("Nguyễn Thanh Hải", "Bí thư", "Tỉnh ủy Thái Nguyên", "Thái Nguyên"),
                new Doc("cm_2019.txt", new PartialDate(2019, 3, 2))
                        .post("Nguyễn Thanh Hải", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Cà Mau", "Cà Mau"));
        store = KgStore.inMemory();
        FactMapper mapper = new FactMapper("test");
        for (Doc d : docs) {
            graphs.put(IriMinter.articleGraph(d.id), mapper.map(d.facts()));
        }
        graphs.put(IriMinter.ontologyGraph(), OntologyFiles.ontology()); // as kg build loads it
        store.replaceGraphs(graphs);
        new Linker(LinkData.standard()).link(store);
        inferred = store.graph(IriMinter.inferredGraph());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<String> rows(String sparql) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query(sparql, ResultSetLang.RS_CSV, out);
        return out.toString(StandardCharsets.UTF_8).lines().skip(1).toList();
    }

    private static String file(String name) throws IOException {
        return Files.readString(Path.of("queries", name));
    }

    /** What kg build writes into a new store, linking each article graph as it is extracted. */
    private static Model linkedWhileBuilding(List<Model> articleGraphs) {
        Model built = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        BuildLinker linker = new BuildLinker(LinkData.standard(), built.getGraph()::add);
        articleGraphs.forEach(g -> linker.article(BuildLinker.rows(g)));
        linker.finish();
        return built;
    }

    @Test
    void linkingArticlesAsTheyAreBuiltGivesTheInferredGraphOfTheStore() {
        List<Model> articles = new ArrayList<>(graphs.values());
        articles.remove(graphs.get(IriMinter.ontologyGraph()));
        java.util.Collections.reverse(articles);   // kg build may hand them over in any order
        Model built = linkedWhileBuilding(articles);
        assertThat(built.size()).isEqualTo(inferred.size()).isGreaterThan(50);
        assertThat(built.isIsomorphicWith(inferred)).isTrue();
    }

    @Test
    void aHoldingOnTwoRowsKeepsTheSameRowOnBothPaths() {
        // Dương Văn Thái attested on two dates in one article: holdings.rq returns his holding twice, and the
        // store and the article graph may return the two rows in either order.
        PartialDate date = new PartialDate(2024, 2, 1);
        String s = "Dương Văn Thái, Bí thư Tỉnh ủy Bắc Giang";
        Post thai = new Post("Dương Văn Thái", Gender.MALE, null, "Bí thư", "Tỉnh ủy Bắc Giang", "Bắc Giang",
                Post.Qualifier.NONE, date, 0.8, new Evidence("bg_two.txt", 0, s.length(), s));
        Model g = new FactMapper("test").map(new DocumentFacts(new ArticleInfo("bg_two.txt", "t", date, date,
                "1".repeat(64)), List.of(thai), List.of(), List.of()));
        g.createResource(IriMinter.holding("bg_two.txt", "Dương Văn Thái", "Bí thư", "Tỉnh ủy Bắc Giang"))
                .addLiteral(org.w3id.vnkg.rdf.KG.attestedOn, g.createTypedLiteral("2025-08-01",
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
        try (KgStore two = KgStore.inMemory()) {
            two.replaceGraphs(Map.of(IriMinter.articleGraph("bg_two.txt"), g));
            new Linker(LinkData.standard()).link(two);
            Model fromStore = two.graph(IriMinter.inferredGraph());
            Model built = linkedWhileBuilding(List.of(g));
            assertThat(built.isIsomorphicWith(fromStore)).isTrue();
            // the least of the two rows is kept, on both paths: the earlier date
            assertThat(fromStore.listObjectsOfProperty(org.w3id.vnkg.rdf.KG.latestAttested).toList())
                    .extracting(n -> n.asLiteral().getLexicalForm()).containsExactly("2024-02-01");
        }
    }

    @Test
    void theEntitiesGraphHoldsEachNamedEntityOnceAndNoFact() {
        String g = "<" + IriMinter.entitiesGraph() + ">";
        // Tỉnh ủy Bắc Giang is named by two articles (and the era-specific body of the reference graph by the link set)
        assertThat(rows("PREFIX skos: <http://www.w3.org/2004/02/skos/core#>"
                + " SELECT ?body { GRAPH " + g + " { ?body skos:prefLabel \"Tỉnh ủy Bắc Giang\"@vi } }"))
                .containsExactlyInAnyOrder(IriMinter.organization("Tỉnh ủy Bắc Giang"), IriMinter.provincialBody("pre2025", "24", "tinh-uy"));
        // the article's name node and the person the link stage resolved it to (inferred graph), once each
        assertThat(rows("PREFIX schema: <https://schema.org/> SELECT ?p { GRAPH " + g + " { ?p schema:name \"Nguyễn Văn Gấu\" } }"))
                .containsExactlyInAnyOrder(IriMinter.person("Nguyễn Văn Gấu"), IriMinter.person("Nguyễn Văn Gấu") + "/p24");
        // its type and province come along; the holdings and figures (no name) stay in the article graphs
        assertThat(rows("PREFIX org: <http://www.w3.org/ns/org#> SELECT ?b { GRAPH " + g + " { ?b a org:Organization } }"))
                .contains(IriMinter.organization("Tỉnh ủy Bắc Giang"));
        assertThat(rows("PREFIX kg: <https://w3id.org/vnkg/ontology#> SELECT ?h { GRAPH " + g
                + " { { ?h a kg:PostHolding } UNION { ?h kg:value ?v } } }")).isEmpty();
        // the span of the facts' dates, compared as written (bg_2023 is dated 2023-05)
        assertThat(rows("PREFIX kg: <https://w3id.org/vnkg/ontology#> SELECT ?a ?b { GRAPH " + g + " { " + g
                + " kg:earliestFactDate ?a ; kg:latestFactDate ?b } }")).containsExactly("2019-03-02,2026-03-01");
    }

    @Test
    void theEntitiesGraphIsWhatTheOtherGraphsSayOfEveryNamedSubjectAndNothingElse() {
        String g = "<" + IriMinter.entitiesGraph() + ">";
        // The definition, in SPARQL: every triple, in any graph but the index, of a subject named in such a graph.
        List<String> expected = rows("PREFIX skos: <http://www.w3.org/2004/02/skos/core#>"
                + " PREFIX schema: <https://schema.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
                + " SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } FILTER(?g != " + g + ")"
                + " FILTER EXISTS { GRAPH ?n { ?s skos:prefLabel|schema:name|rdfs:label ?name } FILTER(?n != " + g + ") } }");
        List<String> index = rows("SELECT ?s ?p ?o { GRAPH " + g + " { ?s ?p ?o } FILTER(?s != " + g + ") }");
        assertThat(expected).hasSizeGreaterThan(50);
        assertThat(index).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void rewritingTheEntitiesGraphDropsWhatOnlyTheOldIndexSaid() {
        Model article = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        article.createResource(IriMinter.organization("Tỉnh ủy Bắc Giang"))
                .addProperty(org.apache.jena.vocabulary.SKOS.prefLabel, "Tỉnh ủy Bắc Giang", "vi");
        Model stale = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        stale.createResource(IriMinter.organization("Tỉnh ủy Bắc Kạn"))
                .addProperty(org.apache.jena.vocabulary.SKOS.prefLabel, "Tỉnh ủy Bắc Kạn", "vi");
        try (KgStore one = KgStore.inMemory()) {
            one.replaceGraphs(Map.of(IriMinter.articleGraph("bg.txt"), article, IriMinter.entitiesGraph(), stale));
            Linker.writeEntities(one, false);
            Model index = one.graph(IriMinter.entitiesGraph());
            // a body named only by the old index is no entity any more; the one an article names is, once
            assertThat(index.listSubjects().mapWith(r -> r.getURI()).toList())
                    .containsExactly(IriMinter.organization("Tỉnh ủy Bắc Giang"));
            assertThat(index.size()).isEqualTo(1);
        }
    }

    @Test
    void aQuestionAboutTodaysBacNinhAlsoFindsTheFormerBacGiang() throws IOException {
        List<String> rows = rows(file("facts-about-province-lineage.rq"));
        assertThat(rows).anyMatch(r -> r.contains("bn_2026.txt") && r.contains("Tỉnh Bắc Ninh,post2025"));
        assertThat(rows).anyMatch(r -> r.contains("bg_2024.txt") && r.contains("Tỉnh Bắc Giang,pre2025"));
        assertThat(rows).noneMatch(r -> r.contains("tn_2023.txt") || r.contains("bk_2024.txt"));
    }

    @Test
    void a2024FactStillNamesBacGiangAndA2026FactTheMergedBacNinh() {
        String q = "PREFIX kg: <https://w3id.org/vnkg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>"
                + " PREFIX qb: <http://purl.org/linked-data/cube#>"
                + " SELECT ?doc ?name ?code { ?f a qb:Observation ; kg:provinceUnit ?u ;"
                + " kg:evidence/kg:inArticle/kg:fileName ?doc . ?u skos:prefLabel ?name ; kg:gsoCode ?code } ORDER BY ?doc";
        assertThat(rows(q)).containsExactly("bg_2024.txt,Tỉnh Bắc Giang,24", "bn_2026.txt,Tỉnh Bắc Ninh,24");
    }

    @Test
    void settlesTheProvinceOfAGenericBodyFromADatedLinkedTenure() throws IOException {
        List<String> posts = rows(file("eval/posts.rq"));
        assertThat(posts).contains("bk_2024.txt,Hoàng Duy Chinh,Bí thư,Tỉnh ủy Bắc Kạn,2024-04-08",
                "bk_2024.txt,Nguyễn Đăng Bình,Chủ tịch,Ủy ban nhân dân tỉnh Bắc Kạn,2024-04-08");
        assertThat(posts).contains("generic_2026.txt,Hoàng Duy Chinh,Bí thư,Tỉnh ủy,2026-03-01");
        List<String> enrichments = rows(file("enrichments.rq"));
        assertThat(enrichments).filteredOn(r -> r.contains("Hoàng Duy Chinh"))
                .allMatch(r -> r.contains("province-from-linked-tenure"))
                .anyMatch(r -> r.contains("linkdata/provincial_party_secretaries.csv"));
        assertThat(enrichments).noneMatch(r -> r.startsWith("generic_2026.txt"));
    }

    @Test
    void aFigureWithoutAreaTakesTheProvinceSettledForItsArticle() throws IOException {
        List<String> figures = rows(file("eval/figures.rq"));
        assertThat(figures).contains("bk_2024.txt,tốc độ tăng trưởng GRDP,5.9,percent,Bắc Kạn,2024,actual");
        assertThat(figures).contains("bg_2024.txt,tốc độ tăng trưởng GRDP,13.45,percent,Bắc Giang,2024,actual");
        assertThat(rows(file("enrichments.rq"))).anyMatch(r -> r.contains("area-from-article-province"));
    }

    @Test
    void theArticleGraphsAreNeverChangedByTheEnrichment() {
        String q = "PREFIX kg: <https://w3id.org/vnkg/ontology#> SELECT ?g { GRAPH ?g { ?e a kg:Enrichment } }";
        assertThat(rows(q)).isNotEmpty().allMatch(g -> g.equals(IriMinter.inferredGraph()));
    }

    @Test
    void namesakesInTwoProvincesStayTwoPersons() {
        String q = "PREFIX kg: <https://w3id.org/vnkg/ontology#> PREFIX org: <http://www.w3.org/ns/org#>"
                + " SELECT DISTINCT ?p { ?h kg:resolvedMember ?p ; org:member <" + IriMinter.person("Nguyễn Thanh Hải")
                + "> } ORDER BY ?p";
        assertThat(rows(q)).containsExactly(IriMinter.resolvedPerson("Nguyễn Thanh Hải", "p96"),
                IriMinter.resolvedPerson("Nguyễn Thanh Hải", "Q10799486"));
        assertThat(inferred.contains(inferred.createResource(IriMinter.person("Nguyễn Thanh Hải")),
                org.apache.jena.vocabulary.OWL.sameAs)).isFalse();
    }

    @Test
    void whoHeldThePostOnADayRespectsPartialDatesAndEras() throws IOException {
        String q = file("post-holders-on-date.rq");
        assertThat(rows(q.replace("\"2024-07-01\"", "\"2023-05-20\""))).anyMatch(r -> r.startsWith("Dương Văn Thái,"));
        assertThat(rows(q)).anyMatch(r -> r.startsWith("Nguyễn Văn Gấu,")).noneMatch(r -> r.startsWith("Dương Văn Thái,"));
        // after the merger there is no Tỉnh ủy Bắc Giang
        assertThat(rows(q.replace("\"2024-07-01\"", "\"2026-01-15\""))).isEmpty();
        String bn = q.replace("\"Tỉnh ủy Bắc Giang\"", "\"Tỉnh ủy Bắc Ninh\"").replace("\"2024-07-01\"", "\"2026-01-15\"");
        assertThat(rows(bn)).anyMatch(r -> r.startsWith("Nguyễn Hồng Thái,"));
    }

    @Test
    void aLaterHolderOfASingleHolderPostEndsTheEarlierTenure() throws IOException {
        List<String> rows = rows(file("successors-of-post.rq"));
        assertThat(rows).anyMatch(r -> r.startsWith("Dương Văn Thái,") && r.contains(",Nguyễn Văn Gấu,"));
        String q = "PREFIX kg: <https://w3id.org/vnkg/ontology#> PREFIX schema: <https://schema.org/>"
                + " PREFIX org: <http://www.w3.org/ns/org#>"
                + " SELECT ?end ?basis { GRAPH <" + IriMinter.inferredGraph() + "> { ?t a kg:Tenure ;"
                + " org:member/schema:name \"Dương Văn Thái\" ; schema:endDate ?end ; kg:endBasis ?basis } }";
        assertThat(rows(q)).anyMatch(r -> r.contains("2024-06"));
    }
}
