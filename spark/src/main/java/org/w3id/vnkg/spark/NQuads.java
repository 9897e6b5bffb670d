package org.w3id.vnkg.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** A graph written as the N-Quads of one named graph: the text the job saves, one quad a line. */
final class NQuads {
    private NQuads() {
    }

    /** The quads of {@code graph} in the named graph {@code name}, without a final newline (Spark adds one). */
    static String of(String name, Model graph) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        dsg.addGraph(NodeFactory.createURI(name), graph.getGraph());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, dsg, Lang.NQUADS);
        String text = out.toString(StandardCharsets.UTF_8);
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
