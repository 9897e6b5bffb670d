package org.w3id.vnkg.cli;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.w3id.vnkg.store.KgStore;
import org.w3id.vnkg.store.QueryTemplate;

/**
 * {@code kg query --store DIR [--format csv|tsv|json|xml|table] [-p NAME=VALUE ...] (FILE.rq | -e QUERY)}: SPARQL over the store,
 * the union of all named graphs as default graph, results in a standard SPARQL result format on stdout.
 */
@Command(name = "query", description = "Run a SPARQL query over the store.")
final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--format", description = "csv, tsv, json, xml or table (default).")
    String format = "table";

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "Bind ?NAME to the string VALUE in the parsed query (repeatable); never pasted into its text.")
    java.util.Map<String, String> params = new java.util.LinkedHashMap<>();

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "A file holding the query.")
        Path file;

        @Option(names = {"-e", "--query"}, paramLabel = "QUERY", description = "The query text.")
        String text;
    }

    @Override
    public Integer call() throws Exception {
        String sparql = source.text != null ? source.text : Files.readString(source.file, StandardCharsets.UTF_8);
        if (!params.isEmpty()) {
            QueryTemplate template = QueryTemplate.of(source.file != null ? source.file.toString() : "-e", sparql);
            for (java.util.Map.Entry<String, String> p : params.entrySet()) {
                template = template.bind(p.getKey(), p.getValue());
            }
            sparql = template.query().serialize();
        }
        Lang fmt = switch (format.toLowerCase()) {
            case "csv" -> ResultSetLang.RS_CSV;
            case "tsv" -> ResultSetLang.RS_TSV;
            case "json" -> ResultSetLang.RS_JSON;
            case "xml" -> ResultSetLang.RS_XML;
            case "table", "text" -> ResultSetLang.RS_Text;
            default -> throw new IllegalArgumentException("unknown format " + format + ": use csv, tsv, json, xml or table");
        };
        if (!Files.isDirectory(store.store)) {
            throw new IllegalArgumentException("no store at " + store.store + ": run kg build first");
        }
        try (KgStore kg = KgStore.open(store.store)) {
            OutputStream out = System.out;
            kg.query(sparql, fmt, out);
            out.flush();
        }
        return 0;
    }
}
