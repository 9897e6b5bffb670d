package org.w3id.vnkg.spark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

import org.w3id.vnkg.ingest.ArticleReader;

/**
 * Reads the job's input into {@link InputArticle}s: a folder of .txt/.html article files (read recursively,
 * as kg build does), or a JSON-lines file with one article a line:
 * <pre>
 *   {"file": "001_33591164b049cd22.txt", "text": "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ ..."}
 * </pre>
 * Paths are Hadoop paths: a local folder, {@code hdfs://...}, {@code s3a://...}, or a glob. A JSON line
 * that is not an object with string {@code file} and {@code text} becomes a failure named
 * {@code INPUT:LINE}, so it shows in the failure report instead of stopping the job.
 */
final class ArticleSource {
    /** How to read the input. AUTO: JSON lines for .jsonl/.ndjson (also gzipped), article files otherwise. */
    enum Format { AUTO, FILES, JSONL }

    private ArticleSource() {
    }

    static JavaRDD<InputArticle> read(JavaSparkContext sc, String path, Format format, int partitions) {
        Format f = format == Format.AUTO ? guess(path) : format;
        return f == Format.JSONL ? jsonLines(sc, path, partitions) : files(sc, path, partitions);
    }

    static Format guess(String path) {
        String p = path.toLowerCase(Locale.ROOT).replaceAll("\\.(gz|bz2)$", "");
        return p.endsWith(".jsonl") || p.endsWith(".ndjson") ? Format.JSONL : Format.FILES;
    }

    private static JavaRDD<InputArticle> files(JavaSparkContext sc, String path, int partitions) {
        // kg build reads sub-folders too; Hadoop lists only the top folder unless told to recurse.
        sc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        return sc.binaryFiles(path, partitions)
                .filter(t -> ArticleReader.isArticleFile(Path.of(fileName(t._1()))))
                .map(t -> new InputArticle(t._1(), fileName(t._1()), t._2().toArray(), null));
    }

    private static JavaRDD<InputArticle> jsonLines(JavaSparkContext sc, String path, int partitions) {
        String source = fileName(path);
        return sc.textFile(path, partitions).zipWithIndex()
                .filter(t -> !t._1().isBlank())
                .map(t -> parseLine(source, t._2() + 1, t._1()));
    }

    static InputArticle parseLine(String source, long lineNumber, String line) {
        String order = String.format("%012d", lineNumber);
        String where = source + ":" + lineNumber;
        JsonObject o;
        try {
            JsonElement e = JsonParser.parseString(line);
            if (!e.isJsonObject()) {
                return InputArticle.unreadable(order, where, "not a JSON object");
            }
            o = e.getAsJsonObject();
        } catch (RuntimeException e) {
            return InputArticle.unreadable(order, where, "malformed JSON: " + e.getMessage());
        }
        String file = string(o, "file");
        String text = string(o, "text");
        if (file == null || file.isBlank() || text == null) {
            return InputArticle.unreadable(order, file == null || file.isBlank() ? where : file,
                    "a JSON line needs string fields \"file\" and \"text\"");
        }
        return new InputArticle(order, fileName(file), text.getBytes(StandardCharsets.UTF_8), null);
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() ? e.getAsString() : null;
    }

    /** The last segment of a path or URI: the article's id, as kg build names it. */
    static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
