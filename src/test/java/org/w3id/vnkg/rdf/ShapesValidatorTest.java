package org.w3id.vnkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.junit.jupiter.api.Test;

class ShapesValidatorTest {
    private final ShapesValidator validator = new ShapesValidator();

    private static Model fixture() {
        return new FactMapper("test").map(FixtureFacts.facts());
    }

    @Test
    void rejectsAHoldingWithoutItsPerson() {
        Model graph = fixture();
        graph.removeAll(null, ORG.member, null);
        assertThat(validator.problems(graph)).contains("member");
    }

    @Test
    void rejectsAFactWithoutEvidence() {
        Model graph = fixture();
        graph.removeAll(null, KG.evidence, null);
        assertThat(validator.problems(graph)).isNotNull();
    }

    @Test
    void rejectsAFigureWhoseValueIsNotANumber() {
        Model graph = fixture();
        Resource obs = graph.listSubjectsWithProperty(KG.value).next();
        graph.removeAll(obs, KG.value, null);
        obs.addProperty(KG.value, "mười bốn");
        assertThat(validator.problems(graph)).contains("value");
    }

    @Test
    void rejectsAMalformedPeriod() {
        Model graph = fixture();
        Resource obs = graph.listSubjectsWithProperty(KG.period).next();
        graph.removeAll(obs, KG.period, null);
        obs.addProperty(KG.period, "6 tháng đầu năm");
        assertThat(validator.problems(graph)).contains("period");
    }

    @Test
    void acceptsTheFixture() {
        assertThat(validator.problems(fixture())).isNull();
    }
}
