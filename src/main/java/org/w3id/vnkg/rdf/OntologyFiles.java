package org.w3id.vnkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * The top-level {@code ontology/} folder, which the build copies into the jar: the ontology and the
 * SHACL shapes are read from there, so there is one copy of each.
 */
public final class OntologyFiles {
    public static final String ONTOLOGY = "ontology/vnkg.ttl";
    public static final String SHAPES = "ontology/shapes.ttl";

    private OntologyFiles() {
    }

    public static Model ontology() {
        return load(ONTOLOGY);
    }

    public static Model shapes() {
        return load(SHAPES);
    }

    /** Reads a Turtle resource from the classpath, failing with the resource's name if it is missing. */
    public static Model load(String resource) {
        try (InputStream in = OntologyFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + resource));
            }
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/vnkg/").parse(m);
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
