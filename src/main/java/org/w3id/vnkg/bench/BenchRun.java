package org.w3id.vnkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;

import org.w3id.vnkg.ingest.ArticleReader;
import org.w3id.vnkg.ingest.RawArticle;
import org.w3id.vnkg.link.LinkData;
import org.w3id.vnkg.link.Linker;
import org.w3id.vnkg.pipeline.ArticleIngester;
import org.w3id.vnkg.pipeline.ArticlePipeline;
import org.w3id.vnkg.pipeline.ArticleProcessor;
import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.serve.KgServer;
import org.w3id.vnkg.store.DiskUsage;
import org.w3id.vnkg.store.KgStore;
import org.w3id.vnkg.store.TextIndexer;

/**
 * The whole comparison of {@code kg bench all}, in one run on one machine: generate articles, extraction
 * throughput against bare tokenize+ssplit, {@code kg build} against {@code tdb2.tdbloader} on the same
 * N-Quads, store size before and after compaction, re-ingest latency, queries over HTTP, heap of the build.
 * Builds and the reference loader run as child processes ({@code java -jar vnkg.jar build ...}), the way a
 * user runs them; the rest runs in this JVM. Results go to a {@link BenchReport}.
 */
public final class BenchRun {
    /** Edit-then-restore rounds of one re-ingest on a write path not yet used by this process. */
    private static final int WARM_UP_ROUNDS = 5;
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    static final String WHO_HELD = "who held a post at a date";
    static final String POSTS_OF_PERSON = "posts of a person";
    static final String PROVINCE_FIGURES = "a province's figures";
    static final String PROVINCE_LATEST = "a province's latest figures (of each indicator, the latest result and target)";
    static final String INDICATOR_SERIES = "one indicator of a province over time";

    /** What to run: sizes, repetitions and where things are. */
    public record Config(int articles, long seed, Path work, int extractArticles, int runs, int reingest,
                         Duration loadDuration, Duration serverWarmUp, int clients, Path jar, Path jenaCmds,
                         Path queries, String buildHeap) {
    }

    private final Config cfg;
    private final BenchReport report;
    private final Consumer<String> log;
    /** The pause between tries of a setup query; tests shorten it. */
    Duration setupPause = SETUP_PAUSE;

    public BenchRun(Config cfg, BenchReport report, Consumer<String> log) {
        this.cfg = cfg;
        this.report = report;
        this.log = log;
    }

    public void run() throws IOException, InterruptedException {
        Path corpus = cfg.work().resolve("corpus");
        clearWorkFolder(cfg.work());
        report.loadAverage("start", loadAverage());

        log.accept("generating " + cfg.articles() + " articles");
        long t = System.nanoTime();
        long bytes = new ArticleGenerator(cfg.seed()).write(cfg.articles(), corpus);
        report.generated(cfg.articles(), bytes, secondsSince(t));

        extraction(corpus);
        Path kgStore = cfg.work().resolve("store-kg");
        build(corpus, kgStore);
        Path nq = cfg.work().resolve("data.nq");
        export(kgStore, nq);
        tdbloader(nq);
        kgLoadPath(nq);
        // kg build compacts its store itself: compaction is measured on the store the load path filled in
        // 32-graph commits, left as it was.
        compaction(cfg.work().resolve("store-kgload-0"));
        reingest(corpus, kgStore);
        queriesOverServe(kgStore);
        report.loadAverage("end", loadAverage());
    }

