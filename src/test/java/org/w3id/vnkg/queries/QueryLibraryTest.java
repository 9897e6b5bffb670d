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
import java.util.stream.Stream;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.Op2;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpN;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.w3id.vnkg.link.LinkData;
import org.w3id.vnkg.link.Linker;
import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.rdf.FixtureFacts;
import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.rdf.OntologyFiles;
import org.w3id.vnkg.store.KgStore;

/** Every .rq file in queries/ parses and runs against a fixture store; the eval queries give their columns. */
class QueryLibraryTest {
    private static KgStore store;

    @BeforeAll
    static void fixtureStore() {
        store = KgStore.inMemory();
        store.replaceGraphs(Map.of(IriMinter.articleGraph(FixtureFacts.DOC), new FactMapper("test").map(FixtureFacts.facts()),
                IriMinter.articleGraph(FORMER_DOC), new FactMapper("test").map(formerPost()),
                IriMinter.ontologyGraph(), OntologyFiles.ontology()));
        // The library reads names in the entities graph, which the link stage writes.
        new Linker(LinkData.standard()).link(store);
    }

    private static final String FORMER_DOC = "fixture_former.txt";

    /** "Nguyên Bí thư Tỉnh ủy Quảng Ninh Nguyễn Xuân Ký cũng tham dự.": a post held before, not now. */
    private static org.w3id.vnkg.facts.DocumentFacts formerPost() {
        String s = "Nguyên Bí thư Tỉnh ủy Quảng Ninh Nguyễn Xuân Ký cũng tham dự.";
        org.w3id.vnkg.facts.PartialDate d = new org.w3id.vnkg.facts.PartialDate(2024, 9, 5);
        return new org.w3id.vnkg.facts.DocumentFacts(
                new org.w3id.vnkg.facts.ArticleInfo(FORMER_DOC, null, d, d, "1".repeat(64)),
                List.of(new org.w3id.vnkg.facts.Post("Nguyễn Xuân Ký", org.w3id.vnkg.facts.Gender.UNKNOWN, null,
                        "Bí thư", "Tỉnh ủy Quảng Ninh", "Quảng Ninh", org.w3id.vnkg.facts.Post.Qualifier.FORMER, d, 0.8,
                        new org.w3id.vnkg.facts.Evidence(FORMER_DOC, 0, s.length(), s))),
                List.of(), List.of());
    }

