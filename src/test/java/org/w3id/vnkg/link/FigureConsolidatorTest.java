package org.w3id.vnkg.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;

import org.w3id.vnkg.facts.ArticleInfo;
import org.w3id.vnkg.facts.DocumentFacts;
import org.w3id.vnkg.facts.Evidence;
import org.w3id.vnkg.facts.Figure;
import org.w3id.vnkg.facts.PartialDate;
import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.rdf.KG;
import org.w3id.vnkg.rdf.ShapesValidator;
import org.w3id.vnkg.rdf.Vocab;
import org.w3id.vnkg.store.KgStore;

/**
 * The figures of several articles consolidated into facts (graph/inferred): one table per question, each line an
 * article's figure (file, sentence, indicator as written and its concept, value, period, status), the answer the
 * consolidated facts of the store after linking, as {@code indicatorLabel,period,value,status,reportCount,sources}.
 */
class FigureConsolidatorTest {
    private static final PartialDate DATE = new PartialDate(2024, 1, 20);
    private static final String GRDP = "tốc độ tăng trưởng kinh tế (GRDP)";

    /** One article's figure as the extraction gives it. */
    private record Line(String doc, String sentence, String indicator, String concept, String value, String period,
                        Figure.Status status, String area) {
        Line(String doc, String sentence, String indicator, String value, String period, Figure.Status status) {
            this(doc, sentence, indicator, "grdp-growth", value, period, status, "Bắc Giang");
        }

        Figure figure(int begin) {
            return new Figure(indicator, new BigDecimal(value), "percent", area, period, status, value + "%",
                    List.of(), new Evidence(doc, begin, begin + sentence.length(), sentence), concept);
        }
    }

    private static final String BG_2023 = "Tốc độ tăng trưởng kinh tế (GRDP) năm 2023 của tỉnh Bắc Giang đạt 13,45%, "
            + "đứng đầu cả nước.";
    private static final String BG_2023_AGAIN = "Năm 2023, tăng trưởng kinh tế của tỉnh đạt 13,45%.";
    private static final String BG_2023_OTHER = "Tốc độ tăng trưởng GRDP năm 2023 ước đạt 13,5%.";
    private static final String BG_H1 = "Tốc độ tăng trưởng kinh tế (GRDP) 6 tháng đầu năm 2023 đạt 13,45%.";
    private static final String BG_TARGET = "Năm 2024, tỉnh phấn đấu tốc độ tăng trưởng kinh tế đạt 13,45%.";

    /** The store of {@code lines}, one article graph per file, linked; its consolidated facts as CSV rows. */
    private static List<String> consolidated(List<Line> lines) {
        try (KgStore store = linked(articleGraphs(lines))) {
            return facts(store);
        }
    }

    /** An in-memory store of these article graphs, linked. */
    private static KgStore linked(Map<String, Model> graphs) {
        KgStore store = KgStore.inMemory();
        store.replaceGraphs(graphs);
        new Linker(LinkData.standard()).link(store);
        return store;
    }

    private static Map<String, Model> articleGraphs(List<Line> lines) {
        Map<String, List<Figure>> byDoc = new LinkedHashMap<>();
        for (Line l : lines) {
            List<Figure> fs = byDoc.computeIfAbsent(l.doc(), d -> new ArrayList<>());
            fs.add(l.figure(fs.size() * 200));
        }
        Map<String, Model> graphs = new LinkedHashMap<>();
        FactMapper mapper = new FactMapper("test");
        byDoc.forEach((doc, fs) -> graphs.put(IriMinter.articleGraph(doc), mapper.map(new DocumentFacts(
                new ArticleInfo(doc, "t", DATE, DATE, String.format("%064x", doc.hashCode() & 0xffffffffL)),
                List.of(), List.of(), fs))));
        return graphs;
    }

    private static List<String> facts(KgStore store) {
        return rows(store, """
                PREFIX kg: <https://w3id.org/vnkg/ontology#>
                PREFIX qb: <http://purl.org/linked-data/cube#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?label ?period ?value ?status ?reports (GROUP_CONCAT(?doc; separator="+") AS ?sources)
                WHERE {
                  GRAPH <https://w3id.org/vnkg/graph/inferred> {
                    ?f qb:dataSet kg:consolidatedFigures ; kg:indicatorLabel ?label ; kg:value ?value ;
                       kg:status ?s ; kg:reportCount ?reports ; prov:wasDerivedFrom ?obs .
                    OPTIONAL { ?f kg:period ?period }
                  }
                  GRAPH ?g { ?obs kg:evidence/kg:inArticle/kg:fileName ?doc }
                  BIND (LCASE(STRAFTER(STR(?s), "#")) AS ?status)
                } GROUP BY ?f ?label ?period ?value ?status ?reports ORDER BY ?period ?value ?status""");
    }