    private void extraction(Path corpus) throws IOException {
        List<RawArticle> articles = new ArrayList<>();
        for (Path p : ArticleReader.listCorpus(corpus)) {
            if (articles.size() >= cfg.extractArticles()) {
                break;
            }
            articles.add(ArticleReader.read(p));
        }
        log.accept("extraction: " + articles.size() + " articles in memory, " + cfg.runs() + " runs");
        ExtractionBench bench = new ExtractionBench(articles);
        int cores = Runtime.getRuntime().availableProcessors();
        bench.full(cores);
        bench.tokenizeOnly(cores);
        for (int threads : cores == 1 ? new int[] {1} : new int[] {1, cores}) {
            List<ExtractionBench.Throughput> path = new ArrayList<>();
            List<ExtractionBench.Throughput> full = new ArrayList<>();
            List<ExtractionBench.Throughput> tok = new ArrayList<>();
            for (int r = 0; r < cfg.runs(); r++) {
                path.add(bench.extractAndMap(threads));
                full.add(bench.full(threads));
                tok.add(bench.tokenizeOnly(threads));
            }
            report.extraction(threads, path, full, tok);
        }
        log.accept("extraction: stages and profile");
        report.stages(bench.stages());
        report.hotSpots(HotSpots.profile(() -> bench.full(1), 25));
    }

    private void build(Path corpus, Path store) throws IOException, InterruptedException {
        log.accept("kg build of " + cfg.articles() + " articles (child process, -Xmx" + cfg.buildHeap() + ")");
        Path gcLog = cfg.work().resolve("gc-build.log");
        double seconds = runChild("build", List.of(java(), HugeMethods.FLAG, "-Xmx" + cfg.buildHeap(),
                "-Xlog:gc:file=" + gcLog, "-jar", cfg.jar().toString(), "build", "--corpus", corpus.toString(),
                "--store", store.toString()));
        JsonObject r = JsonParser.parseString(Files.readString(store.resolve("build-report.json"))).getAsJsonObject();
        long triples = r.get("triples").getAsLong();
        report.build(r.get("loaded").getAsInt(), triples, seconds, peakHeapMb(gcLog), cfg.buildHeap(),
                DiskUsage.of(store, "text-index"), DiskUsage.of(store));
        JsonObject phases = r.getAsJsonObject("phaseSeconds");
        if (phases != null) {
            Map<String, Double> byPhase = new LinkedHashMap<>();
            phases.entrySet().forEach(e -> byPhase.put(e.getKey(), e.getValue().getAsDouble()));
            report.buildPhases(byPhase);
        }
    }

    private void export(Path store, Path nq) throws IOException {
        log.accept("export to N-Quads");
        long quads = LoadBench.exportByGraph(store, nq);
        report.nquads(quads, Files.size(nq));
    }

    private void tdbloader(Path nq) throws IOException, InterruptedException {
        if (cfg.jenaCmds() == null || !Files.isRegularFile(cfg.jenaCmds())) {
            report.tdbloaderMissing(cfg.jenaCmds());
            return;
        }
        List<Double> seconds = new ArrayList<>();
        long size = 0;
        for (int r = 0; r < cfg.runs(); r++) {
            Path loc = cfg.work().resolve("store-tdbloader-" + r);
            log.accept("tdb2.tdbloader run " + (r + 1));
            seconds.add(runChild("tdbloader-" + r, List.of(java(), HugeMethods.FLAG, "-Xmx" + cfg.buildHeap(), "-cp",
                    cfg.jar() + java.io.File.pathSeparator + cfg.jenaCmds(), "tdb2.tdbloader", "--loc", loc.toString(),
                    nq.toString())));
            size = DiskUsage.of(loc);
            if (r > 0) {
                deleteTree(loc);
            }
        }
        report.tdbloader(seconds, size);
        List<Double> bulk = new ArrayList<>();
        for (int r = 0; r < cfg.runs(); r++) {
            Path loc = cfg.work().resolve("store-kgbulk-" + r);
            log.accept("kg load --bulk run " + (r + 1));
            bulk.add(runChild("kgbulk-" + r, List.of(java(), HugeMethods.FLAG, "-Xmx" + cfg.buildHeap(), "-jar",
                    cfg.jar().toString(), "load", "--bulk", "--no-link", "--store", loc.toString(), nq.toString())));
            size = DiskUsage.of(loc, "text-index");
            deleteTree(loc);
        }
        report.kgBulk(bulk, size);
    }

