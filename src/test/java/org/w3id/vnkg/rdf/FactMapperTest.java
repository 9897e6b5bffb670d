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
    void mappingIsDeterministic() {
        Model a = new FactMapper("test").map(FixtureFacts.facts());
        Model b = new FactMapper("test").map(FixtureFacts.facts());
        assertThat(a.isIsomorphicWith(b)).isTrue();
        assertThat(a.listSubjects().toList()).allMatch(s -> s.isURIResource());
    }
}
