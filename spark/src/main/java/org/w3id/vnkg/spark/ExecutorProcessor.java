package org.w3id.vnkg.spark;

import org.w3id.vnkg.cli.Main;
import org.w3id.vnkg.pipeline.ArticlePipeline;
import org.w3id.vnkg.pipeline.ArticleProcessor;
import org.w3id.vnkg.rdf.FactMapper;

/**
 * The one {@link ArticleProcessor} of an executor JVM. A CoreNLP pipeline takes seconds and hundreds of MB
 * to build, so it is built once, on first use, and shared by every task (thread) of the executor, as kg
 * build shares one among its threads; Spark never ships it, since it is not serialisable.
 */
final class ExecutorProcessor {
    private ExecutorProcessor() {
    }

    static ArticleProcessor get() {
        return Holder.PROCESSOR;
    }

    /** The lazy holder idiom: the JVM builds PROCESSOR once, thread-safely, when get() is first called. */
    private static final class Holder {
        static final ArticleProcessor PROCESSOR =
                new ArticleProcessor(new ArticlePipeline(), new FactMapper(Main.version()));
    }
}
