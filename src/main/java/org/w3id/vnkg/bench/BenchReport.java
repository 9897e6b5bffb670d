package org.w3id.vnkg.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.ToDoubleFunction;

/**
 * The figures of one {@code kg bench all} run, written as BENCHMARKS.md: machine, versions, commands,
 * medians with their spread, and ratios against the reference points of issue 8.
 */
public final class BenchReport {
    // Reference points (issue 8), measured on a machine like ours: 2 cores, Java 17, Jena 5.6.0, CoreNLP 4.5.10.
    static final double REF_TOKENIZE_TOKENS_PER_S = 595_000;
    static final double REF_VNCORENLP_NER_WORDS_PER_S = 19_000;
    static final double REF_TDBLOADER_LOW = 70_000;
    static final double REF_TDBLOADER_HIGH = 107_000;
    static final double TARGET_MB_PER_S = 1.0;
    static final double TARGET_ARTICLES_PER_S = 240;
    static final double TARGET_TOKENS_PER_S = 180_000;
    static final double REF_MB_PER_COMMIT = 0.9;

    private final List<String> lines = new ArrayList<>();
    private final List<String> commands = new ArrayList<>();
    private final Map<String, String> loads = new LinkedHashMap<>();
    private final String invocation;
    private final Map<String, String> machine;

    private String extractionSection = "";
    private final List<String> extractionRows = new ArrayList<>();
    private double tokenizeOneCore = Double.NaN;
    private double fullOneCoreTokens = Double.NaN;
    private double fullOneCoreMb = Double.NaN;
    private double fullOneCoreArticles = Double.NaN;
    private double shaclOneCoreTokens = Double.NaN;
    private double fullAllCoresArticles = Double.NaN;
    private ExtractionBench.StageTimes stages;
    private Map<String, Double> hotSpots = Map.of();
    private String generated = "";
    private long buildTriples;
    private double buildSeconds = Double.NaN;
    private int buildArticles;
    private double peakHeap;
    private String heapLimit = "";
    private long buildSize;
    private long buildSizeWithText;
    private long quads;
    private long nqBytes;
    private Stats tdbloaderQps;
    private long tdbloaderSize;
    private String tdbloaderNote;
    private Stats kgLoadQps;
    private int kgLoadCommits;
    private long kgLoadSize;
    private LoadBench.Result perArticle;
    private long perArticleSize;
    private long compactBefore;
    private long compactAfter;
    private double compactSeconds;
    private Stats reingestSame;
    private Stats reingestTotal;
    private Stats reingestLoad;
    private double reingestCold = Double.NaN;
    private double serverStart;
    private URI endpoint;
    private final Map<String, Stats> queryLoad = new LinkedHashMap<>();
    private final Map<String, Stats> floorLoad = new LinkedHashMap<>();
    /** Timed queries that failed (key queries and floors), with the reason, in the order they ran. */
    private final Map<String, String> failedLoad = new LinkedHashMap<>();
    private final List<String> libraryRows = new ArrayList<>();
    private final List<String> libraryFailures = new ArrayList<>();
    private double slowestLibraryMs;
    private int clients;
    private long loadSeconds;
    private long serverWarmUpSeconds;

    public BenchReport(String invocation, Map<String, String> machine) {
        this.invocation = invocation;
        this.machine = Map.copyOf(machine);
    }

    void loadAverage(String when, String value) {
        loads.put(when, value);
    }

    void command(String c) {
        commands.add(c);
    }

    void generated(int n, long bytes, double seconds) {
        generated = String.format(Locale.ROOT, "%d articles, %.1f MB (%.1f KB per article) in %.1f s", n, bytes / 1e6,
                bytes / 1e3 / Math.max(1, n), seconds);
    }