    @Test
    void postsEvalQueryLeavesOutFormerPostsThatTheLibraryStillShows() throws IOException {
        assertThat(run(Path.of("queries/eval/posts.rq"))).doesNotContain("Nguyễn Xuân Ký");
        assertThat(run(Path.of("queries/post-holders.rq"))).contains("Nguyễn Xuân Ký");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<Path> queryFiles() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("queries"))) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }

    private static String run(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query(Files.readString(file), ResultSetLang.RS_CSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Federated queries reach a remote endpoint: they are parsed, not run, here. */
    private static boolean usesRemoteService(Path file) {
        try {
            String q = Files.readString(file);
            QueryFactory.create(q);
            return q.contains("SERVICE");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyQueryParsesAndRuns() throws IOException {
        List<Path> files = queryFiles();
        assertThat(files).hasSizeGreaterThan(5);
        return files.stream().filter(f -> !usesRemoteService(f))
                .map(f -> DynamicTest.dynamicTest(f.toString(), () -> {
                    QueryFactory.create(Files.readString(f));
                    assertThat(run(f)).isNotEmpty();
                }));
    }

    @Test
    void postsEvalQueryGivesTheContractColumnsAndTheFixturePost() throws IOException {
        List<String> lines = run(Path.of("queries/eval/posts.rq")).lines().toList();
        assertThat(lines.get(0)).isEqualTo("doc,person,role,organization,asOf");
        assertThat(lines).contains("fixture_001.txt,Lê Thị Thu Hồng,Phó Bí thư Thường trực,Tỉnh ủy Bắc Giang,2024-06-26");
    }

    @Test
    void meetingsEvalQueryGivesOneRowPerPerson() throws IOException {
        List<String> lines = run(Path.of("queries/eval/meetings.rq")).lines().toList();
        assertThat(lines.get(0)).isEqualTo("doc,date,kind,organizer,chair,participant");
        assertThat(lines).contains(
                "fixture_001.txt,2024-06-26,buổi làm việc,Ban Chấp hành Đảng bộ tỉnh Bắc Giang,Lương Cường,",
                "fixture_001.txt,2024-06-26,buổi làm việc,Ban Chấp hành Đảng bộ tỉnh Bắc Giang,,Lê Thị Thu Hồng");
    }

    @Test
    void figuresEvalQueryGivesValueUnitAreaPeriodStatus() throws IOException {
        List<String> lines = run(Path.of("queries/eval/figures.rq")).lines().toList();
        assertThat(lines.get(0)).isEqualTo("doc,indicator,value,unit,area,period,status");
        assertThat(lines).contains("fixture_001.txt,tốc độ tăng trưởng GRDP,14.14,percent,Bắc Giang,2024-H1,actual");
    }

    /**
     * A query that reads names in the entities graph answers as the same query over the union graph does: the graph
     * holds what the union holds about named subjects, once. (The graph page's facets read the date span there,
     * which the union has no triple for: {@link #dateSpanIsTheLeastAndGreatestFactDate}.)
     */
    @TestFactory
    Stream<DynamicTest> readingTheEntitiesGraphAnswersAsTheUnionDoes() throws IOException {
        List<Path> files = queryFiles().stream().filter(f -> read(f).contains("GRAPH kgg:entities"))
                .filter(f -> !f.endsWith(Path.of("web", "facets.rq"))).toList();
        assertThat(files).extracting(Path::toString)
                .contains("queries/posts-of-person.rq", "queries/successors-of-post.rq", "queries/province-figures.rq");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> {
            String q = read(f);
            String union = overUnion(q);
            assertThat(union).doesNotContain("GRAPH kgg:entities");
            assertThat(runText(q)).isEqualTo(runText(union));
        }));
    }

    /** A query's VALUES that the fixture has no rows for, and the fixture's own (the fixture meeting's organizer). */
    private static final Map<String, String[]> FIXTURE_VALUES = Map.of("meetings-of-body.rq",
            new String[] {"VALUES ?organizer { \"Tỉnh ủy Bắc Giang\" }", "VALUES ?organizer { \"Ban Chấp hành Đảng bộ tỉnh Bắc Giang\" }"});

    /**
     * The queries rewritten to read each triple in the graph that holds it (GRAPH ?g for an article's facts,
     * graph/inferred, the entities graph) give the rows their union-default-graph form gave (kept in the test
     * resources, queries/union): a fact whose triples were split over graphs would lose rows here.
     */
    @TestFactory
    Stream<DynamicTest> readingGraphByGraphAnswersAsTheUnionFormDid() throws IOException {
        Path union = Path.of("src/test/resources/org/w3id/vnkg/queries/union");
        try (Stream<Path> s = Files.list(union)) {
            List<Path> forms = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
            assertThat(forms).hasSizeGreaterThanOrEqualTo(5);
            return forms.stream().map(form -> DynamicTest.dynamicTest(form.getFileName().toString(), () -> {
                Path file = Path.of("queries", form.getFileName().toString().replaceFirst("^eval-", "eval/")
                        .replaceFirst("^web-", "web/"));
                String[] swap = FIXTURE_VALUES.getOrDefault(file.getFileName().toString(), new String[] {"", ""});
                List<String> expected = runText(read(form).replace(swap[0], swap[1])).lines().sorted().toList();
                assertThat(expected).as("the fixture gives rows").hasSizeGreaterThan(1);
                assertThat(runText(read(file).replace(swap[0], swap[1])).lines().sorted().toList()).isEqualTo(expected);
            }));
        }
    }

    /**
     * What {@code kg export} runs (the graph page's nodes.rq and edges.rq, every parameter unbound) reads each triple
     * pattern, those of its FILTER EXISTS too, inside a named graph: none falls back on the union default graph,
     * which de-duplicates every article's copy of a body's label or province. The union forms did.
     */
    @Test
    void exportQueriesReadNoTripleOverTheUnionGraph() {
        Path union = Path.of("src/test/resources/org/w3id/vnkg/queries/union");
        for (String name : List.of("edges.rq", "nodes.rq")) {
            assertThat(unionGraphPatterns(read(Path.of("queries/web", name)))).as(name).isEmpty();
            assertThat(unionGraphPatterns(read(union.resolve("web-" + name)))).as("union form of " + name).isNotEmpty();
        }
    }

    /** The triple patterns and paths of a query that are read over the default graph (the union, in this store). */
    static List<String> unionGraphPatterns(String sparql) {
        List<String> found = new ArrayList<>();
        collectOutsideGraph(Algebra.compile(QueryFactory.create(sparql)), found);
        return found;
    }

    private static void collectOutsideGraph(Op op, List<String> found) {
        if (op instanceof OpGraph) {
            return;
        }
        if (op instanceof OpBGP bgp) {
            bgp.getPattern().getList().forEach(t -> found.add(t.toString()));
        } else if (op instanceof OpTriple t) {
            found.add(t.getTriple().toString());
        } else if (op instanceof OpPath path) {
            found.add(path.getTriplePath().toString());
        }
        // FILTER (EXISTS { ... }) and OPTIONAL's FILTER hold patterns in expressions.
        if (op instanceof OpFilter f) {
            f.getExprs().forEach(e -> collectOutsideGraph(e, found));
        } else if (op instanceof OpLeftJoin lj && lj.getExprs() != null) {
            lj.getExprs().forEach(e -> collectOutsideGraph(e, found));
        }
        if (op instanceof Op1 one) {
            collectOutsideGraph(one.getSubOp(), found);
        } else if (op instanceof Op2 two) {
            collectOutsideGraph(two.getLeft(), found);
            collectOutsideGraph(two.getRight(), found);
        } else if (op instanceof OpN n) {
            n.getElements().forEach(sub -> collectOutsideGraph(sub, found));
        }
    }

    private static void collectOutsideGraph(Expr e, List<String> found) {
        if (e instanceof ExprFunctionOp f) {
            collectOutsideGraph(f.getGraphPattern(), found);
        } else if (e instanceof ExprFunction f) {
            f.getArgs().forEach(a -> collectOutsideGraph(a, found));
        }
    }

    @Test
    void readingTheEntitiesGraphFindsTheFixturePerson() throws IOException {
        // Not an empty answer compared with an empty one: the fixture's person and body are found there.
        assertThat(run(Path.of("queries/person-posts.rq"))).contains("Phó Bí thư Thường trực,Tỉnh ủy Bắc Giang");
        assertThat(run(Path.of("queries/members-of-body.rq"))).contains("Lê Thị Thu Hồng");
    }

    @Test
    void dateSpanIsTheLeastAndGreatestFactDate() throws IOException {
        String facets = run(Path.of("queries/web/facets.rq"));
        String union = runText("""
                PREFIX kg: <https://w3id.org/vnkg/ontology#>
                PREFIX schema: <https://schema.org/>
                SELECT (MIN(STR(?d)) AS ?first) (MAX(STR(?d)) AS ?last)
                { { ?x kg:attestedOn ?d } UNION { ?x a kg:Meeting ; schema:startDate ?d } }""");
        String[] span = union.lines().skip(1).findFirst().orElseThrow().split(",");
        assertThat(span[0]).isNotEmpty().isLessThanOrEqualTo(span[1]);
        assertThat(facets).contains(",date," + span[0] + ",", ",date," + span[1] + ",");
    }

    /** The query with each {@code GRAPH kgg:entities { ... }} read as a group over the union default graph. */
    static String overUnion(String q) {
        return q.replace("GRAPH kgg:entities {", "{");
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String runText(String sparql) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query(sparql, ResultSetLang.RS_CSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
