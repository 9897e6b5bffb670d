package org.w3id.vnkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.w3id.vnkg.bench.ExtractionBench;
import org.w3id.vnkg.ingest.ArticleReader;
import org.w3id.vnkg.ingest.RawArticle;

/** {@code kg bench extract --corpus DIR}: extraction throughput and time per stage, articles held in memory. */
@Command(name = "extract", description = "Measure extraction throughput (1 thread and all cores) and time per stage.")
final class BenchExtractCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "Folder of articles.")
    Path corpus;

    @Option(names = "--limit", description = "Use at most this many articles (default ${DEFAULT-VALUE}).")
    int limit = 200;

    @Option(names = "--runs", description = "Timed passes per setting (default ${DEFAULT-VALUE}).")
    int runs = 3;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<RawArticle> articles = new ArrayList<>();
        for (Path p : ArticleReader.listCorpus(corpus)) {
            if (articles.size() >= limit) {
                break;
            }
            articles.add(ArticleReader.read(p));
        }
        ExtractionBench bench = new ExtractionBench(articles);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%d articles, %d tokens%n", articles.size(), bench.tokens());
        bench.full(Runtime.getRuntime().availableProcessors());   // warm-up
        ExtractionBench.StageTimes st = bench.stages();
        out.printf(Locale.ROOT, "ms/article: clean %.2f, annotate %.2f, extractors %.2f, map %.2f, validate %.2f%n",
                st.clean(), st.annotate(), st.extractors(), st.map(), st.validate());
        for (int threads : new int[] {1, Runtime.getRuntime().availableProcessors()}) {
            List<Double> ratios = new ArrayList<>();
            List<Double> fullRatios = new ArrayList<>();
            List<Double> cpuRatios = new ArrayList<>();
            List<Double> cpuFullRatios = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                // Interleaved, so that a burst of load from other jobs hits all three alike.
                ExtractionBench.Throughput path = bench.extractAndMap(threads);
                ExtractionBench.Throughput full = bench.full(threads);
                ExtractionBench.Throughput bare = bench.tokenizeOnly(threads);
                print(out, "extract+map", path);
                print(out, "full+SHACL", full);
                print(out, "tokenize+ssplit", bare);
                ratios.add(bare.mbPerSecond() / path.mbPerSecond());
                fullRatios.add(bare.mbPerSecond() / full.mbPerSecond());
                cpuRatios.add(bare.cpuMbPerSecond() / path.cpuMbPerSecond());
                cpuFullRatios.add(bare.cpuMbPerSecond() / full.cpuMbPerSecond());
            }
            out.printf(Locale.ROOT, "threads=%d  slower than tokenize+ssplit: clean → annotate → extract → map %s×"
                    + " (issue 8: within 3×), with SHACL %s×; in CPU time %s× and %s×%n", threads, range(ratios),
                    range(fullRatios), range(cpuRatios), range(cpuFullRatios));
        }
        out.flush();
        return 0;
    }

    private static String range(List<Double> xs) {
        double lo = xs.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double hi = xs.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        return String.format(Locale.ROOT, lo == hi ? "%.2f" : "%.2f–%.2f", lo, hi);
    }

    private static void print(PrintWriter out, String what, ExtractionBench.Throughput t) {
        out.printf(Locale.ROOT, "%-16s threads=%d  %.3f MB/s  %.1f articles/s  %.0f tokens/s  (CPU time: %.3f MB/s per core)%n",
                what, t.threads(), t.mbPerSecond(), t.articlesPerSecond(), t.tokensPerSecond(), t.cpuMbPerSecond());
    }
}
