package org.w3id.vnkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.w3id.vnkg.bench.ArticleGenerator;

/**
 * {@code kg bench gen --articles N --out DIR [--seed S] [--jsonl]}: writes N generated articles for scale tests, as
 * files in a folder or, with {@code --jsonl}, as one JSON-lines file {@code OUT} (the Spark job's input for large
 * corpora: a folder of 100k files costs Spark minutes to list).
 */
@Command(name = "gen", description = "Write N generated Vietnamese political news articles (for speed and scale "
        + "tests only, never for quality scores).")
final class BenchGenCommand implements Callable<Integer> {
    @Option(names = "--articles", paramLabel = "N", required = true, description = "How many articles.")
    int articles;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder to write them to (with --jsonl: the JSON-lines file).")
    Path out;

    @Option(names = "--seed", description = "Seed: the same seed gives the same articles (default ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--jsonl", description = "Write one JSON-lines file of {\"file\", \"text\"} objects instead of a folder.")
    boolean jsonLines;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (articles < 0) {
            throw new IllegalArgumentException("--articles must be >= 0");
        }
        ArticleGenerator gen = new ArticleGenerator(seed);
        long bytes = jsonLines ? gen.writeJsonLines(articles, out) : gen.write(articles, out);
        spec.commandLine().getOut().printf("%d articles, %d bytes written to %s%n", articles, bytes, out);
        return 0;
    }
}
