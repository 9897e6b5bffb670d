package org.w3id.vnkg.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.apache.hadoop.io.LongWritable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;

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
 * <p>
 * No article is held whole before its size is checked: a file larger than {@code maxBytes} is refused from its
 * length (never read), a longer JSON line is read past without being kept ({@link BoundedLineInputFormat});
 * both become failures naming the file (or {@code INPUT:LINE}) and the limit, so one huge input can neither
 * fail the job nor take an executor's memory.
 */
final class ArticleSource {
    /** How to read the input. AUTO: JSON lines for .jsonl/.ndjson (also gzipped), article files otherwise. */
    enum Format { AUTO, FILES, JSONL }

    private ArticleSource() {
    }

    static JavaRDD<InputArticle> read(JavaSparkContext sc, String path, Format format, int partitions,
                                      long maxBytes) {
        Format f = format == Format.AUTO ? guess(path) : format;
        return f == Format.JSONL ? jsonLines(sc, path, partitions, maxBytes) : files(sc, path, partitions, maxBytes);
    }

    static Format guess(String path) {
        String p = path.toLowerCase(Locale.ROOT).replaceAll("\\.(gz|bz2)$", "");
        return p.endsWith(".jsonl") || p.endsWith(".ndjson") ? Format.JSONL : Format.FILES;
    }

    private static JavaRDD<InputArticle> files(JavaSparkContext sc, String path, int partitions, long maxBytes) {
        // kg build reads sub-folders too; Hadoop lists only the top folder unless told to recurse.
        sc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        return sc.binaryFiles(path, partitions)
                .filter(t -> ArticleReader.isArticleFile(Path.of(fileName(t._1()))))
                .map(t -> readFile(t._1(), t._2(), maxBytes));
    }

    /** The file's bytes, or a failure from its length alone when it is over the limit. */
    static InputArticle readFile(String path, PortableDataStream stream, long maxBytes) throws IOException {
        Path name = Path.of(fileName(path));
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(path);
        long length = file.getFileSystem(stream.getConfiguration()).getFileStatus(file).getLen();
        if (length > maxBytes) {
            return InputArticle.unreadable(path, name.toString(), tooLarge(length, maxBytes));
        }
        return new InputArticle(path, name.toString(), stream.toArray(), null);
    }

    private static JavaRDD<InputArticle> jsonLines(JavaSparkContext sc, String path, int partitions, long maxBytes) {
        String source = fileName(path);
        sc.hadoopConfiguration().setLong(BoundedLineInputFormat.MAX_BYTES, maxBytes);
        return sc.hadoopFile(path, BoundedLineInputFormat.class, LongWritable.class, BoundedLineInputFormat.Line.class,
                        partitions)
                .map(t -> t._2().toBoundedLine())
                .zipWithIndex()
                .filter(t -> t._1().cut() || !t._1().text().isBlank())
                .map(t -> parseLine(source, t._2() + 1, t._1(), maxBytes));
    }

    static InputArticle parseLine(String source, long lineNumber, BoundedLine line, long maxBytes) {
        String order = String.format("%012d", lineNumber);
        String where = source + ":" + lineNumber;
        if (line.cut()) {
            return InputArticle.unreadable(order, where, tooLarge(line.length(), maxBytes));
        }
        return parseLine(order, where, line.text());
    }

    static String tooLarge(long length, long maxBytes) {
        return length + " bytes, more than the limit of " + maxBytes + " for one article (--max-bytes)";
    }

    static InputArticle parseLine(String order, String where, String line) {
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
