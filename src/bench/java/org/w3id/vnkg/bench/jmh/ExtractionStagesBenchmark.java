package org.w3id.vnkg.bench.jmh;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import org.apache.jena.rdf.model.Model;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import org.w3id.vnkg.bench.ArticleGenerator;
import org.w3id.vnkg.extract.ArticleContext;
import org.w3id.vnkg.extract.DocDateResolver;
import org.w3id.vnkg.extract.FigureExtractor;
import org.w3id.vnkg.extract.MeetingExtractor;
import org.w3id.vnkg.extract.PostExtractor;
import org.w3id.vnkg.extract.ProvinceFinder;
import org.w3id.vnkg.facts.DocumentFacts;
import org.w3id.vnkg.ingest.ArticleReader;
import org.w3id.vnkg.ingest.RawArticle;
import org.w3id.vnkg.nlp.VnPipelineFactory;
import org.w3id.vnkg.normalize.Article;
import org.w3id.vnkg.normalize.ArticleCleaner;
import org.w3id.vnkg.pipeline.ArticlePipeline;
import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.rdf.ShapesValidator;

/**
 * Time per article of each stage of the extraction, on the same articles, so a slow stage shows: bare CoreNLP
 * tokenize+ssplit (the reference), clean, annotate (our CoreNLP pipeline), each extractor, the whole
 * {@link ArticlePipeline#extract}, map to RDF and the SHACL check. Each call handles the next article of
 * the set, so the score is a mean over the set. {@code corpus=generated}: 32 articles of {@code kg bench gen};
 * {@code corpus=sample}: the five sample articles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ExtractionStagesBenchmark {
    @Param({"generated", "sample"})
    public String corpus;

    private final List<RawArticle> raw = new ArrayList<>();
    private final List<Article> cleaned = new ArrayList<>();
    private final List<ArticleContext> contexts = new ArrayList<>();
    private final List<DocumentFacts> facts = new ArrayList<>();
    private final List<Model> graphs = new ArrayList<>();
    private int next;

    private StanfordCoreNLP tokenizer;
    private StanfordCoreNLP nlp;
    private ArticleCleaner cleaner;
    private DocDateResolver dates;
    private ProvinceFinder provinces;
    private PostExtractor posts;
    private MeetingExtractor meetings;
    private FigureExtractor figures;
    private ArticlePipeline pipeline;
    private FactMapper mapper;
    private ShapesValidator validator;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        if ("sample".equals(corpus)) {
            for (Path p : ArticleReader.listCorpus(Path.of("corpus/sample"))) {
                raw.add(ArticleReader.read(p));
            }
        } else {
            ArticleGenerator gen = new ArticleGenerator(42);
            for (int i = 0; i < 32; i++) {
                raw.add(new RawArticle(gen.fileName(i), gen.article(i), "txt"));
            }
        }
        Properties bare = new Properties();
        VnPipelineFactory.properties().forEach((k, v) -> {
            if (k.toString().startsWith("tokenize.") || k.toString().startsWith("ssplit.")) {
                bare.setProperty(k.toString(), v.toString());
            }
        });
        bare.setProperty("annotators", "tokenize,ssplit");
        tokenizer = new StanfordCoreNLP(bare);
        nlp = VnPipelineFactory.create();
        cleaner = new ArticleCleaner();
        dates = new DocDateResolver();
        provinces = new ProvinceFinder();
        posts = new PostExtractor();
        meetings = new MeetingExtractor();
        figures = new FigureExtractor();
        pipeline = new ArticlePipeline();
        mapper = new FactMapper("bench");
        validator = new ShapesValidator();
        for (RawArticle r : raw) {
            Article a = cleaner.clean(r);
            cleaned.add(a);
            CoreDocument doc = new CoreDocument(a.text());
            nlp.annotate(doc);
            contexts.add(new ArticleContext(a, doc, dates.resolve(a), provinces.mainProvince(a.text())));
            DocumentFacts f = pipeline.extract(r);
            facts.add(f);
            graphs.add(mapper.map(f));
        }
    }

    private int nextIndex() {
        int i = next;
        next = (next + 1) % raw.size();
        return i;
    }

    @Benchmark
    public Object tokenizeSsplitReference() {
        CoreDocument d = new CoreDocument(raw.get(nextIndex()).text());
        tokenizer.annotate(d);
        return d;
    }

    @Benchmark
    public Object clean() {
        return cleaner.clean(raw.get(nextIndex()));
    }

    @Benchmark
    public Object annotate() {
        CoreDocument d = new CoreDocument(cleaned.get(nextIndex()).text());
        nlp.annotate(d);
        return d;
    }

    @Benchmark
    public Object docDate() {
        return dates.resolve(cleaned.get(nextIndex()));
    }

    @Benchmark
    public Object mainProvince() {
        return provinces.mainProvince(cleaned.get(nextIndex()).text());
    }

    @Benchmark
    public Object postExtractor() {
        return posts.extract(contexts.get(nextIndex()));
    }

    @Benchmark
    public Object meetingExtractor() {
        return meetings.extract(contexts.get(nextIndex()));
    }

    @Benchmark
    public Object figureExtractor() {
        return figures.extract(contexts.get(nextIndex()));
    }

    @Benchmark
    public Object wholeExtract() {
        return pipeline.extract(raw.get(nextIndex()));
    }

    @Benchmark
    public Object mapToRdf() {
        return mapper.map(facts.get(nextIndex()));
    }

    @Benchmark
    public Object shaclValidate() {
        return validator.problems(graphs.get(nextIndex()));
    }
}
