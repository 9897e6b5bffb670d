package org.w3id.vnkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

class FactMapperTest {

    @Test
    void mapsFixtureFactsToTheGoldenGraph() throws Exception {
        Model actual = new FactMapper("test").map(FixtureFacts.facts());
        Model expected = ModelFactory.createDefaultModel();
        try (InputStream in = getClass().getResourceAsStream("fixture_001.ttl")) {
            RDFDataMgr.read(expected, in, Lang.TURTLE);
        }
        if (!actual.isIsomorphicWith(expected)) {
            RDFDataMgr.write(System.err, actual, Lang.TURTLE);
        }
        assertThat(actual.isIsomorphicWith(expected)).as("mapped graph equals fixture_001.ttl").isTrue();
    }

    @Test
    void mappedGraphPassesTheShapes() {
        Model graph = new FactMapper("test").map(FixtureFacts.facts());
        assertThat(new ShapesValidator().problems(graph)).isNull();
    }

    @Test
    void aFigureOfAnIndicatorInTheSchemePointsToItsConcept() {
        org.w3id.vnkg.facts.Figure f = FixtureFacts.facts().figures().get(0);
        org.w3id.vnkg.facts.Figure withConcept = new org.w3id.vnkg.facts.Figure(f.indicator(), f.value(), f.unit(),
                f.area(), f.period(), f.status(), f.surface(), f.comparisons(), f.evidence(), "grdp-growth");
        org.w3id.vnkg.facts.DocumentFacts facts = new org.w3id.vnkg.facts.DocumentFacts(
                FixtureFacts.facts().article(), java.util.List.of(), java.util.List.of(), java.util.List.of(withConcept));
        Model graph = new FactMapper("test").map(facts);
        org.apache.jena.rdf.model.Resource concept = graph.createResource(KG.ID + "indicator/grdp-growth");
        assertThat(graph.contains(null, KG.indicator, concept)).isTrue();
        assertThat(graph.contains(concept, org.apache.jena.vocabulary.SKOS.notation, "grdp-growth")).isTrue();
        assertThat(graph.contains(null, KG.indicatorLabel, "tốc độ tăng trưởng GRDP")).isTrue();
        assertThat(new ShapesValidator().problems(graph)).isNull();
    }

    @Test
    void mappingIsDeterministic() {
        Model a = new FactMapper("test").map(FixtureFacts.facts());
        Model b = new FactMapper("test").map(FixtureFacts.facts());
        assertThat(a.isIsomorphicWith(b)).isTrue();
        assertThat(a.listSubjects().toList()).allMatch(s -> s.isURIResource());
    }
}
