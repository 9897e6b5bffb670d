package org.w3id.vnkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The Java vocabulary {@link KG} and the ontology in ontology/vnkg.ttl name the same terms. */
class OntologyTermsTest {

    @Test
    void everyConstantOfKgIsDeclaredInTheOntology() throws IllegalAccessException {
        Model ontology = OntologyFiles.ontology();
        for (Field f : KG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                Resource term = (Resource) f.get(null);
                assertThat(ontology.contains(term, RDF.type)).as("%s is declared", term.getURI()).isTrue();
                assertThat(term.getLocalName()).as("constant name").isEqualTo(f.getName());
            }
        }
    }

    @Test
    void everyTermOfTheOntologyNamespaceHasAConstant() {
        Model ontology = OntologyFiles.ontology();
        ontology.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(KG.NS)) {
                assertThat(KG.class.getFields()).as("constant for %s", s.getURI())
                        .anyMatch(f -> f.getName().equals(s.getLocalName()));
            }
        });
    }
}