    /**
     * @param path the extraction path of issue 8 (clean → annotate → extract → map), which the targets are about
     * @param full the same with SHACL validation, as {@code kg build} runs it
     * @param tok  bare CoreNLP tokenize+ssplit on the same text
     */
    void extraction(int threads, List<ExtractionBench.Throughput> path, List<ExtractionBench.Throughput> full,
                    List<ExtractionBench.Throughput> tok) {
        Stats mb = stats(path, ExtractionBench.Throughput::mbPerSecond);
        Stats art = stats(path, ExtractionBench.Throughput::articlesPerSecond);
        Stats toks = stats(path, ExtractionBench.Throughput::tokensPerSecond);
        Stats fullMb = stats(full, ExtractionBench.Throughput::mbPerSecond);
        Stats fullToks = stats(full, ExtractionBench.Throughput::tokensPerSecond);
        Stats bareToks = stats(tok, ExtractionBench.Throughput::tokensPerSecond);
        Stats bareMb = stats(tok, ExtractionBench.Throughput::mbPerSecond);
        ExtractionBench.Throughput first = full.get(0);
        extractionSection = String.format(Locale.ROOT, "%d articles, %.2f MB, %d tokens (CoreNLP tokens of the raw "
                + "text), held in memory; %d timed passes per row after a warm-up pass.", first.articles(),
                first.bytes() / 1e6, first.tokens(), full.size());
        extractionRows.add(String.format(Locale.ROOT, "| extraction path of issue 8 (clean → annotate → extract → map) "
                + "| %d | %s | %s | %s |", threads, mb.format(3), art.format(1), toks.format(0)));
        extractionRows.add(String.format(Locale.ROOT, "| whole path of `kg build` (the same, then SHACL) | %d "
                + "| %s | %s | %s |", threads, fullMb.format(3), stats(full, ExtractionBench.Throughput::articlesPerSecond)
                .format(1), fullToks.format(0)));
        extractionRows.add(String.format(Locale.ROOT, "| bare CoreNLP tokenize+ssplit, same text | %d | %s | %s | %s |",
                threads, bareMb.format(3), stats(tok, ExtractionBench.Throughput::articlesPerSecond).format(1),
                bareToks.format(0)));
        if (threads == 1) {
            tokenizeOneCore = bareToks.median();
            fullOneCoreTokens = toks.median();
            fullOneCoreMb = mb.median();
            fullOneCoreArticles = art.median();
            shaclOneCoreTokens = fullToks.median();
        } else {
            fullAllCoresArticles = art.median();
        }
    }

    void stages(ExtractionBench.StageTimes st) {
        this.stages = st;
    }

    void hotSpots(Map<String, Double> shares) {
        this.hotSpots = Map.copyOf(shares);
        this.hotSpotOrder = new ArrayList<>(shares.keySet());
    }

    private List<String> hotSpotOrder = List.of();

    /** Wall-clock seconds of each phase of that build, from its build-report.json, in build order. */
    void buildPhases(Map<String, Double> seconds) {
        buildPhases = new LinkedHashMap<>(seconds);
    }

    private Map<String, Double> buildPhases = Map.of();

    void build(int articles, long triples, double seconds, double peakHeapMb, String heap, long size, long sizeAll) {
        buildArticles = articles;
        buildTriples = triples;
        buildSeconds = seconds;
        peakHeap = peakHeapMb;
        heapLimit = heap;
        buildSize = size;
        buildSizeWithText = sizeAll;
    }

    void nquads(long count, long bytes) {
        quads = count;
        nqBytes = bytes;
    }

    void tdbloaderMissing(Path jar) {
        tdbloaderNote = "tdb2.tdbloader not run: jena-cmds jar not found (" + jar + "); bench/run.sh fetches it.";
    }

    void tdbloader(List<Double> seconds, long size) {
        double[] qps = seconds.stream().mapToDouble(s -> quads / s).toArray();
        tdbloaderQps = Stats.of(qps);
        tdbloaderSize = size;
    }

    void kgBulk(List<Double> seconds, long size) {
        kgBulkQps = Stats.of(seconds.stream().mapToDouble(s -> quads / s).toArray());
        kgBulkSize = size;
    }

