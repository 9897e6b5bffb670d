package org.w3id.vnkg.rdf;

import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

/**
 * Checks an article's graph against {@code ontology/shapes.ttl}. The shapes are parsed once; a validator
 * is safe to share between threads.
 * <pre>
 *   String problems = validator.problems(graph);   // null when the graph conforms
 * </pre>
 */
public final class ShapesValidator {
    private final Shapes shapes = Shapes.parse(OntologyFiles.shapes().getGraph());

    /** Null when the graph conforms, else a one-line-per-violation description. */
    public String problems(Model graph) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph.getGraph());
        if (report.conforms()) {
            return null;
        }
        return report.getEntries().stream()
                .map(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message())
                .limit(10)
                .collect(Collectors.joining("; "));
    }
}
