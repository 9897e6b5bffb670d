package org.w3id.vnkg.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.w3id.vnkg.export.GraphWriter;
import org.w3id.vnkg.export.PropertyGraphReader;
import org.w3id.vnkg.store.KgStore;

/**
 * {@code kg export --store DIR --format trig|nq|jsonld|graphml|gexf|dot}: the store on stdout, either every named
 * graph (RDF) or the relationship graph of the graph page for desktop tools (GraphML, GEXF for Gephi, DOT).
 */
@Command(name = "export", description = "Write the store to stdout: all named graphs (trig, nq, jsonld) or the "
        + "relationship graph for desktop tools (graphml, gexf, dot).")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, description = "trig, nq, jsonld, graphml, gexf or dot.")
    String format;

    @Override
    public Integer call() throws Exception {
        GraphWriter graphWriter = GraphWriter.forFormat(format);
        if (graphWriter != null) {
            try (KgStore kg = KgStore.open(store.store); OutputStream out = new BufferedOutputStream(System.out)) {
                graphWriter.write(PropertyGraphReader.read(kg), out);
            }
            return 0;
        }
        Lang lang = switch (format.toLowerCase()) {
            case "trig" -> Lang.TRIG;
            case "nq", "nquads" -> Lang.NQUADS;
            case "jsonld", "json-ld" -> Lang.JSONLD;
            default -> throw new IllegalArgumentException(
                    "unknown format " + format + ": use trig, nq, jsonld, graphml, gexf or dot");
        };
        try (KgStore kg = KgStore.open(store.store); OutputStream out = new BufferedOutputStream(System.out)) {
            kg.export(lang, out);
        }
        return 0;
    }
}