    /** The CSV rows of a query's answer, without the header. */
    private static List<String> rows(KgStore store, String query) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query(query, ResultSetLang.RS_CSV, out);
        return out.toString(StandardCharsets.UTF_8).lines().skip(1).toList();
    }

    @Test
    void twoArticlesWithTheSameFigureGiveOneFactWithTwoSources() {
        assertThat(consolidated(List.of(
                new Line("a.txt", BG_2023, GRDP, "13.45", "2023", Figure.Status.ACTUAL),
                new Line("b.txt", BG_2023_AGAIN, "tăng trưởng kinh tế", "13.45", "2023", Figure.Status.ACTUAL),
                new Line("c.txt", BG_2023, GRDP, "13.450", "2023", Figure.Status.ACTUAL))))
                // one indicator concept however written; 13.450 is 13.45; the label most articles write
                .containsExactly(GRDP + ",2023,13.45,actual,3,a.txt+b.txt+c.txt");
    }

    @Test
    void differentValuesForTheSameIndicatorAndPeriodAreTwoFacts() {
        assertThat(consolidated(List.of(
                new Line("a.txt", BG_2023, GRDP, "13.45", "2023", Figure.Status.ACTUAL),
                new Line("b.txt", BG_2023_OTHER, "tốc độ tăng trưởng GRDP", "13.5", "2023", Figure.Status.ACTUAL))))
                .containsExactly(GRDP + ",2023,13.45,actual,1,a.txt",
                        "tốc độ tăng trưởng GRDP,2023,13.5,actual,1,b.txt");
    }

    @Test
    void theSameValueForAnotherPeriodOrStatusIsAnotherFact() {
        assertThat(consolidated(List.of(
                new Line("a.txt", BG_2023, GRDP, "13.45", "2023", Figure.Status.ACTUAL),
                new Line("b.txt", BG_H1, GRDP, "13.45", "2023-H1", Figure.Status.ACTUAL),
                new Line("c.txt", BG_TARGET, "tốc độ tăng trưởng kinh tế", "13.45", "2024", Figure.Status.TARGET),
                new Line("d.txt", BG_2023, GRDP, "13.45", null, Figure.Status.ACTUAL))))
                .containsExactly(GRDP + ",,13.45,actual,1,d.txt",
                        GRDP + ",2023,13.45,actual,1,a.txt",
                        GRDP + ",2023-H1,13.45,actual,1,b.txt",
                        "tốc độ tăng trưởng kinh tế,2024,13.45,target,1,c.txt");
    }

    @Test
    void anArticleStatingAFigureTwiceIsOneReportWithTwoSources() {
        try (KgStore store = KgStore.inMemory()) {
            store.replaceGraphs(articleGraphs(List.of(
                    new Line("a.txt", BG_2023, GRDP, "13.45", "2023", Figure.Status.ACTUAL),
                    new Line("a.txt", BG_2023_AGAIN, "tăng trưởng kinh tế", "13.45", "2023", Figure.Status.ACTUAL))));
            new Linker(LinkData.standard()).link(store);
            Model inferred = store.graph(IriMinter.inferredGraph());
            Resource fact = inferred.listSubjectsWithProperty(Vocab.qbDataSet, KG.consolidatedFigures).toList().get(0);
            assertThat(fact.getProperty(KG.reportCount).getInt()).isEqualTo(1);
            assertThat(inferred.listObjectsOfProperty(fact, Vocab.provWasDerivedFrom).toList()).hasSize(2);
            // of two labels written once each, the least
            assertThat(fact.getProperty(KG.indicatorLabel).getString()).isEqualTo("tăng trưởng kinh tế");
        }
    }

    @Test
    void otherAreasIndicatorsAndFiguresWithoutAnAreaAreKeptApart() {
        List<String> rows = consolidated(List.of(
                new Line("a.txt", BG_2023, GRDP, "grdp-growth", "13.45", "2023",
                        Figure.Status.ACTUAL, "Bắc Giang"),
                new Line("b.txt", BG_2023, GRDP, "grdp-growth", "13.45", "2023",
                        Figure.Status.ACTUAL, "Bắc Ninh"),
                new Line("c.txt", "Thu ngân sách năm 2023 tăng 13,45%.", "thu ngân sách", "budget-revenue", "13.45",
                        "2023", Figure.Status.ACTUAL, "Bắc Giang"),
                new Line("d.txt", BG_2023_AGAIN, "tăng trưởng kinh tế", "grdp-growth", "13.45", "2023",
                        Figure.Status.ACTUAL, null)));
        assertThat(rows).containsExactlyInAnyOrder(GRDP + ",2023,13.45,actual,1,a.txt",
                GRDP + ",2023,13.45,actual,1,b.txt", "thu ngân sách,2023,13.45,actual,1,c.txt");
    }

    @Test
    void theBuildWritesTheFactsTheStoreLinkDoesAndTheyPassTheShapes() {
        List<Line> lines = List.of(
                new Line("a.txt", BG_2023, GRDP, "13.45", "2023", Figure.Status.ACTUAL),
                new Line("b.txt", BG_2023_AGAIN, "tăng trưởng kinh tế", "13.45", "2023", Figure.Status.ACTUAL),
                new Line("b.txt", BG_2023_OTHER, "tốc độ tăng trưởng GRDP", "13.5", "2023", Figure.Status.ESTIMATE),
                new Line("c.txt", BG_H1, GRDP, "13.45", "2023-H1", Figure.Status.ACTUAL));
        Map<String, Model> graphs = articleGraphs(lines);
        Model built = ModelFactory.createDefaultModel();
        BuildLinker linker = new BuildLinker(LinkData.standard(), built.getGraph()::add);
        List<Model> articles = new ArrayList<>(graphs.values());
        java.util.Collections.reverse(articles);   // kg build may hand them over in any order
        articles.forEach(g -> linker.article(BuildLinker.rows(g)));
        linker.finish();
        try (KgStore store = linked(graphs)) {
            assertThat(built.isIsomorphicWith(store.graph(IriMinter.inferredGraph()))).isTrue();
        }
        // the facts with the article graphs they point to (the indicator concepts are described there)
        Model facts = ModelFactory.createDefaultModel();
        graphs.values().forEach(facts::add);
        List<Resource> consolidated = built.listSubjectsWithProperty(Vocab.qbDataSet, KG.consolidatedFigures).toList();
        consolidated.forEach(f -> facts.add(built.listStatements(f, null, (org.apache.jena.rdf.model.RDFNode) null)));
        assertThat(consolidated).hasSize(3);
        ShapesValidator shapes = new ShapesValidator();
        assertThat(shapes.problems(facts)).isNull();
        // a fact without its report count, or with evidence of its own, is not a consolidated figure
        Resource one = consolidated.get(0);
        Model noCount = ModelFactory.createDefaultModel().add(facts).removeAll(one, KG.reportCount, null);
        assertThat(shapes.problems(noCount)).isNotNull();
        Model withEvidence = ModelFactory.createDefaultModel().add(facts);
        withEvidence.add(one, KG.evidence, withEvidence.createResource(KG.ID + "evidence/x", KG.Evidence));
        assertThat(shapes.problems(withEvidence)).isNotNull();
    }

    /** One series per area and indicator concept, listing its facts, labelled as its articles write it most. */
    @Test
    void eachAreaAndIndicatorIsASeriesOfItsFactsAndPassesTheShapes() {
        List<Line> lines = List.of(
                new Line("a.txt", BG_2023, GRDP, "13.45", "2023", Figure.Status.ACTUAL),
                new Line("b.txt", BG_2023_AGAIN, "tăng trưởng kinh tế", "13.45", "2023", Figure.Status.ACTUAL),
                new Line("c.txt", BG_2023_OTHER, "tốc độ tăng trưởng GRDP", "13.5", "2023", Figure.Status.ESTIMATE),
                new Line("c.txt", BG_H1, GRDP, "13.45", "2023-H1", Figure.Status.ACTUAL),
                new Line("d.txt", "Thu ngân sách năm 2023 đạt 13,45 nghìn tỷ đồng.", "thu ngân sách", "budget-revenue",
                        "13.45", "2023", Figure.Status.ACTUAL, "Bắc Giang"),
                new Line("e.txt", "Tăng trưởng kinh tế của Bắc Ninh năm 2023 đạt 13,45%.", "tăng trưởng kinh tế",
                        "grdp-growth", "13.45", "2023", Figure.Status.ACTUAL, "Bắc Ninh"));
        Map<String, Model> graphs = articleGraphs(lines);
        try (KgStore store = linked(graphs)) {
            List<String> rows = rows(store, """
                    PREFIX kg: <https://w3id.org/vnkg/ontology#>
                    PREFIX qb: <http://purl.org/linked-data/cube#>
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
                    SELECT ?area ?label (COUNT(DISTINCT ?f) AS ?facts) (SUM(?sameArea) AS ?inArea)
                    WHERE {
                      GRAPH <https://w3id.org/vnkg/graph/inferred> {
                        kg:consolidatedFigures qb:slice ?s .
                        ?place kg:figureSeries ?s .
                        ?s a qb:Slice ; qb:sliceStructure kg:areaIndicatorSeries ; sdmx-dimension:refArea ?place ;
                           kg:indicator ?ind ; kg:indicatorLabel ?label ; qb:observation ?f .
                        ?f sdmx-dimension:refArea ?fPlace ; kg:indicator ?ind .
                      }
                      { SELECT DISTINCT ?place ?area { GRAPH ?g { ?place skos:prefLabel ?area } } }
                      BIND (IF(?fPlace = ?place, 1, 0) AS ?sameArea)
                    } GROUP BY ?area ?label ORDER BY ?area ?label""");
            // the three Bắc Giang GRDP facts (2023 actual, 2023 estimate, 2023-H1) are one series, labelled as
            // two of its four article figures write it
            assertThat(rows).containsExactly(
                    "Bắc Giang,thu ngân sách,1,1", "Bắc Giang," + GRDP + ",3,3", "Bắc Ninh,tăng trưởng kinh tế,1,1");
            Model all = ModelFactory.createDefaultModel().add(store.graph(IriMinter.inferredGraph()));
            graphs.values().forEach(all::add);
            ShapesValidator shapes = new ShapesValidator();
            assertThat(shapes.problems(all)).isNull();
            Resource series = all.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, Vocab.QbSlice)
                    .toList().get(0);
            Model empty = ModelFactory.createDefaultModel().add(all).removeAll(series, Vocab.qbObservation, null);
            assertThat(shapes.problems(empty)).isNotNull();
            Model unreached = ModelFactory.createDefaultModel().add(all).removeAll(null, KG.figureSeries, series);
            assertThat(shapes.problems(unreached)).isNotNull();
        }
    }

    /**
     * A series' latest facts: of each status, those of the period that ends last (a half before its year, a run of
     * months where its last month does); facts without a period are none.
     */
    @Test
    void theLatestFactsOfASeriesAreThoseOfThePeriodEndingLastOfEachStatus() {
        List<Line> lines = List.of(
                new Line("a.txt", BG_2023, GRDP, "13.45", "2023", Figure.Status.ACTUAL),
                new Line("b.txt", BG_2023_OTHER, GRDP, "13.5", "2023", Figure.Status.ACTUAL),
                new Line("c.txt", BG_H1, GRDP, "12.1", "2023-H1", Figure.Status.ACTUAL),
                new Line("c.txt", "Giai đoạn 2016-2020, GRDP bình quân tăng 7,2%.", GRDP, "7.2", "2016-2020",
                        Figure.Status.ACTUAL),
                new Line("d.txt", BG_TARGET, GRDP, "13.45", "2024", Figure.Status.TARGET),
                new Line("d.txt", "Tỉnh phấn đấu tăng trưởng 9%.", GRDP, "9", null, Figure.Status.TARGET),
                new Line("e.txt", "Thu ngân sách 10 tháng đạt 13,45 nghìn tỷ đồng.", "thu ngân sách", "budget-revenue",
                        "13.45", "2025-01/2025-10", Figure.Status.ACTUAL, "Bắc Giang"),
                new Line("e.txt", "Thu ngân sách năm 2024 đạt 12 nghìn tỷ đồng.", "thu ngân sách", "budget-revenue",
                        "12", "2024", Figure.Status.ACTUAL, "Bắc Giang"));
        Map<String, Model> graphs = articleGraphs(lines);
        try (KgStore store = linked(graphs)) {
            List<String> rows = rows(store, """
                    PREFIX kg: <https://w3id.org/vnkg/ontology#>
                    PREFIX qb: <http://purl.org/linked-data/cube#>
                    SELECT ?label ?period ?value ?status
                    WHERE {
                      GRAPH <https://w3id.org/vnkg/graph/inferred> {
                        ?s kg:indicatorLabel ?label ; kg:latestObservation ?f .
                        ?s qb:observation ?f .
                        ?f kg:period ?period ; kg:value ?value ; kg:status ?st .
                      }
                      BIND (LCASE(STRAFTER(STR(?st), "#")) AS ?status)
                    } ORDER BY ?label ?status ?value""");
            assertThat(rows).containsExactlyInAnyOrder(
                    GRDP + ",2023,13.45,actual", GRDP + ",2023,13.5,actual", GRDP + ",2024,13.45,target",
                    "thu ngân sách,2025-01/2025-10,13.45,actual");
            Model all = ModelFactory.createDefaultModel().add(store.graph(IriMinter.inferredGraph()));
            graphs.values().forEach(all::add);
            ShapesValidator shapes = new ShapesValidator();
            assertThat(shapes.problems(all)).isNull();
            Resource undated = all.listSubjectsWithProperty(KG.value).filterDrop(r -> r.hasProperty(KG.period))
                    .filterKeep(r -> r.hasProperty(Vocab.qbDataSet, KG.consolidatedFigures)).toList().get(0);
            Resource series = all.listSubjectsWithProperty(KG.latestObservation).toList().get(0);
            assertThat(shapes.problems(ModelFactory.createDefaultModel().add(all)
                    .add(series, KG.latestObservation, undated))).as("a latest fact without a period").isNotNull();
        }
    }
}