    private Stats kgBulkQps;
    private long kgBulkSize;

    void kgLoadPath(List<LoadBench.Result> batched, long size, LoadBench.Result single, long singleSize) {
        kgLoadQps = Stats.of(batched.stream().mapToDouble(LoadBench.Result::quadsPerSecond).toArray());
        kgLoadCommits = batched.get(0).commits();
        kgLoadSize = size;
        perArticle = single;
        perArticleSize = singleSize;
    }

    void compaction(long before, long after, double seconds) {
        compactBefore = before;
        compactAfter = after;
        compactSeconds = seconds;
    }

    /**
     * Milliseconds of re-ingests: an unchanged article, an edited one, and the store part of the edited one, all
     * after a warm-up; and the first edited re-ingest of the process, before it (cold), or NaN.
     */
    void reingest(Stats same, Stats edited, Stats editedStore, double cold) {
        reingestSame = same;
        reingestTotal = edited;
        reingestLoad = editedStore;
        reingestCold = cold;
    }

    void serverStart(double seconds) {
        serverStart = seconds;
    }

    /** The queries were sent to a server running in another process (no start time of its own here). */
    public void endpoint(URI running) {
        endpoint = running;
    }

    void queryLoad(String name, Stats ms) {
        queryLoad.put(name, ms);
    }

    /** A query that reads (almost) nothing, timed like the key queries: the cost of any request. */
    void floorLoad(String name, Stats ms) {
        floorLoad.put(name, ms);
    }

    /** A key query that could not be timed: its setup query failed, or its answers failed or broke off. */
    void queryFailed(String name, String reason) {
        queryLoad.put(name, null);
        failedLoad.put(name, reason);
    }

    void floorFailed(String name, String reason) {
        floorLoad.put(name, null);
        failedLoad.put(name, reason);
    }

    /** "name: reason" of every timed query that failed, and of every library query that did. */
    public List<String> failures() {
        List<String> all = new ArrayList<>();
        failedLoad.forEach((name, reason) -> all.add(name + ": " + reason));
        all.addAll(libraryFailures);
        return all;
    }

    /** A library query that failed: a row saying why, and one of {@link #failures()}. */
    void libraryFailed(String name, String reason) {
        libraryRows.add("| `" + name + "` | **failed**: " + cell(reason) + " | |");
        libraryFailures.add(name + ": " + reason);
    }

    /** Text for one cell of a Markdown table: no column bar, no line break. */
    private static String cell(String text) {
        return String.valueOf(text).replace('|', '/').replaceAll("\\s+", " ");
    }

    void libraryQuery(String name, Stats ms, String error) {
        if (ms == null) {
            libraryRows.add("| `" + name + "` | " + error.replace('|', '/') + " | |");
            return;
        }
        slowestLibraryMs = Math.max(slowestLibraryMs, ms.max());
        libraryRows.add(String.format(Locale.ROOT, "| `%s` | %s | %s |", name, ms.format(1),
                ms.max() <= 1000 ? "ok" : "**over 1 s**"));
    }

    void loadShape(int clientCount, long seconds, long serverWarmUp) {
        clients = clientCount;
        loadSeconds = seconds;
        serverWarmUpSeconds = serverWarmUp;
    }

    private static <T> Stats stats(List<T> xs, ToDoubleFunction<T> f) {
        return Stats.of(xs.stream().mapToDouble(f).toArray());
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static String ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f×", a / b);
    }

    private static String verdict(boolean ok) {
        return ok ? "met" : "**not met**";
    }

