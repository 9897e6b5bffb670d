package org.w3id.vnkg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.w3id.vnkg.pipeline.ArticlePipeline;
import org.w3id.vnkg.pipeline.CorpusBuilder;
import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.store.KgStore;

/**
 * The key queries (bench/queries/*.rq, and the library's posts-of-person, person-posts, province-figures and
 * post-holders-on-date) read each fact inside the graph that holds it (GRAPH ?g, GRAPH kgg:inferred/reference) and
 * find a post through its body and role, instead of reading the union default graph: on a store built from the
 * five sample articles and 40 generated ones, they give the same rows as the questions first written over the
 * union (or, for who-held, as the library's post-holders-on-date), for values taken from the store.
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
        store = KgStore.inMemory();
        new CorpusBuilder(new ArticlePipeline(), new FactMapper("test"), 2)
                .build(ArticleReader.listCorpus(corpus), store, n -> { });
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static final String POSTS_OF_PERSON_OVER_UNION = union("posts-of-person.rq");
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

    /** A body the link stage resolved ("Ban Bí thư" is the reference body of the Secretariat) holds its tenures. */
    @Test
    void postHoldersOnDateFindsTheTenuresOfAResolvedBodyByItsNameInTheArticle() throws IOException {
        String library = Files.readString(Path.of("queries", "post-holders-on-date.rq"));
        String values = "(\"Bí thư\" \"Tỉnh ủy Bắc Giang\" \"2024-07-01\")";
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
    void postsOfPersonReadInTheArticleGraphsAsTheUnionDoes() {
        for (QuerySolution s : samples()) {
            String fast = bindName(QueryBench.resource("posts-of-person.rq"), s);
            assertThat(rows(fast)).as(fast).isNotEmpty().isEqualTo(rows(bindName(POSTS_OF_PERSON_OVER_UNION, s)));
        }
    }

    @Test
    void provinceFiguresReadInTheArticleGraphsAsTheUnionDoes() {
        List<QuerySolution> areas = select(QueryBench.resource("sample-areas.rq"));
        assertThat(areas).hasSizeGreaterThan(5);
        for (QuerySolution a : areas) {
            ParameterizedSparqlString fast = new ParameterizedSparqlString(QueryBench.resource("province-figures.rq"));
            ParameterizedSparqlString slow = new ParameterizedSparqlString(PROVINCE_FIGURES_OVER_UNION);
            fast.setParam("area", a.get("area"));
            slow.setParam("area", a.get("area"));
            assertThat(rows(fast.toString())).as(fast.toString()).isNotEmpty().isEqualTo(rows(slow.toString()));
        }
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
        check("province-figures.rq", "VALUES ?province { \"Bắc Giang\" }",
                select(QueryBench.resource("sample-areas.rq")),
                a -> "VALUES ?province { \"" + a.getLiteral("area").getLexicalForm() + "\" }");
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
