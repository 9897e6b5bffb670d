package org.w3id.vnkg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.w3id.vnkg.bench.ArticleGenerator;
import org.w3id.vnkg.bench.QueryBench;
import org.w3id.vnkg.ingest.ArticleReader;
import org.w3id.vnkg.link.PeriodEnd;
import org.w3id.vnkg.pipeline.ArticlePipeline;
import org.w3id.vnkg.pipeline.CorpusBuilder;
import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.store.KgStore;

/**
 * The key queries (bench/queries/*.rq, and the library's posts-of-person, person-posts, province-figures-by-article
 * and post-holders-on-date) read each fact inside the graph that holds it (GRAPH ?g, GRAPH kgg:inferred/reference) and
 * find a post through its body and role, instead of reading the union default graph: on a store built from the
 * five sample articles, a copy of one of them and 40 generated ones, they give the same rows as the questions first
 * written over the union, for values taken from the store. Who-held (bench) gives the answer of the library's
 * post-holders-on-date. "A province's figures" (bench and library) reads the figures consolidated by the link stage:
 * the test consolidates the union's article figures itself and compares.
 */
class KeyQueriesTest {
    private static KgStore store;

    @TempDir
    static Path corpus;

    @BeforeAll
    static void build() throws IOException {
        new ArticleGenerator(42).write(40, corpus);
        for (Path f : ArticleReader.listCorpus(Path.of("corpus/sample"))) {
            Files.copy(f, corpus.resolve(f.getFileName()));
        }
        // another article repeating sample 001's GRDP growth (an official renamed): a figure two articles report
        Path sample = Path.of("corpus/sample/001_33591164b049cd22.txt");
        Files.writeString(corpus.resolve("001_repeat.txt"),
                Files.readString(sample).replace("Lê Thị Thu Hồng", "Lê Thị Thu Hà"));
        store = KgStore.inMemory();
        new CorpusBuilder(new ArticlePipeline(), new FactMapper("test"), 2)
                .build(ArticleReader.listCorpus(corpus), store, n -> { });
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static final String PROVINCE_FIGURES_OVER_UNION = union("province-figures.rq");

    /** A key query as first written, over the union default graph (test resources, queries/union/bench). */
    private static String union(String file) {
        try {
            return Files.readString(Path.of("src/test/resources/org/w3id/vnkg/queries/union/bench", file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Who-held reads the post's tenures; the library's post-holders-on-date.rq reads every tenure of the body and
     * checks the role as written. Two paths, one answer: the same people with the same bounds.
     */
    @Test
    void whoHeldAnswersAsTheLibrarysPostHoldersOnDate() throws IOException {
        String library = Files.readString(Path.of("queries", "post-holders-on-date.rq"));
        String values = "(\"Bí thư\" \"Tỉnh ủy Bắc Giang\" \"2024-07-01\")";
        assertThat(library).contains(values);
        List<QuerySolution> samples = samples();
        int nonEmpty = 0;
        for (QuerySolution s : samples) {
            String fast = bindPost(QueryBench.resource("who-held-post-at-date.rq"), s);
            String slow = library.replace(values, "(" + lit(s.get("role")) + " \""
                    + s.getLiteral("organization").getLexicalForm() + "\" \"" + s.getLiteral("date").getLexicalForm() + "\")");
            List<String> rows = holders(fast, "person");
            assertThat(rows).as(fast).isEqualTo(holders(slow, "name"));
            nonEmpty += rows.isEmpty() ? 0 : 1;
        }
        // A sample is a holding attested on its date, so its tenure covers the day, unless the holding is of a former
        // holder ("nguyên Bí thư", whose tenure ended before it) or its body is one the link stage placed in a
        // province without a same-as link ("Hội đồng nhân dân tỉnh" with no province named).
        assertThat(nonEmpty).isGreaterThan(samples.size() * 9 / 10);
    }

    /**
     * A body the link stage resolved ("Ban Bí thư" is the reference body of the Secretariat) holds its tenures:
     * post-holders-on-date and successors-of-post find them by the name the article gives.
     */
    @Test
    void tenureQueriesFindTheTenuresOfAResolvedBodyByItsNameInTheArticle() throws IOException {
        String library = Files.readString(Path.of("queries", "post-holders-on-date.rq"));
        String values = "(\"Bí thư\" \"Tỉnh ủy Bắc Giang\" \"2024-07-01\")";
        String successors = Files.readString(Path.of("queries", "successors-of-post.rq"));
        String post = "(\"Bí thư\" \"Tỉnh ủy Bắc Giang\")";
        assertThat(library).contains(values);
        assertThat(successors).contains(post);
        int resolved = 0;
        for (QuerySolution s : samples()) {
            ParameterizedSparqlString sameAs = new ParameterizedSparqlString("""
                    SELECT ?b { GRAPH <https://w3id.org/vnkg/graph/entities> {
                        ?n <http://www.w3.org/2004/02/skos/core#prefLabel> ?org ;
                           <http://www.w3.org/2002/07/owl#sameAs> ?b FILTER (?n != ?b) } }""");
            sameAs.setParam("org", s.get("organization"));
            if (select(sameAs.toString()).isEmpty()) {
                continue;
            }
            resolved++;
            String q = library.replace(values, "(" + lit(s.get("role")) + " \""
                    + s.getLiteral("organization").getLexicalForm() + "\" \"" + s.getLiteral("date").getLexicalForm() + "\")");
            assertThat(holders(q, "name")).as(q).isNotEmpty();
            String q2 = successors.replace(post, "(" + lit(s.get("role")) + " \""
                    + s.getLiteral("organization").getLexicalForm() + "\")");
            assertThat(select(q2)).as(q2).isNotEmpty();
        }
        assertThat(resolved).isGreaterThan(0);
    }

    private static List<String> holders(String query, String nameVar) {
        return select(query).stream()
                .map(r -> r.getLiteral(nameVar).getLexicalForm() + "|" + r.getLiteral("from").getLexicalForm() + "|"
                        + r.getLiteral("to").getLexicalForm())
                .distinct().sorted().toList();
    }

    @Test
    void postsOfPersonReadsTheTenuresWithTheDatesOfTheHoldings() throws IOException {
        String library = Files.readString(Path.of("queries", "posts-of-person.rq"));
        String values = "VALUES ?name { \"Lương Cường\" }";
        assertThat(library).contains(values);
        for (QuerySolution s : samples()) {
            String fast = bindName(QueryBench.resource("posts-of-person.rq"), s);
            String slow = library.replace(values, "VALUES ?name { " + lit(s.get("name")) + " }");
            List<String> tenures = roleDatesByBody(fast);
            List<String> holdings = roleDates(slow);
            assertThat(tenures.stream().map(t -> t.split("\\|")[0]).toList()).as(fast)
                    .isEqualTo(holdings.stream().map(h -> h.split("\\|")[0]).toList());
            // The same posts; a tenure's span holds its holdings' and may be wider where the link set knows more
            // ("Bí thư" from 2021-04 by the link set, attested in an article on 2024-04-08).
            for (String holding : holdings) {
                String[] h = holding.split("\\|");
                assertThat(tenures).as(fast).anySatisfy(tenure -> {
                    String[] t = tenure.split("\\|");
                    assertThat(t[0]).isEqualTo(h[0]);
                    assertThat(t[1].compareTo(h[1])).isLessThanOrEqualTo(0);
                    assertThat(t[2].compareTo(h[2])).isGreaterThanOrEqualTo(0);
                });
            }
        }
    }

    /** Role, first and last attestation of each row, sorted (the body's label may be the resolved body's). */
    private static List<String> roleDates(String query) {
        return select(query).stream().map(r -> r.getLiteral("role").getLexicalForm() + "|"
                + r.getLiteral("firstAttested").getLexicalForm() + "|" + r.getLiteral("lastAttested").getLexicalForm())
                .sorted().toList();
    }

    /**
     * The same, with the tenures of one role in bodies of one label taken together, as the library groups the
     * holdings: a body of each era (the province before and after its 2025 merger) is one label there.
     */
    private static List<String> roleDatesByBody(String query) {
        Map<String, String[]> spans = new TreeMap<>();
        for (QuerySolution r : select(query)) {
            String first = r.getLiteral("firstAttested").getLexicalForm();
            String last = r.getLiteral("lastAttested").getLexicalForm();
            spans.merge(r.getLiteral("role").getLexicalForm() + "|" + r.getLiteral("organization").getLexicalForm(),
                    new String[] {first, last}, (a, b) -> new String[] {
                            a[0].compareTo(b[0]) <= 0 ? a[0] : b[0], a[1].compareTo(b[1]) >= 0 ? a[1] : b[1]});
        }
        return spans.entrySet().stream().map(e -> e.getKey().substring(0, e.getKey().indexOf('|')) + "|"
                + e.getValue()[0] + "|" + e.getValue()[1]).sorted().toList();
    }

    /**
     * The bench's "a province's figures" reads the consolidated figures of the inferred graph: exactly the article
     * figures of the area grouped by indicator concept, period, status, unit and value (compared as numbers), with
     * the number of their articles and the words most of them write (ties: the least).
     */
    @Test
    void provinceFiguresAreTheArticleFiguresOfTheAreaConsolidated() {
        List<QuerySolution> areas = select(QueryBench.resource("sample-areas.rq"));
        assertThat(areas).hasSizeGreaterThan(5);
        int merged = 0;
        for (QuerySolution a : areas) {
            ParameterizedSparqlString fast = new ParameterizedSparqlString(QueryBench.resource("province-figures.rq"));
            fast.setParam("area", a.get("area"));
            List<String> expected = consolidated(a.get("area"));
            assertThat(facts(fast.toString())).as(fast.toString()).isNotEmpty().isEqualTo(expected);
            merged += expected.stream().anyMatch(r -> !r.endsWith("|1")) ? 1 : 0;
        }
        assertThat(merged).as("areas with a figure several articles report").isPositive();
    }

    /**
     * The bench's "one indicator of a province over time" reads a series (qb:Slice) from its area: exactly the area's
     * consolidated facts of the series' indicator concept, read here by their own area and concept; and every
     * consolidated fact is in one series.
     */
    @Test
    void anIndicatorSeriesIsTheAreasFactsOfThatIndicator() {
        List<QuerySolution> series = select(QueryBench.resource("sample-series.rq"));
        assertThat(series).hasSizeGreaterThan(5);
        for (QuerySolution s : series) {
            ParameterizedSparqlString fast = new ParameterizedSparqlString(QueryBench.resource("indicator-series.rq"));
            fast.setParam("area", s.get("area"));
            fast.setParam("indicator", s.get("indicator"));
            ParameterizedSparqlString direct = new ParameterizedSparqlString("""
                    PREFIX kgg: <https://w3id.org/vnkg/graph/>
                    PREFIX kg: <https://w3id.org/vnkg/ontology#>
                    PREFIX qb: <http://purl.org/linked-data/cube#>
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
                    SELECT DISTINCT ?period ?value ?unit ?status ?reports ?fact WHERE {
                      GRAPH kgg:entities { ?place skos:prefLabel ?area }
                      GRAPH kgg:inferred {
                        ?series a qb:Slice ; sdmx-dimension:refArea ?place ; kg:indicatorLabel ?indicator ;
                                kg:indicator ?concept .
                        ?fact qb:dataSet kg:consolidatedFigures ; sdmx-dimension:refArea ?place ; kg:indicator ?concept ;
                              kg:value ?value ; kg:unitCode ?unit ; kg:status ?statusNode ; kg:reportCount ?reports .
                        OPTIONAL { ?fact kg:period ?period }
                      }
                      GRAPH kgg:entities { ?statusNode skos:notation ?status }
                    }""");
            direct.setParam("area", s.get("area"));
            direct.setParam("indicator", s.get("indicator"));
            List<String> expected = facts(direct.toString());
            assertThat(facts(fast.toString())).as(fast.toString()).isNotEmpty().isEqualTo(expected);
        }
        assertThat(select("""
                PREFIX kg: <https://w3id.org/vnkg/ontology#>
                PREFIX qb: <http://purl.org/linked-data/cube#>
                SELECT ?fact (COUNT(?series) AS ?n) WHERE {
                  GRAPH <https://w3id.org/vnkg/graph/inferred> {
                    ?fact qb:dataSet kg:consolidatedFigures . OPTIONAL { ?series qb:observation ?fact } }
                } GROUP BY ?fact HAVING (?n != 1)""")).isEmpty();
    }

    /**
     * The bench's and the library's "a province's latest figures" read each series' kg:latestObservation: exactly the
     * facts, of each series and status, whose period ends last, found here among all of the area's series facts.
     */
    @Test
    void latestFiguresAreTheFactsOfEachSeriesAndStatusWhosePeriodEndsLast() throws IOException {
        String library = Files.readString(Path.of("queries", "province-latest-figures.rq"));
        String values = "VALUES ?province { \"Bắc Giang\" }";
        assertThat(library).contains(values);
        int older = 0;
        for (QuerySolution a : select(QueryBench.resource("sample-areas.rq"))) {
            ParameterizedSparqlString all = new ParameterizedSparqlString("""
                    PREFIX kgg: <https://w3id.org/vnkg/graph/>
                    PREFIX kg: <https://w3id.org/vnkg/ontology#>
                    PREFIX qb: <http://purl.org/linked-data/cube#>
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    SELECT ?series ?indicator ?period ?value ?unit ?status ?reports WHERE {
                      GRAPH kgg:entities { ?place skos:prefLabel ?area }
                      GRAPH kgg:inferred {
                        ?place kg:figureSeries ?series . ?series kg:indicatorLabel ?indicator ; qb:observation ?fact .
                        ?fact kg:period ?period ; kg:value ?value ; kg:unitCode ?unit ; kg:status ?statusNode ;
                              kg:reportCount ?reports .
                      }
                      GRAPH kgg:entities { ?statusNode skos:notation ?status }
                    }""");
            all.setParam("area", a.get("area"));
            java.util.Map<String, List<QuerySolution>> byStatus = new java.util.TreeMap<>();
            for (QuerySolution s : select(all.toString())) {
                byStatus.computeIfAbsent(text(s, "series") + " " + text(s, "status"), k -> new ArrayList<>()).add(s);
            }
            List<String> expected = new ArrayList<>();
            for (List<QuerySolution> facts : byStatus.values()) {
                java.time.LocalDate last = facts.stream().map(s -> PeriodEnd.of(text(s, "period")))
                        .filter(java.util.Objects::nonNull).max(java.util.Comparator.naturalOrder()).orElse(null);
                for (QuerySolution s : facts) {
                    if (last != null && last.equals(PeriodEnd.of(text(s, "period")))) {
                        expected.add(String.join("|", text(s, "indicator"), text(s, "period"),
                                number(text(s, "value")), text(s, "unit"), text(s, "status"), text(s, "reports")));
                    } else {
                        older++;
                    }
                }
            }
            expected.sort(null);
            ParameterizedSparqlString bench = new ParameterizedSparqlString(
                    QueryBench.resource("province-latest-figures.rq"));
            bench.setParam("area", a.get("area"));
            assertThat(facts(bench.toString())).as(bench.toString()).isNotEmpty().isEqualTo(expected);
            String mine = library.replace(values, "VALUES ?province { \"" + a.getLiteral("area").getLexicalForm() + "\" }");
            assertThat(facts(mine)).as(mine).isEqualTo(expected);
        }
        assertThat(older).as("facts of earlier periods, left out").isPositive();
    }

    /** The article figures of an area (the union form) consolidated here: indicator|period|value|unit|status|reports. */
    private static List<String> consolidated(RDFNode area) {
        ParameterizedSparqlString byArticle = new ParameterizedSparqlString(PROVINCE_FIGURES_OVER_UNION);
        byArticle.setParam("area", area);
        java.util.Map<String, List<QuerySolution>> byKey = new java.util.TreeMap<>();
        for (QuerySolution s : select(byArticle.toString())) {
            String key = String.join("|", s.getResource("concept").getURI(), text(s, "period"), text(s, "status"),
                    text(s, "unit"), number(text(s, "value")));
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        List<String> rows = new ArrayList<>();
        for (List<QuerySolution> reports : byKey.values()) {
            java.util.Map<String, Integer> labels = new java.util.TreeMap<>();
            reports.forEach(s -> labels.merge(text(s, "indicator"), 1, Integer::sum));
            int most = java.util.Collections.max(labels.values());
            String label = labels.entrySet().stream().filter(e -> e.getValue() == most).findFirst().orElseThrow()
                    .getKey();
            QuerySolution s = reports.get(0);
            long docs = reports.stream().map(r -> text(r, "doc")).distinct().count();
            rows.add(String.join("|", label, text(s, "period"), number(text(s, "value")), text(s, "unit"),
                    text(s, "status"), Long.toString(docs)));
        }
        rows.sort(null);
        return rows;
    }

    /** A consolidated-figures query's rows as indicator|period|value|unit|status|reports, sorted. */
    private static List<String> facts(String query) {
        List<String> rows = new ArrayList<>();
        for (QuerySolution s : select(query)) {
            rows.add(String.join("|", text(s, "indicator"), text(s, "period"), number(text(s, "value")),
                    text(s, "unit"), text(s, "status"), text(s, "reports")));
        }
        rows.sort(null);
        return rows;
    }

    private static String text(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    /** One form per number: 7.50 and 7.5 alike. */
    private static String number(String lexical) {
        java.math.BigDecimal v = new java.math.BigDecimal(lexical).stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }

    /** The library's key queries, with values of the store in their VALUES line, read as over the union. */
    @Test
    void libraryKeyQueriesAnswerAsOverTheUnion() throws IOException {
        List<QuerySolution> samples = samples();
        check("posts-of-person.rq", "VALUES ?name { \"Lương Cường\" }",
                samples, s -> "VALUES ?name { " + lit(s.get("name")) + " }");
        check("person-posts.rq", "VALUES ?name { \"Lê Thị Thu Hồng\" }",
                samples, s -> "VALUES ?name { " + lit(s.get("name")) + " }");
        check("post-holders-on-date.rq", "(\"Bí thư\" \"Tỉnh ủy Bắc Giang\" \"2024-07-01\")", samples,
                s -> "(" + lit(s.get("role")) + " \"" + s.getLiteral("organization").getLexicalForm() + "\" \""
                        + s.getLiteral("date").getLexicalForm() + "\")");
        check("province-figures-by-article.rq", "VALUES ?province { \"Bắc Giang\" }",
                select(QueryBench.resource("sample-areas.rq")),
                a -> "VALUES ?province { \"" + a.getLiteral("area").getLexicalForm() + "\" }");
        // the library's province-figures.rq: the consolidated figures, as the bench's
        String q = Files.readString(Path.of("queries", "province-figures.rq"));
        String values = "VALUES ?province { \"Bắc Giang\" }";
        assertThat(q).contains(values);
        for (QuerySolution a : select(QueryBench.resource("sample-areas.rq"))) {
            String fast = q.replace(values, "VALUES ?province { \"" + a.getLiteral("area").getLexicalForm() + "\" }");
            assertThat(facts(fast)).as(fast).isNotEmpty().isEqualTo(consolidated(a.get("area")));
        }
    }

    /**
     * The graph page's edges.rq and nodes.rq, read graph by graph, give the rows their union forms gave: whole, as
     * {@code kg export} reads them (no LIMIT), and with each parameter the page puts where #@params stands.
     */
    @Test
    void graphPageQueriesAnswerAsTheirUnionForms() throws IOException {
        String edges = Files.readString(Path.of("queries/web/edges.rq"));
        String edgesUnion = Files.readString(UNION.resolve("web-edges.rq"));
        List<String> all = rows(edgesUnion.replace("LIMIT 2000", ""));
        assertThat(all).hasSizeGreaterThan(1000);
        assertThat(rows(edges.replace("LIMIT 2000", ""))).isEqualTo(all);
        // A merger is dated by the reference graph's prov:startedAtTime: the page's date slider and the export show it.
        assertThat(all).filteredOn(r -> r.split(",")[1].equals("merged-into")).isNotEmpty()
                .allSatisfy(r -> assertThat(r).endsWith(",2025-07-01"));
        String person = end(all, "holds", 0);
        String post = end(all, "holds", 2);
        String body = end(all, "part-of", 2);
        String province = end(all, "jurisdiction", 2);
        String meeting = end(all, "chaired", 2);
        List<String> params = List.of("VALUES ?_focus { <" + person + "> <" + meeting + "> }",
                "VALUES ?_province { <" + province + "> }", "VALUES ?_body { <" + body + "> }",
                "VALUES ?_from { \"2024-01-01\" }\n  VALUES ?_to { \"2024-06-30\" }");
        for (String values : params) {
            String fast = edges.replace("  #@params", "  " + values);
            assertThat(rows(fast)).as(fast).isNotEmpty().isEqualTo(rows(edgesUnion.replace("  #@params", "  " + values)));
        }
        String nodes = Files.readString(Path.of("queries/web/nodes.rq"));
        String nodesUnion = Files.readString(UNION.resolve("web-nodes.rq"));
        List<String> everyNode = rows(nodesUnion);
        assertThat(rows(nodes)).hasSizeGreaterThan(500).isEqualTo(everyNode);
        String some = "VALUES ?_node { <" + person + "> <" + body + "> <" + province + "> <" + meeting + "> <"
                + post + "> }";
        assertThat(rows(nodes.replace("  #@params", "  " + some))).hasSize(5)
                .isEqualTo(rows(nodesUnion.replace("  #@params", "  " + some)));
    }

    private static final Path UNION = Path.of("src/test/resources/org/w3id/vnkg/queries/union");

    /** Column {@code column} (0 = s, 2 = o) of the first CSV row {@code s,kind,o,date} of that kind. */
    private static String end(List<String> rows, String kind, int column) {
        return rows.stream().map(r -> r.split(",")).filter(r -> r[1].equals(kind)).findFirst().orElseThrow()[column];
    }

    private void check(String file, String values, List<QuerySolution> samples, Function<QuerySolution, String> line)
            throws IOException {
        String q = Files.readString(Path.of("queries", file));
        assertThat(q).contains(values);
        int nonEmpty = 0;
        for (QuerySolution s : samples) {
            String fast = q.replace(values, line.apply(s));
            List<String> rows = rows(fast);
            assertThat(rows).as(fast).isEqualTo(rows(overUnion(fast)));
            nonEmpty += rows.isEmpty() ? 0 : 1;
        }
        assertThat(nonEmpty).as(file + " found rows").isGreaterThan(samples.size() / 3);
    }

    /** The query with its named-graph reads ({@code GRAPH ?g}, the tenure graphs, the entities) as the union's. */
    static String overUnion(String q) {
        String union = q.replace("GRAPH ?g {", "{").replace("GRAPH ?tenureGraph {", "{")
                .replace("VALUES ?tenureGraph { kgg:inferred kgg:reference }", "");
        assertThat(union).isNotEqualTo(q).doesNotContain("GRAPH ?g {").doesNotContain("?tenureGraph");
        return QueryLibraryTest.overUnion(union);
    }

    private static List<QuerySolution> samples() {
        List<QuerySolution> all = select(QueryBench.resource("sample-values.rq"));
        assertThat(all).hasSizeGreaterThan(20);
        List<QuerySolution> some = new ArrayList<>();
        for (int i = 0; i < all.size(); i += Math.max(1, all.size() / 40)) {
            some.add(all.get(i));
        }
        return some;
    }

    /** A sample holding's values bound into a bench query, as BenchRun binds them. */
    private static String bindPost(String query, QuerySolution s) {
        ParameterizedSparqlString p = new ParameterizedSparqlString(query);
        p.setParam("role", s.get("role"));
        p.setParam("organization", s.get("organization"));
        p.setLiteral("date", s.getLiteral("date").getLexicalForm());
        return p.toString();
    }

    private static String bindName(String query, QuerySolution s) {
        ParameterizedSparqlString p = new ParameterizedSparqlString(query);
        p.setParam("name", s.get("name"));
        return p.toString();
    }

    private static String lit(RDFNode n) {
        return "\"" + n.asLiteral().getLexicalForm().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static List<QuerySolution> select(String query) {
        return store.select(query);
    }

    /** The CSV rows of the answer, sorted: the same rows, whatever order equal keys come in. */
    private static List<String> rows(String sparql) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query(sparql, ResultSetLang.RS_CSV, out);
        List<String> lines = new ArrayList<>(out.toString(StandardCharsets.UTF_8).lines().toList());
        lines.remove(0);
        lines.sort(null);
        return lines;
    }
}
