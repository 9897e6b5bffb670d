package org.w3id.vnkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryTemplateTest {
    private static final String NAME = "http://schema.org/name";
    private static final List<String> NAMES = List.of("Lê Thị Thu Hồng", "Nguyễn \"Văn\" A", "Trần {Văn} B",
            "Phạm Văn\nC", "x\" } UNION { ?s ?p ?o } #");

    private static Dataset data() {
        Dataset ds = DatasetFactory.create();
        Model m = ds.getDefaultModel();
        for (int i = 0; i < NAMES.size(); i++) {
            m.add(m.createResource("urn:p" + i), m.createProperty(NAME), NAMES.get(i));
        }
        return ds;
    }

    private static List<String> run(QueryTemplate t) {
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(data()).query(t.query()).build()) {
            qe.execSelect().forEachRemaining(r -> out.add(r.getResource("p").getURI()));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void bindsNamesWithQuotesBracesAndNewlinesAsOneLiteral(int i) {
        QueryTemplate t = QueryTemplate.of("test", "SELECT ?p { ?p <" + NAME + "> ?name }").bind("name", NAMES.get(i));
        assertThat(run(t)).containsExactly("urn:p" + i);
    }

    @Test
    void aHostileValueMatchesNothingInsteadOfChangingTheQuery() {
        QueryTemplate t = QueryTemplate.of("test", "SELECT ?p { ?p <" + NAME + "> ?name }")
                .bind("name", "nobody\" } UNION { ?p ?q ?r } #");
        assertThat(run(t)).isEmpty();
    }

    @Test
    void restrictsAVariableWithValues() {
        QueryTemplate t = QueryTemplate.of("test", "SELECT ?p { ?p <" + NAME + "> ?name }")
                .values("name", List.of(NAMES.get(1), NAMES.get(3), "absent"));
        assertThat(run(t)).containsExactlyInAnyOrder("urn:p1", "urn:p3");
    }

    @Test
    void refusesAVariableTheQueryDoesNotUse() {
        assertThatThrownBy(() -> QueryTemplate.of("q.rq", "SELECT ?p { ?p ?x ?name }").bind("nmae", "x"))
                .hasMessageContaining("q.rq has no variable ?nmae");
    }

    @Test
    void aBoundValueReplacesTheDefaultOfTheValuesLine() {
        String q = "SELECT ?p { VALUES (?name ?x) { (\"" + NAMES.get(0) + "\" 1) } ?p <" + NAME + "> ?name }";
        assertThat(run(QueryTemplate.of("test", q))).containsExactly("urn:p0");
        assertThat(run(QueryTemplate.of("test", q).bind("name", NAMES.get(2)))).containsExactly("urn:p2");
        assertThat(run(QueryTemplate.of("test", q).bind("name", "absent"))).isEmpty();
    }

    @Test
    void aBoundVariableWithADefaultMayStillBeSortedByAndProjectedFromASubSelect() {
        String q = "SELECT ?p ?name { VALUES ?name { \"" + NAMES.get(0) + "\" } { SELECT ?name ?p { ?p <" + NAME
                + "> ?name } } } ORDER BY ?name";
        String bound = QueryTemplate.of("test", q).bind("name", NAMES.get(2)).query().toString();
        try (QueryExecution qe = QueryExecution.dataset(data()).query(bound).build()) {
            assertThat(qe.execSelect().next().getResource("p").getURI()).isEqualTo("urn:p2");
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            queries/post-holders.rq       | organization | Tỉnh ủy Bắc Ninh
            queries/who-met-whom.rq       | personA      | Nguyễn Văn A
            queries/successors-of-post.rq | bodyName     | Tỉnh ủy Bắc Ninh
            """)
    void bindsTheValuesLineOfEveryLibraryQuery(String file, String variable, String value) {
        // These sort by, or project from a sub-select, the variable their VALUES line gives; kg query and the server
        // take the bound query as text, so it must parse again.
        String text = QueryTemplate.load(file).bind(variable, value).query().toString();
        assertThat(text).contains(value);
        try (QueryExecution qe = QueryExecution.dataset(data()).query(text).build()) {
            assertThat(qe.execSelect().hasNext()).isFalse();
        }
    }

    @Test
    void loadsTheQueriesOfTheLibrary() {
        assertThat(QueryTemplate.load("queries/person-posts.rq").bind("name", "Lê Thị Thu Hồng").query()
                .toString()).contains("\"Lê Thị Thu Hồng\"");
    }
}