    private void kgLoadPath(Path nq) {
        List<LoadBench.Result> batched = new ArrayList<>();
        long size = 0;
        for (int r = 0; r < cfg.runs(); r++) {
            Path loc = cfg.work().resolve("store-kgload-" + r);
            log.accept("kg load path (batches of 32 graphs) run " + (r + 1));
            batched.add(LoadBench.loadInBatches(nq, loc, 32, Integer.MAX_VALUE));
            size = DiskUsage.of(loc);
        }
        int few = Math.min(200, cfg.articles());
        log.accept("one commit per article, " + few + " articles");
        Path single = cfg.work().resolve("store-percommit");
        LoadBench.Result perArticle = LoadBench.loadInBatches(nq, single, 1, few);
        report.kgLoadPath(batched, size, perArticle, DiskUsage.of(single));
    }

    private void compaction(Path store) {
        log.accept("compaction");
        long before = DiskUsage.of(store, "text-index");
        long t = System.nanoTime();
        try (KgStore kg = KgStore.open(store)) {
            kg.compact();
        }
        report.compaction(before, DiskUsage.of(store, "text-index"), secondsSince(t));
    }

    /**
     * Single articles re-ingested into the big store as {@code kg ingest} does ({@link ArticleIngester}: extract,
     * write the difference in one transaction, update the text index; linking deferred): each article unchanged,
     * then edited (its longest paragraph dropped, so its graph loses facts), then back to its text.
     */
    private void reingest(Path corpus, Path store) throws IOException {
        log.accept("re-ingest of " + cfg.reingest() + " articles into the large store");
        // The version the build recorded (kg's, from the same jar's manifest, as Main.version reads it): with another,
        // every article's extraction-run triples would differ and no re-ingest would be "unchanged".
        String version = BenchRun.class.getPackage().getImplementationVersion();
        ArticleProcessor processor = new ArticleProcessor(new ArticlePipeline(),
                new FactMapper(version == null ? "development" : version));
        List<Path> files = ArticleReader.listCorpus(corpus);
        int n = Math.min(cfg.reingest(), files.size());
        double[] same = new double[n];
        double[] edited = new double[n];
        double[] editedStore = new double[n];
        Path editDir = Files.createDirectories(cfg.work().resolve("edited"));
        Model config = KgServer.builder(store).config();
        double cold;
        KgStore kg = KgStore.open(store);
        try (ArticleIngester ingester = new ArticleIngester(processor, kg, TextIndexer.updater(config))) {
            processor.process(files.get(0));
            // The first write of a process pays class loading, interpreted code and its first commit (on the 10k store:
            // ~200 ms of CPU against ~30 for the next ones, and 730 ms of wall clock in the 05:24 run, where it was the
            // p99 of 30): reported on its own, and the write path warmed on an article that is not measured, so the
            // median and p99 are what a running ingester sees.
            cold = warmUp(ingester, files, n, editDir);
            for (int i = 0; i < n; i++) {
                Path f = files.get((int) ((long) i * files.size() / n));
                same[i] = ingester.ingest(f).totalMs();
                Path e = editDir.resolve(f.getFileName().toString());
                Files.writeString(e, withoutLongestParagraph(Files.readString(f, StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8);
                ArticleIngester.Outcome o = ingester.ingest(e);
                edited[i] = o.totalMs();
                editedStore[i] = o.storeMs() + o.indexMs();
                ingester.ingest(f);
            }
            new Linker(LinkData.standard()).link(kg);
        } finally {
            // let go of the store's lock: kg serve, started next in a process of its own, must open it
            kg.release();
        }
        report.reingest(Stats.of(same), Stats.of(edited), Stats.of(editedStore), cold);
    }

    /** The first of {@code size} articles the re-ingest loop does not measure (it takes i * size / n), else the last. */
    static int unmeasured(int size, int n) {
        Set<Integer> measured = new HashSet<>();
        for (int i = 0; i < n; i++) {
            measured.add((int) ((long) i * size / n));
        }
        for (int k = 0; k < size; k++) {
            if (!measured.contains(k)) {
                return k;
            }
        }
        return size - 1;
    }

    /**
     * Re-ingests an article that is not among the {@code n} measured, edited then back, {@link #WARM_UP_ROUNDS} times;
     * returns the milliseconds of the first edited one, the cold re-ingest. The store ends as it was.
     */
    static double warmUp(ArticleIngester ingester, List<Path> files, int n, Path editDir) throws IOException {
        Path f = files.get(unmeasured(files.size(), n));
        Path e = Files.createDirectories(editDir.resolve("warm-up")).resolve(f.getFileName().toString());
        Files.writeString(e, withoutLongestParagraph(Files.readString(f, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        double cold = Double.NaN;
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            double ms = ingester.ingest(e).totalMs();
            if (round == 0) {
                cold = ms;
            }
            ingester.ingest(f);
        }
        return cold;
    }

    /** The text with its longest paragraph dropped: the one most likely to state facts (the last lines of an
     * article are bylines and teasers, which the cleaner blanks, so dropping them would change nothing). */
    static String withoutLongestParagraph(String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int longest = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).length() > lines.get(longest).length()) {
                longest = i;
            }
        }
        lines.remove(longest);
        return String.join("\n", lines) + "\n";
    }

    /** The key queries under load from {@code clients} HTTP clients, then every query of the library, on a store. */
    public void queries(Path store) throws IOException {
        log.accept("queries over HTTP");
        long t = System.nanoTime();
        FusekiServer server = KgServer.builder(store).port(0).build();
        server.start();
        report.serverStart(secondsSince(t));
        try {
            queries(URI.create("http://localhost:" + server.getHttpPort() + "/kg/sparql"));
        } finally {
            server.stop();
        }
    }

    /**
     * The query part against {@code kg serve} on the store in a process of its own, as users run it: the client
     * threads here share no heap, collector or JIT with the server (embedded, the floor of a request doubled).
     */
    public void queriesOverServe(Path store) throws IOException, InterruptedException {
        log.accept("queries over HTTP (kg serve in its own process)");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path out = cfg.work().resolve("serve.out");
        List<String> command = List.of(java(), HugeMethods.FLAG, "-Xmx" + cfg.buildHeap(), "-jar",
                cfg.jar().toString(), "serve", "--store", store.toString(), "--port", String.valueOf(port));
        long t = System.nanoTime();
        Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        try {
            awaitPing(port, server, out);
            report.serverStart(secondsSince(t));
            report.command(String.join(" ", command));
            URI endpoint = URI.create("http://localhost:" + port + "/kg/sparql");
            report.endpoint(endpoint);
            queries(endpoint);
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    /** Waits until the server answers /$/ping; fails with the end of its output if it stops or takes 2 minutes. */
    private static void awaitPing(int port, Process server, Path out) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ping = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/$/ping"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("kg serve stopped with status " + server.exitValue() + ": "
                        + tail(out));
            }
            try {
                if (http.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("kg serve did not answer /$/ping within 2 minutes: " + tail(out));
    }

    private static String tail(Path out) throws IOException {
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }

    /** The floor again through the JDK's HttpClient: what a heavier client adds to every latency. */
    static final String JDK_FLOOR = "floor: ASK {}, through java.net.http.HttpClient";

    /** Tries of a setup query, and the pause between them. */
    static final int SETUP_ATTEMPTS = 3;
    static final Duration SETUP_PAUSE = Duration.ofSeconds(5);

    /**
     * The query part against a running endpoint. What fails (a setup query after its tries, a key query whose
     * answers fail or break off, a library query) is reported as failed with its reason, and the rest still runs.
     */
    public void queries(URI endpoint) throws IOException {
        report.loadShape(cfg.clients(), cfg.loadDuration().toSeconds(), cfg.serverWarmUp().toSeconds());
        try (QueryBench q = new QueryBench(endpoint); QueryBench jdk = QueryBench.withJdkClient(endpoint)) {
            queries(q, jdk);
        }
    }

    private void queries(QueryBench q, QueryBench jdk) throws IOException {
        Map<String, List<String>> named = new LinkedHashMap<>();
        Map<String, String> failed = new LinkedHashMap<>();
        Map<String, Function<QuerySolution, String>> byValues = new LinkedHashMap<>();
        byValues.put(WHO_HELD, s -> {
            ParameterizedSparqlString w = new ParameterizedSparqlString(QueryBench.resource("who-held-post-at-date.rq"));
            w.setParam("role", s.get("role"));
            w.setParam("organization", s.get("organization"));
            w.setLiteral("date", s.getLiteral("date").getLexicalForm());
            return w.toString();
        });
        byValues.put(POSTS_OF_PERSON, s -> bound("posts-of-person.rq", s, "name"));
        bind(q, "sample-values.rq", byValues, named, failed);
        Map<String, Function<QuerySolution, String>> byArea = new LinkedHashMap<>();
        byArea.put(PROVINCE_FIGURES, s -> bound("province-figures.rq", s, "area"));
        byArea.put(PROVINCE_LATEST, s -> bound("province-latest-figures.rq", s, "area"));
        bind(q, "sample-areas.rq", byArea, named, failed);
        bind(q, "sample-series.rq", Map.of(INDICATOR_SERIES, s -> bound("indicator-series.rq", s, "area", "indicator")),
                named, failed);
        // The floor: what any request costs (HTTP, parsing, transaction, result writer), under the same load.
        Map<String, String> floor = new LinkedHashMap<>();
        floor.put("floor: ASK {}", QueryBench.resource("floor-ask.rq"));
        floor.put("floor: one triple by IRI", QueryBench.resource("floor-one-triple.rq"));
        floor.put(JDK_FLOOR, QueryBench.resource("floor-ask.rq"));
        List<List<String>> kinds = new ArrayList<>(named.values().stream().filter(l -> !l.isEmpty()).toList());
        kinds.add(List.copyOf(floor.values()));
        warmUpServer(q, kinds);
        for (Map.Entry<String, String> e : floor.entrySet()) {
            QueryLoad.Result r = load(e.getKey().equals(JDK_FLOOR) ? jdk : q, e.getKey(), List.of(e.getValue()));
            if (r.errors() > 0) {
                report.floorFailed(e.getKey(), failure(r));
            } else {
                report.floorLoad(e.getKey(), r.latencies());
            }
        }
        for (String name : List.of(WHO_HELD, POSTS_OF_PERSON, PROVINCE_FIGURES, PROVINCE_LATEST, INDICATOR_SERIES)) {
            List<String> qs = named.get(name);
            if (qs == null) {
                report.queryFailed(name, failed.get(name));
                continue;
            }
            if (qs.isEmpty()) {
                report.queryLoad(name, null);
                continue;
            }
            QueryLoad.Result r = load(q, name, qs);
            if (r.errors() > 0) {
                log.accept("  " + name + ": " + failure(r));
                report.queryFailed(name, failure(r));
            } else {
                report.queryLoad(name, r.latencies());
            }
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(cfg.queries())) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        for (Path f : files) {
            String name = cfg.queries().relativize(f).toString();
            String text = Files.readString(f);
            if (text.contains("#@params")) {
                // A template whose parameters the web page fills in: unbound, it asks a different question.
                report.libraryQuery(name, null, "a template (the web page fills #@params), not timed as is");
                continue;
            }
            if (text.matches("(?is).*\\bSERVICE\\s*<http.*")) {
                report.libraryQuery(name, null, "federated (SERVICE to a remote endpoint), not timed offline");
                continue;
            }
            log.accept("  " + name);
            try {
                report.libraryQuery(name, q.repeat(text, 3), null);
            } catch (RuntimeException ex) {
                report.libraryFailed(name, ex.getMessage());
            }
        }
    }

    /**
     * The key queries of one setup query, each bound to every row it gives ({@code queries}: name to the text of a
     * row); a setup query that fails after its tries fails them all, with its reason.
     */
    private void bind(QueryBench q, String sample, Map<String, Function<QuerySolution, String>> queries,
                      Map<String, List<String>> named, Map<String, String> failed) {
        try {
            Map<String, List<String>> texts = new LinkedHashMap<>();
            queries.keySet().forEach(name -> texts.put(name, new ArrayList<>()));
            ResultSet rs = q.select(sample, SETUP_ATTEMPTS, setupPause, m -> log.accept("  " + m));
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                queries.forEach((name, text) -> texts.get(name).add(text.apply(s)));
            }
            named.putAll(texts);
        } catch (IllegalStateException e) {
            log.accept("  " + e.getMessage());
            queries.keySet().forEach(name -> failed.put(name, e.getMessage()));
        }
    }

    /** A bench query with the values of {@code vars} taken from a setup row. */
    private static String bound(String file, QuerySolution s, String... vars) {
        ParameterizedSparqlString p = new ParameterizedSparqlString(QueryBench.resource(file));
        for (String v : vars) {
            p.setParam(v, s.get(v));
        }
        return p.toString();
    }

    /**
     * One key query under load: a warm-up as long as the measured run (whose failures are not counted: a server's
     * JIT is still compiling the parser and the query engine in its first seconds), then the measured run.
     */
    private QueryLoad.Result load(QueryBench q, String name, List<String> qs) {
        log.accept("  " + name + ": " + cfg.clients() + " clients for " + cfg.loadDuration().toSeconds() + " s");
        q.underLoad(i -> qs.get(Math.floorMod(i, qs.size())), cfg.clients(), cfg.loadDuration());
        return q.underLoad(i -> qs.get(Math.floorMod(i, qs.size())), cfg.clients(), cfg.loadDuration());
    }

    /**
     * All key queries and the floor, interleaved, under load for {@link Config#serverWarmUp()}, before anything is
     * measured. A server compiles its HTTP stack, parser, engine and writers over its first minute of varied queries
     * (its SPARQL lexer is compiled, deoptimised and recompiled as new query shapes arrive); each kind's own warm-up
     * does not cover that. Timed right after start, who-held had a p50 of 7.4 ms; on the same server a minute later,
     * 1.7 ms.
     */
    private void warmUpServer(QueryBench q, List<List<String>> kinds) {
        if (cfg.serverWarmUp().isZero()) {
            return;
        }
        log.accept("  server warm-up: every key query, interleaved, for " + cfg.serverWarmUp().toSeconds() + " s");
        q.underLoad(i -> interleaved(kinds, i), cfg.clients(), cfg.serverWarmUp());
    }

    /** The {@code i}-th query of a round robin over the kinds, each kind cycling through its own texts. */
    static String interleaved(List<List<String>> kinds, int i) {
        List<String> kind = kinds.get(Math.floorMod(i, kinds.size()));
        return kind.get(Math.floorMod(Math.floorDiv(i, kinds.size()), kind.size()));
    }

    private static String failure(QueryLoad.Result r) {
        return String.format(Locale.ROOT, "%d of %d queries failed, the first: %s", r.errors(),
                r.errors() + r.succeeded(), r.firstError());
    }

    private double runChild(String name, List<String> command) throws IOException, InterruptedException {
        Path out = cfg.work().resolve(name + ".out");
        long t = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        int code = p.waitFor();
        double seconds = secondsSince(t);
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + code + "; see " + out);
        }
        report.command(String.join(" ", command));
        return seconds;
    }

    static double peakHeapMb(Path gcLog) throws IOException {
        if (!Files.exists(gcLog)) {
            return -1;
        }
        double peak = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC_LINE.matcher(line);
            if (m.find()) {
                peak = Math.max(peak, Double.parseDouble(m.group(1)));
            }
        }
        return peak;
    }

    /** The java of this JVM; children get {@link HugeMethods#FLAG} too, as the kg launcher gives it. */
    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static double secondsSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1e9;
    }

    /** The machine's load average as /proc/loadavg gives it (1, 5, 15 min, then processes), or "unknown". */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Empties the work folder, but only one this class made (it holds a marker file) or an empty one. */
    private static void clearWorkFolder(Path dir) throws IOException {
        Path marker = dir.resolve(".vnkg-bench");
        if (Files.isDirectory(dir) && !Files.exists(marker)) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    throw new IllegalArgumentException(dir + " is not empty and not a bench folder; choose another --work");
                }
            }
        }
        deleteTree(dir);
        Files.createDirectories(dir);
        Files.writeString(marker, "work folder of kg bench all: emptied at every run\n");
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
