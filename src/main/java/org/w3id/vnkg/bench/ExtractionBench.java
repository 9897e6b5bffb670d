package org.w3id.vnkg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import org.apache.jena.rdf.model.Model;

import org.w3id.vnkg.facts.DocumentFacts;
import org.w3id.vnkg.ingest.RawArticle;
import org.w3id.vnkg.nlp.VnPipelineFactory;
import org.w3id.vnkg.normalize.ArticleCleaner;
import org.w3id.vnkg.pipeline.ArticlePipeline;
import org.w3id.vnkg.pipeline.ArticleProcessor;
import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.rdf.ShapesValidator;

/**
 * Extraction throughput on articles held in memory (no disk): the whole per-article path of {@code kg build}
 * (clean, annotate, extract, map, SHACL) on 1 thread and on N, the same without SHACL (the extraction path of
 * issue 8), and bare CoreNLP tokenize+ssplit on the same raw text as the reference point. Also the time per stage on one thread, so a slow stage shows.
 * <pre>
 *   ExtractionBench bench = new ExtractionBench(articles);
 *   Throughput t = bench.full(2);          // MB/s, articles/s, tokens/s of one pass on 2 threads
 * </pre>
 */
public final class ExtractionBench {
    /**
     * One timed pass over the articles.
     *
     * @param seconds    wall clock
     * @param cpuSeconds CPU time of the worker threads: on a shared machine the steadier measure, since time
     *                   spent waiting for a core is left out
     */
    public record Throughput(int threads, int articles, long bytes, long tokens, double seconds, double cpuSeconds) {
        public double mbPerSecond() {
            return bytes / 1e6 / seconds;
        }

        /** MB of text per second of the workers' CPU time, added over the workers (so: per core). */
        public double cpuMbPerSecond() {
            return bytes / 1e6 / cpuSeconds;
        }

        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double tokensPerSecond() {
            return tokens / seconds;
        }
    }

    /** Mean milliseconds per article of each stage, on one thread. */
    public record StageTimes(double clean, double annotate, double extractors, double map, double validate) {
        public double total() {
            return clean + annotate + extractors + map + validate;
        }
    }

    private final List<RawArticle> articles;
    private final long bytes;
    private final ArticlePipeline pipeline = new ArticlePipeline();
    private final FactMapper mapper = new FactMapper("bench");
    private final ArticleProcessor processor = new ArticleProcessor(pipeline, mapper);
    private final ShapesValidator validator = new ShapesValidator();
    private final StanfordCoreNLP tokenizer = bareTokenizer();
    private final ArticleCleaner cleaner = new ArticleCleaner();
    private long tokens = -1;

    public ExtractionBench(List<RawArticle> articles) {
        this.articles = List.copyOf(articles);
        this.bytes = articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
    }

    /** CoreNLP with our tokenizer options but only tokenize,ssplit: the floor any annotation costs. */
    private static StanfordCoreNLP bareTokenizer() {
        Properties p = new Properties();
        Properties ours = VnPipelineFactory.properties();
        for (String key : ours.stringPropertyNames()) {
            if (key.startsWith("tokenize.") || key.startsWith("ssplit.")) {
                p.setProperty(key, ours.getProperty(key));
            }
        }
        p.setProperty("annotators", "tokenize,ssplit");
        return new StanfordCoreNLP(p);
    }

    /** Tokens of the raw articles as CoreNLP tokenize counts them (the unit of tokens/s). */
    public synchronized long tokens() {
        if (tokens < 0) {
            long n = 0;
            for (RawArticle a : articles) {
                CoreDocument d = new CoreDocument(a.text());
                tokenizer.annotate(d);
                n += d.tokens().size();
            }
            tokens = n;
        }
        return tokens;
    }

    /**
     * A pass of the extraction path as issue 8 defines it: clean, annotate, extract, map to RDF (no SHACL). The
     * ratio to {@link #tokenizeOnly} is the "within 3×".
     */
    public Throughput extractAndMap(int threads) {
        return pass(threads, a -> mapper.map(pipeline.extract(a)));
    }

    /** A pass of the whole per-article path (what {@code kg build} does before loading), SHACL included. */
    public Throughput full(int threads) {
        return pass(threads, a -> {
            ArticleProcessor.Result r = processor.process(a);
            if (!r.ok()) {
                throw new IllegalStateException(a.docId() + ": " + r.failure());
            }
        });
    }

    /** A pass of bare CoreNLP tokenize+ssplit over the same raw text. */
    public Throughput tokenizeOnly(int threads) {
        return pass(threads, a -> tokenizer.annotate(new CoreDocument(a.text())));
    }

    private Throughput pass(int threads, Consumer<RawArticle> work) {
        long tok = tokens();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        AtomicLong cpuNanos = new AtomicLong();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    long cpu0 = cpu.getCurrentThreadCpuTime();
                    for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
                        work.accept(articles.get(i));
                    }
                    cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - cpu0);
                }));
            }
            for (Future<?> f : workers) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("extraction pass failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Throughput(threads, articles.size(), bytes, tok, seconds, cpuNanos.get() / 1e9);
    }

    /**
     * Time per stage on one thread. The extractors' share is the whole of {@link ArticlePipeline#extract}
     * minus cleaning and annotating measured on their own, so it stays right whatever extractors the
     * pipeline runs; JMH ({@code bench/}) splits it further.
     */
    public StageTimes stages() {
        StanfordCoreNLP nlp = VnPipelineFactory.create();
        long clean = 0;
        long annotate = 0;
        long extract = 0;
        long map = 0;
        long validate = 0;
        for (RawArticle a : articles) {
            long t0 = System.nanoTime();
            String text = cleaner.clean(a).text();
            long t1 = System.nanoTime();
            nlp.annotate(new CoreDocument(text));
            long t2 = System.nanoTime();
            DocumentFacts facts = pipeline.extract(a);
            long t3 = System.nanoTime();
            Model graph = mapper.map(facts);
            long t4 = System.nanoTime();
            validator.problems(graph);
            long t5 = System.nanoTime();
            clean += t1 - t0;
            annotate += t2 - t1;
            extract += t3 - t2;
            map += t4 - t3;
            validate += t5 - t4;
        }
        double n = articles.size() * 1e6;
        double extractors = Math.max(0, extract - clean - annotate);
        return new StageTimes(clean / n, annotate / n, extractors / n, map / n, validate / n);
    }
}
