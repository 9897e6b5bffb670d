package org.w3id.vnkg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
import org.w3id.vnkg.store.NewStoreFolder;
import org.w3id.vnkg.store.TextIndexer;

/**
 * {@code kg build --corpus DIR --store DIR}: extract every article of a folder and load it into the store,
 * one named graph per article. Exit status: 0 all loaded, 3 partial (some articles failed), 1 none loaded.
 * A new store is filled by Jena's bulk loader under a temporary name ({@code DIR.partial}) and renamed when
 * complete, so it appears whole or not at all; a store that holds data takes the articles in write transactions
 * ({@code --loader} chooses). {@code --batch N} sets the articles per write transaction and
 * {@code --commit-log FILE} records each commit once it is durable, so what a killed build kept can be checked.
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

    @Option(names = "--batch", paramLabel = "N",
            description = "Articles per write transaction (default ${DEFAULT-VALUE}); 1 commits each article alone.")
    int batch = CorpusBuilder.DEFAULT_BATCH;

    @Option(names = "--loader", paramLabel = "MODE",
            description = "auto (default): the bulk loader for a new store, transactions for one holding data; "
                    + "bulk: Jena's parallel loader, a new store only, durable at the end; transactions: a write "
                    + "transaction per batch, durable batch by batch (what a killed build keeps).")
    LoaderMode loader = LoaderMode.auto;

    /** The values of {@code --loader}. */
    enum LoaderMode { auto, bulk, transactions }

    @Option(names = "--commit-log", paramLabel = "FILE",
            description = "Append one line per commit, once it is durable: the tab-separated files it loaded.")
    Path commitLog;

    @Option(names = "--compact", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Compact the store after loading (default; --no-compact skips it). TDB2 never reuses the "
                    + "space of earlier transactions, so a store loaded in many commits takes about twice the disk "
                    + "until compacted.")
    boolean compact;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Path> files = ArticleReader.listCorpus(corpus);
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, files.size());
        if (batch < 1) {
            throw new IllegalArgumentException("--batch must be at least 1");
        }
        boolean fresh = NewStoreFolder.isNew(store.store);
        CorpusBuilder.Loading loading = switch (loader) {
            case auto -> fresh ? CorpusBuilder.Loading.BULK : CorpusBuilder.Loading.TRANSACTIONS;
            case bulk -> {
                if (!fresh) {
                    throw new IllegalArgumentException("--loader bulk builds a new store, and " + store.store
                            + " holds files: use --loader transactions to add to it");
                }
                yield CorpusBuilder.Loading.BULK;
            }
            case transactions -> CorpusBuilder.Loading.TRANSACTIONS;
        };
        boolean bulk = loading == CorpusBuilder.Loading.BULK;
        // A new store is built aside and renamed when whole: a killed build leaves no half-loaded store behind.
        Path target = bulk ? NewStoreFolder.prepare(store.store) : store.store;
        CorpusBuilder builder = new CorpusBuilder(new ArticlePipeline(), new FactMapper(Main.version()), threads)
                .withBatchSize(batch).withLoading(loading);
        BuildReport report = null;
        boolean complete = false;
        BuildReport.Phase publishing = null;
        KgStore kg = KgStore.open(target);
        try (PrintWriter log = commitLog == null ? null : new PrintWriter(Files.newBufferedWriter(commitLog,
                     StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
            if (log != null) {
                builder = builder.withCommitListener(committed -> {
                    log.println(String.join("\t", committed));
                    log.flush();
                });
            }
            report = builder.build(files, kg, progress);
            // The build writes TDB2 directly: the name index of the search box is rebuilt to match it.
            BuildReport.Phase indexing = report.start("text index");
            TextIndexer.rebuild(kg, KgServer.builder(target).config());
            indexing.end();
            // A bulk-loaded store has no old generations; a transactional one grows with every commit.
            if (compact && !bulk) {
                BuildReport.Phase compacting = report.start("compact");
                kg.compact();
                compacting.end();
            }
            complete = true;
        } finally {
            publishing = report == null ? null : report.start("publish");
            if (bulk) {
                kg.release();
                if (!complete) {
                    NewStoreFolder.discard(target);   // never published: nothing of it is worth keeping
                }
            } else {
                kg.close();
            }
        }
        if (bulk) {
            NewStoreFolder.publish(target, store.store);
        }
        // Publishing: releasing or closing the store (its last sync to disk) and, for a new store, the rename.
        publishing.end();
        progress.finish();
        PrintWriter out = spec.commandLine().getOut();
        out.print(report.summary());
        out.flush();
        Path json = reportFile != null ? reportFile : store.store.resolve("build-report.json");
        Files.writeString(json, report.toJson(), StandardCharsets.UTF_8);
        return report.exitCode();
    }
}
