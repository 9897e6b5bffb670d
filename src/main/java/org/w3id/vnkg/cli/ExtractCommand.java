package org.w3id.vnkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.w3id.vnkg.facts.FactsJson;
import org.w3id.vnkg.ingest.ArticleReader;
import org.w3id.vnkg.pipeline.ArticlePipeline;

/** {@code kg extract FILE}: the facts of one article as JSON, in the shape of the evaluation gold. */
@Command(name = "extract", description = "Print the facts of one article as JSON.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "An article file (.txt or .html).")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ArticlePipeline pipeline = new ArticlePipeline();
        PrintWriter out = spec.commandLine().getOut();
        out.println(FactsJson.toJson(pipeline.extract(ArticleReader.read(file))));
        out.flush();
        return 0;
    }
}
