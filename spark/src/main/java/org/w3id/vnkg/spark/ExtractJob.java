package org.w3id.vnkg.spark;

import java.util.concurrent.Callable;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.w3id.vnkg.ingest.ArticleReader;

/**
 * The Spark job's entry point: kg build's extraction over a corpus on a Spark cluster, or on all cores here.
 * <pre>
 *   spark/run-local.sh --input corpus/sample --output out                 (local[*], this machine)
 *   spark-submit --class org.w3id.vnkg.spark.ExtractJob --master yarn vnkg-spark.jar \
 *       --input hdfs:///news/articles.jsonl --output hdfs:///news/kg-out
 *   kg load --bulk --store data/store out/quads
 * </pre>
 * The master comes from spark-submit; without one ({@code java -cp}), {@code --master} or {@code local[*]}.
 * Exit status as kg build's: 0 all loaded, 3 partial (some articles failed), 1 none loaded, 2 a usage error.
 */
@Command(name = "vnkg-spark", mixinStandardHelpOptions = true,
        description = "Extract a corpus with Spark into N-Quads (one named graph per article) and reports.")
public final class ExtractJob implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "A folder (or glob) of .txt/.html articles, or a JSON-lines file of {\"file\", \"text\"}.")
    String input;

    @Option(names = "--format", description = "auto (JSON lines for .jsonl/.ndjson), files or jsonl.")
    ArticleSource.Format format = ArticleSource.Format.AUTO;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "A new output folder.")
    String output;

    @Option(names = "--master", description = "The Spark master when not run by spark-submit (default local[*]).")
    String master;

    @Option(names = "--partitions", description = "Input partitions (default: Spark's default parallelism x 4).")
    int partitions;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Refuse an article file or JSON line of more than "
            + "N bytes, reported as a failure (default ${DEFAULT-VALUE}, kg build's limit).")
    long maxBytes = ArticleReader.MAX_BYTES;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the job and returns its exit status, without exiting: tests call this. */
    public static int run(String... args) {
        CommandLine cmd = new CommandLine(new ExtractJob()).setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (ex instanceof IllegalArgumentException) {
                line.getErr().println("vnkg-spark: " + ex.getMessage());
                return 2;
            }
            throw ex;
        });
        return cmd.execute(args);
    }

    @Override
    public Integer call() {
        // A line is read with an int buffer; a limit of a gigabyte is far above any article.
        if (maxBytes < 1 || maxBytes > 1L << 30) {
            throw new IllegalArgumentException("--max-bytes must be between 1 and " + (1L << 30) + ": " + maxBytes);
        }
        SparkConf conf = new SparkConf().setAppName("vnkg extract").setIfMissing("spark.master", "local[*]");
        if (master != null) {
            conf.setMaster(master);
        }
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            int n = partitions > 0 ? partitions : defaultPartitions(sc, input);
            ExtractionTotals totals = new SparkExtraction(sc).run(input, format, output, n, maxBytes);
            System.out.print(totals.summary());
            System.out.flush();
            return totals.exitCode();
        }
    }

    /** Input bytes per partition by default: a partition's outcomes (some 25 times its text as N-Quads) are
     * serialised whole before they can spill, so a 32 MB block of JSON lines per task ran a 4 GB executor out of
     * memory at 100k articles; 4 MB keeps a task's outcomes near 100 MB. */
    static final long BYTES_PER_PARTITION = 4L << 20;

    /**
     * Several partitions per core, to even out articles of very different lengths, and at least one per
     * {@link #BYTES_PER_PARTITION} of input, so that what one task holds does not grow with the corpus.
     */
    static int defaultPartitions(JavaSparkContext sc, String input) {
        long bytes;
        try {
            org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
            bytes = path.getFileSystem(sc.hadoopConfiguration()).getContentSummary(path).getLength();
        } catch (java.io.IOException e) {
            bytes = 0;   // the read itself reports a missing input, with its name
        }
        long bySize = (bytes + BYTES_PER_PARTITION - 1) / BYTES_PER_PARTITION;
        return (int) Math.min(Integer.MAX_VALUE, Math.max(sc.defaultParallelism() * 4L, bySize));
    }
}
