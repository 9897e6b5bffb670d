package org.w3id.vnkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.rdf.model.Model;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.w3id.vnkg.link.LinkData;
import org.w3id.vnkg.link.Linker;
import org.w3id.vnkg.pipeline.ArticleIngester;
import org.w3id.vnkg.pipeline.CorpusBuilder;
import org.w3id.vnkg.pipeline.ArticlePipeline;
import org.w3id.vnkg.pipeline.ArticleProcessor;
import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.serve.KgServer;
import org.w3id.vnkg.store.KgStore;
import org.w3id.vnkg.store.TextIndexer;

/**
 * {@code kg ingest --store DIR [--link] [--batch N] FILES...}: (re-)ingests single articles into a built store, up
 * to N articles per write transaction that writes only what changed, and keeps the text index up to date. The
 * inferred graph, which needs every article, is rebuilt with {@code --link} (or later by {@code kg link}); until then the changed articles are
 * listed in the store's link-pending file. Two files of one run with the same file name in different folders are
 * refused after the first, as kg build refuses them. Exit status as kg build: 0 all loaded, 3 some failed, 1 none
 * loaded.
 */
@Command(name = "ingest", description = "Re-ingest single articles into a built store (changes only, no rebuild).")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--link", description = "Rebuild the inferred graph afterwards (default: leave it to kg link).")
    boolean link;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "32",
            description = "Articles per write transaction (default 32): a commit syncs every index file of the "
                    + "store, the same cost for one article as for many; 1 commits each article alone. A line is "
                    + "printed for an article once its transaction is committed.")
    int batch;

    @Parameters(paramLabel = "FILES", arity = "1..*", description = "Article files (.txt/.html).")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(store.store)) {
            throw new IllegalArgumentException("no store at " + store.store + ": run kg build first");
        }
        if (batch < 1) {
            throw new IllegalArgumentException("--batch must be at least 1");
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new IllegalArgumentException("no such file: " + f);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        Map<Path, Path> sameName = sameFileName(files);
        sameName.forEach((f, first) -> out.printf("FAILED %s: %s%n", f, CorpusBuilder.sameFileName(first, f)));
        List<Path> toIngest = files.stream().filter(f -> !sameName.containsKey(f)).toList();
        Model config = KgServer.builder(store.store).config();
        int loaded = 0;
        int failed = sameName.size();
        try (KgStore kg = KgStore.open(store.store)) {
            if (!TextIndexer.isComplete(store.store)) {
                TextIndexer.rebuild(kg, config);
            }
            ArticleProcessor processor = new ArticleProcessor(new ArticlePipeline(), new FactMapper(Main.version()));
            try (ArticleIngester ingester = new ArticleIngester(processor, kg, TextIndexer.updater(config))) {
                for (int from = 0; from < toIngest.size(); from += batch) {
                    List<Path> some = toIngest.subList(from, Math.min(toIngest.size(), from + batch));
                    long t = System.nanoTime();
                    for (ArticleIngester.Outcome o : ingester.ingestAll(some)) {
                        if (o.failure() != null) {
                            failed++;
                            out.printf("FAILED %s: %s%n", o.file(), o.failure());
                        } else {
                            loaded++;
                            out.printf(Locale.ROOT, "%s: %d triples removed, %d added in %.0f ms (extract %.0f, store %.0f,"
                                    + " text index %.0f; CPU %.0f)%n", o.file(), o.removed(), o.added(), o.totalMs(),
                                    o.extractMs(), o.storeMs(), o.indexMs(), o.cpuMs());
                        }
                    }
                    if (some.size() > 1) {
                        out.printf(Locale.ROOT, "%d articles in one transaction: %.0f ms (store and text index times"
                                + " above include a share of its commit)%n", some.size(), (System.nanoTime() - t) / 1e6);
                    }
                    // Durable now: said at once, not when the whole run ends.
                    out.flush();
                }
                long t = System.nanoTime();
                ingester.commitIndex();
                out.printf(Locale.ROOT, "text index committed in %.0f ms%n", (System.nanoTime() - t) / 1e6);
            }
            if (link) {
                out.printf("inferred graph rebuilt: %d triples%n", new Linker(LinkData.standard()).link(kg));
            } else if (!kg.linkPending().isEmpty()) {
                out.printf("inferred graph not yet updated for %d changed articles: run kg link --offline --store %s%n",
                        kg.linkPending().size(), store.store);
            }
        }
        out.flush();
        return failed == 0 ? 0 : loaded == 0 ? 1 : 3;
    }

    /**
     * The files of this run that have the file name of an earlier one in another folder, each with that earlier
     * file: refused, as {@code kg build} refuses them, since the second would replace the first's graph. The same
     * file named twice is no conflict. (Across runs, a file re-ingested from another folder is the usual way to
     * replace an article with its edited text, and the store keeps no source path to tell the two apart.)
     */
    static Map<Path, Path> sameFileName(List<Path> files) {
        Map<String, Path> first = new HashMap<>();
        Map<Path, Path> refused = new LinkedHashMap<>();
        for (Path f : files) {
            Path path = f.toAbsolutePath().normalize();
            Path earlier = first.putIfAbsent(f.getFileName().toString(), path);
            if (earlier != null && !earlier.equals(path)) {
                refused.put(f, earlier);
            }
        }
        return refused;
    }
}