    /** The report as Markdown. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Written by `").append(invocation).append("` (see README, \"Benchmarks\"). Every figure below was ")
                .append("measured in that one run; nothing is carried over from other runs. Articles come from ")
                .append("`kg bench gen` (generated for scale, never used for quality scores).\n\n");
        md.append("## Machine\n\n");
        machine.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        loads.forEach((k, v) -> md.append("- load average (1, 5, 15 min) at ").append(k).append(": ").append(v)
                .append('\n'));
        md.append("- The machine is shared: other jobs ran during the measurements (see the load averages), so ")
                .append("absolute figures are pessimistic and the spread is wide. Ratios measured in the same run ")
                .append("(ours against the reference on the same data) are the more reliable figures.\n\n");
        md.append("Corpus: ").append(generated).append(".\n\n");

        md.append("## Summary against the targets of issue 8\n\n");
        md.append("| target | reference / goal | measured here | ratio | verdict |\n|---|---|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| extraction, one core | ≥ %.1f MB/s, ≈ %.0f articles/s, ≈ %.0fK tokens/s "
                        + "| %.3f MB/s, %.1f articles/s, %.0fK tokens/s | %s of the MB/s goal | %s |\n",
                TARGET_MB_PER_S, TARGET_ARTICLES_PER_S, TARGET_TOKENS_PER_S / 1e3, fullOneCoreMb, fullOneCoreArticles,
                fullOneCoreTokens / 1e3, ratio(fullOneCoreMb, TARGET_MB_PER_S), verdict(fullOneCoreMb >= TARGET_MB_PER_S)));
        md.append(String.format(Locale.ROOT, "| extraction vs bare tokenize+ssplit (same text, same run) | within 3× "
                        + "| tokenize+ssplit %.0fK tokens/s, clean → annotate → extract → map %.0fK | %s slower | %s |\n",
                tokenizeOneCore / 1e3, fullOneCoreTokens / 1e3, ratio(tokenizeOneCore, fullOneCoreTokens),
                verdict(tokenizeOneCore / fullOneCoreTokens <= 3)));
        md.append(String.format(Locale.ROOT, "| the same with SHACL validation (`kg build`'s whole path; not part of the "
                        + "target) | (for information) | %.0fK tokens/s | %s slower | — |\n",
                shaclOneCoreTokens / 1e3, ratio(tokenizeOneCore, shaclOneCoreTokens)));
        md.append(String.format(Locale.ROOT, "| bare tokenize+ssplit vs the reference | ≈ 595K tokens/s | %.0fK tokens/s "
                        + "| %s | (calibration) |\n", tokenizeOneCore / 1e3,
                ratio(tokenizeOneCore, REF_TOKENIZE_TOKENS_PER_S)));
        md.append(String.format(Locale.ROOT, "| extraction vs VnCoreNLP NER | ≈ 10× of 19K words/s | %.0fK tokens/s | %s "
                        + "| %s |\n", fullOneCoreTokens / 1e3, ratio(fullOneCoreTokens, REF_VNCORENLP_NER_WORDS_PER_S),
                verdict(fullOneCoreTokens >= 10 * REF_VNCORENLP_NER_WORDS_PER_S)));
        md.append(String.format(Locale.ROOT, "| extraction scales with cores | ~%d× on %s cores | %.1f → %.1f articles/s "
                        + "| %s | %s |\n", Runtime.getRuntime().availableProcessors(),
                machine.getOrDefault("cores", "?"), fullOneCoreArticles, fullAllCoresArticles,
                ratio(fullAllCoresArticles, fullOneCoreArticles), "see the load average"));
        // Both end with the same store: kg build from the articles, tdbloader from its export. Counting the store's
        // quads on both sides (not the article graphs' triples alone) makes the rate ratio the ratio of their times.
        double buildQps = buildTriples / buildSeconds;
        double storeQps = quads > 0 ? quads / buildSeconds : buildTriples / buildSeconds;
        if (tdbloaderQps != null) {
            md.append(String.format(Locale.ROOT, "| `kg build` (extract + load + link + compact) vs tdb2.tdbloader (load only), "
                            + "the same store's quads | ≥ 0.8× "
                            + "| %.0f vs %.0f quads/s | %s | %s |\n", storeQps, tdbloaderQps.median(),
                    ratio(storeQps, tdbloaderQps.median()), verdict(storeQps >= 0.8 * tdbloaderQps.median())));
            if (kgBulkQps != null) {
                md.append(String.format(Locale.ROOT, "| `kg load --bulk` vs tdb2.tdbloader, same quads | ≥ 0.8× "
                                + "| %.0f vs %.0f quads/s | %s | %s |\n", kgBulkQps.median(), tdbloaderQps.median(),
                        ratio(kgBulkQps.median(), tdbloaderQps.median()),
                        verdict(kgBulkQps.median() >= 0.8 * tdbloaderQps.median())));
            }
            md.append(String.format(Locale.ROOT, "| kg load path alone (32 graphs per commit, time in the store only: no parsing, "
                            + "no JVM start) vs tdb2.tdbloader (whole process) | ≥ 0.8× "
                            + "| %.0f vs %.0f quads/s | %s | %s |\n", kgLoadQps.median(), tdbloaderQps.median(),
                    ratio(kgLoadQps.median(), tdbloaderQps.median()),
                    verdict(kgLoadQps.median() >= 0.8 * tdbloaderQps.median())));
            md.append(String.format(Locale.ROOT, "| tdb2.tdbloader here vs the reference | 70–107K triples/s | %.0f "
                    + "| %s–%s | (calibration) |\n", tdbloaderQps.median(),
                    ratio(tdbloaderQps.median(), REF_TDBLOADER_HIGH), ratio(tdbloaderQps.median(), REF_TDBLOADER_LOW)));
        }
        if (perArticle != null) {
            double perCommit = perArticleSize / 1e6 / Math.max(1, perArticle.commits());
            md.append(String.format(Locale.ROOT, "| store growth with one commit per article | ~0.9 MB per commit "
                    + "| %.2f MB per commit | %s | (reference behaviour) |\n", perCommit, ratio(perCommit, REF_MB_PER_COMMIT)));
        }
        if (reingestTotal != null) {
            md.append(String.format(Locale.ROOT, "| one article re-ingested into the large store | < 100 ms "
                            + "| median %.1f ms, p99 %.1f ms (edited article: extract + write the change + text index) "
                            + "| %s | %s |\n", reingestTotal.median(),
                    reingestTotal.percentile(99), ratio(reingestTotal.median(), 100),
                    verdict(reingestTotal.percentile(99) < 100)));
        }
        for (Map.Entry<String, Stats> e : queryLoad.entrySet()) {
            Stats s = e.getValue();
            if (s == null) {
                String why = failedLoad.containsKey(e.getKey()) ? "**failed**: " + cell(failedLoad.get(e.getKey()))
                        + " | | " + verdict(false) : "no values in the store | |";
                md.append("| ").append(e.getKey()).append(" | p50 ≤ 2 ms, p99 ≤ 20 ms | ").append(why).append(" |\n");
                continue;
            }
            md.append(String.format(Locale.ROOT, "| %s, %d clients over HTTP | p50 ≤ 2 ms, p99 ≤ 20 ms "
                            + "| p50 %.2f ms, p99 %.2f ms (%d queries) | | %s |\n", e.getKey(), clients, s.median(),
                    s.percentile(99), s.count(), verdict(s.median() <= 2 && s.percentile(99) <= 20)));
        }
        if (!libraryRows.isEmpty()) {
            md.append(String.format(Locale.ROOT, "| every query in queries/ | none over 1 s | slowest %.0f ms | | %s |\n",
                    slowestLibraryMs, verdict(slowestLibraryMs <= 1000)));
        }
        md.append(String.format(Locale.ROOT, "| memory of the build | 100k articles within a 2 GB heap "
                + "| peak heap %.0f MB for %d articles (-Xmx%s) | | %s |\n", peakHeap, buildArticles, heapLimit,
                buildArticles >= 100_000 ? verdict(peakHeap <= 2048) : "not measured at 100k here"));
        md.append('\n');

        md.append("## Extraction throughput\n\n").append(extractionSection).append("\n\n");
        md.append("| what | threads | MB/s | articles/s | tokens/s |\n|---|---|---|---|---|\n");
        extractionRows.forEach(r -> md.append(r).append('\n'));
        md.append("\nFigures are median (min–max) of the passes.\n\n");
        if (stages != null) {
            md.append("### Time per stage (one thread, mean ms per article)\n\n");
            md.append("| clean | annotate (CoreNLP + our annotators) | extractors | map to RDF | SHACL | total |\n");
            md.append("|---|---|---|---|---|---|\n");
            md.append(String.format(Locale.ROOT, "| %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |\n\n", stages.clean(),
                    stages.annotate(), stages.extractors(), stages.map(), stages.validate(), stages.total()));
            md.append("`extractors` is the whole `ArticlePipeline.extract` minus clean and annotate measured alone, so ")
                    .append("it includes the date and province resolution. JMH splits the stages further ")
                    .append("(`bench/jmh.sh`).\n\n");
        }
        if (!hotSpots.isEmpty()) {
            md.append("### Where the time goes (JFR samples of one-thread extraction, inclusive)\n\n");
            md.append("| method | share of samples |\n|---|---|\n");
            for (String m : hotSpotOrder) {
                md.append(String.format(Locale.ROOT, "| `%s` | %.1f%% |\n", m, 100 * hotSpots.get(m)));
            }
            md.append('\n');
        }

        md.append("## Loading\n\n");
        md.append(String.format(Locale.ROOT, "The kg store was built by `kg build` from the %d generated articles: "
                + "%d triples in article graphs in %.1f s wall clock (JVM start, extraction on all cores, loading, linking, text index and compaction), "
                + "%.0f triples/s. Exported graph by graph as N-Quads (`LoadBench.exportByGraph`): %d quads, %s of N-Quads (the ontology "
                + "graph included). The same file was loaded by tdb2.tdbloader (Jena's default, phased loader) and by "
                + "kg's own load path.\n\n", buildArticles, buildTriples, buildSeconds, buildQps, quads, mb(nqBytes)));
        if (!buildPhases.isEmpty()) {
            StringBuilder phases = new StringBuilder();
            buildPhases.forEach((phase, sec) -> phases.append(phases.length() == 0 ? "" : ", ")
                    .append(String.format(Locale.ROOT, "%s %.1f s", phase, sec)));
            md.append("Phases of that build (its `build-report.json`): ").append(phases).append(".\n\n");
        }
        md.append("| loader | quads/s | store on disk |\n|---|---|---|\n");
        if (tdbloaderQps != null) {
            md.append(String.format(Locale.ROOT, "| tdb2.tdbloader (child process, JVM start included) | %s | %s |\n",
                    tdbloaderQps.format(0), mb(tdbloaderSize)));
        } else if (tdbloaderNote != null) {
            md.append("| ").append(tdbloaderNote).append(" | | |\n");
        }
        if (kgBulkQps != null) {
            md.append(String.format(Locale.ROOT, "| `kg load --bulk --no-link` (child process, JVM start included) "
                    + "| %s | %s |\n", kgBulkQps.format(0), mb(kgBulkSize)));
        }
        if (kgLoadQps != null) {
            md.append(String.format(Locale.ROOT, "| kg load path: `KgStore.replaceGraphs`, 32 graphs per commit (%d commits; "
                    + "time in the store only) | %s | %s |\n", kgLoadCommits, kgLoadQps.format(0), mb(kgLoadSize)));
        }
        if (perArticle != null) {
            md.append(String.format(Locale.ROOT, "| kg load path, one commit per article (%d articles) | %.0f | %s |\n",
                    perArticle.graphs(), perArticle.quadsPerSecond(), mb(perArticleSize)));
        }
        md.append(String.format(Locale.ROOT, "| `kg build` end to end (extraction included) | %.0f | %s compacted (%s with the text "
                + "index) |\n\n", buildQps, mb(buildSize), mb(buildSizeWithText)));
        md.append(String.format(Locale.ROOT, "Compaction (`KgStore.compact`, i.e. `DatabaseMgr.compact`) of the store "
                + "the kg load path filled in commits of 32 graphs: %s → %s in %.1f s. (`kg build` compacts its "
                + "own store at the end, which its time above includes.) Sizes are space allocated on disk (du).\n\n",
                mb(compactBefore), mb(compactAfter), compactSeconds));
        if (reingestTotal != null) {
            md.append(String.format(Locale.ROOT, "Re-ingest of single articles into the %d-article store (`kg ingest`, "
                    + "`pipeline/ArticleIngester`: extract, write only the triples that changed in one transaction, "
                    + "update the text index; the inferred graph is left to `kg link`): unchanged %s ms; edited (longest "
                    + "paragraph dropped) %s ms, of which writing the change and the index %s ms (median (min–max) of "
                    + "%d, after a warm-up of the write path on another article).%s\n\n", buildArticles,
                    reingestSame.format(1), reingestTotal.format(1), reingestLoad.format(1), reingestTotal.count(),
                    Double.isNaN(reingestCold) ? "" : String.format(Locale.ROOT, " The first edited re-ingest of the "
                            + "process, before the warm-up (class loading, code not yet compiled, first commit), took "
                            + "%.1f ms.", reingestCold)));
        }
        md.append(String.format(Locale.ROOT, "Memory: `kg build` ran with -Xmx%s; the peak heap seen by the garbage "
                + "collector (largest heap before a collection, from -Xlog:gc) was %.0f MB.\n\n", heapLimit, peakHeap));

        md.append(queriesMarkdown());
        md.append("\n## Commands\n\n```\n").append(invocation).append('\n');
        commands.forEach(c -> md.append(c).append('\n'));
        md.append("```\n");
        return md.toString();
    }

    /** The "Queries over HTTP" section: the key queries under load and every query of the library. */
    public String queriesMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("## Queries over HTTP\n\n");
        if (endpoint != null && serverStart > 0) {
            md.append(String.format(Locale.ROOT, "`kg serve` on the store in a process of its own (%s), started in "
                    + "%.1f s. ", endpoint, serverStart));
        } else if (endpoint != null) {
            md.append("The server at ").append(endpoint).append(", running in its own process. ");
        } else {
            md.append(String.format(Locale.ROOT, "Embedded Fuseki (`kg serve`'s server) on the store, in the clients' "
                    + "process, started in %.1f s. ", serverStart));
        }
        md.append(String.format(Locale.ROOT, "Latency is from sending the request to reading the last byte of the "
                + "JSON results; %d client threads, each with one kept-alive HTTP/1.1 connection (`bench/KeepAliveClient`; "
                + "the floor is also measured through the JDK's HttpClient, to show what a heavier client adds), "
                + "first a warm-up of the server with every kind interleaved for %d s, then %d s per query kind after a "
                + "warm-up as long; values (people, posts, dates, provinces) taken from the store. Query texts: "
                + "`src/main/resources/org/w3id/vnkg/bench/queries/`.\n\n", clients, serverWarmUpSeconds,
                loadSeconds));
        md.append("| query | queries | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|\n");
        BiConsumer<String, Stats> row = (k, s) -> md.append(s == null
                ? "| " + k + " | " + (failedLoad.containsKey(k) ? "**failed**: " + cell(failedLoad.get(k)) : "0")
                        + " | | | |\n"
                : String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f |\n", k, s.count(), s.median(),
                s.percentile(99), s.max()));
        floorLoad.forEach(row);
        queryLoad.forEach(row);
        md.append("\nEvery query of `queries/` (as written, with its sample values), 3 runs after one warm-up run, ms:\n\n");
        md.append("| file | median (min–max) ms | ≤ 1 s |\n|---|---|---|\n");
        libraryRows.forEach(r -> md.append(r).append('\n'));
        return md.toString();
    }
}
