package org.w3id.vnkg.pipeline;

import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;

import org.w3id.vnkg.facts.DocumentFacts;
import org.w3id.vnkg.ingest.ArticleReader;
import org.w3id.vnkg.ingest.RawArticle;
import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.rdf.ShapesValidator;

/**
 * The per-article path shared by every way of building: read, extract, map, check with SHACL.
 * <pre>
 *   ArticleProcessor.Result r = processor.process(path);
 *   if (r.ok()) { store.replaceGraphs(Map.of(r.graphName(), r.graph())); } else { log(r.failure()); }
 * </pre>
 * A pure function of the article (and the shared reference data): safe to call from many threads and on
 * a distributed engine. It never throws for a bad article: the result carries the reason.
 */
public final class ArticleProcessor {
    private final ArticlePipeline pipeline;
    private final FactMapper mapper;
    private final ShapesValidator validator = new ShapesValidator();

    public ArticleProcessor(ArticlePipeline pipeline, FactMapper mapper) {
        this.pipeline = pipeline;
        this.mapper = mapper;
    }

    /**
     * The outcome for one article: its facts and graph, or the reason it cannot be loaded.
     *
     * @param file      the file name (the article's id)
     * @param facts     the extracted facts, or null on failure
     * @param graph     the article's graph, or null on failure
     * @param failure   why the article cannot be loaded, or null
     */
    public record Result(String file, DocumentFacts facts, Model graph, String failure) {
        public boolean ok() {
            return failure == null;
        }

        /** The named graph the article goes into. */
        public String graphName() {
            return IriMinter.articleGraph(file);
        }
    }

    /** Reads and processes a file. */
    public Result process(Path file) {
        String name = file.getFileName().toString();
        try {
            return process(ArticleReader.read(file));
        } catch (Exception | StackOverflowError e) {
            // The report names the file once; the reader's messages start with its path or name.
            String reason = reason(e).replace(file + ": ", "");
            return new Result(name, null, null, reason.startsWith(name + ": ") ? reason.substring(name.length() + 2) : reason);
        }
    }

    /**
     * Decodes and processes an article given as its file name and bytes, as a distributed job reads it
     * (a Spark binary file, a JSON line): the same checks as reading the file, then {@link #process(RawArticle)}.
     */
    public Result process(String fileName, byte[] bytes) {
        RawArticle raw;
        try {
            raw = ArticleReader.parse(fileName, bytes);
        } catch (Exception | StackOverflowError e) {
            return new Result(fileName, null, null, reason(e));
        }
        return process(raw);
    }

    /** Processes an article already read (from a file, a JSON line, a Spark row ...). */
    public Result process(RawArticle raw) {
        try {
            DocumentFacts facts = pipeline.extract(raw);
            Model graph = mapper.map(facts);
            String problems = validator.problems(graph);
            if (problems != null) {
                return new Result(raw.docId(), null, null, "graph fails the SHACL shapes: " + problems);
            }
            return new Result(raw.docId(), facts, graph, null);
        } catch (Exception | StackOverflowError e) {
            return new Result(raw.docId(), null, null, reason(e));
        }
    }

    private static String reason(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
