package org.w3id.vnkg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.w3id.vnkg.ingest.ArticleReader;
import org.w3id.vnkg.pipeline.ArticlePipeline;
import org.w3id.vnkg.pipeline.BuildReport;
import org.w3id.vnkg.pipeline.CorpusBuilder;
import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.serve.KgServer;
import org.w3id.vnkg.store.KgStore;
import org.w3id.vnkg.store.TextIndexer;

/**
 * {@code kg build --corpus DIR --store DIR}: extract every article of a folder and load it into the store,
 * one named graph per article. Exit status: 0 all loaded, 3 partial (some articles failed), 1 none loaded.
 */
@Command(name = "build", description = "Extract the articles of a folder and load them into a TDB2 store.")
final class BuildCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "Folder of .txt/.html articles.")
    Path corpus;

    @Mixin
    StoreOption store;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Also write the build report as JSON here (default: DIR/build-report.json of the store).")
    Path reportFile;

    @Option(names = "--threads", description = "Extraction threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Path> files = ArticleReader.listCorpus(corpus);
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, files.size());
        CorpusBuilder builder = new CorpusBuilder(new ArticlePipeline(), new FactMapper(Main.version()), threads);
        BuildReport report;
        try (KgStore kg = KgStore.open(store.store)) {
            report = builder.build(files, kg, progress);
            // The build writes TDB2 directly: the name index of the search box is rebuilt to match it.
            TextIndexer.rebuild(kg, KgServer.builder(store.store).config());
        }
        progress.finish();
        PrintWriter out = spec.commandLine().getOut();
        out.print(report.summary());
        out.flush();
        Path json = reportFile != null ? reportFile : store.store.resolve("build-report.json");
        Files.writeString(json, report.toJson(), StandardCharsets.UTF_8);
        return report.exitCode();
    }
}
