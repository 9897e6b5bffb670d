package org.w3id.vnkg.spark;

import java.io.IOException;

import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.hadoop.mapred.FileInputFormat;
import org.apache.hadoop.mapred.FileSplit;
import org.apache.hadoop.mapred.InputSplit;
import org.apache.hadoop.mapred.JobConf;
import org.apache.hadoop.mapred.RecordReader;
import org.apache.hadoop.mapred.Reporter;
import org.apache.hadoop.util.LineReader;

import org.w3id.vnkg.ingest.ArticleReader;

/**
 * Hadoop's text input with a limit on the length of a line that is kept: a longer line is still read past (it
 * is a record, so the line numbers stay right and the job can report it), but only its length is kept.
 * Hadoop's own {@code TextInputFormat} either holds a line of any length in memory (one line of gigabytes
 * takes the executor down) or, with {@code mapreduce.input.linerecordreader.line.maxlength}, drops long
 * lines without a trace.
 * <pre>
 *   sc.hadoopConfiguration().setLong(BoundedLineInputFormat.MAX_BYTES, 64L &lt;&lt; 20);
 *   sc.hadoopFile("articles.jsonl", BoundedLineInputFormat.class, LongWritable.class, Line.class, 8)
 *       .map(t -&gt; t._2().toBoundedLine());
 * </pre>
 * Keys are the byte offsets of the lines (in the uncompressed text). Splits follow Hadoop's rule: a split
 * reads every line that starts in it, to its end, and skips a first line that started in the split before.
 * Compressed files are read whole, in one split. Hadoop reuses one key and one value for all the records of a
 * split, so a value must be copied ({@link Line#toBoundedLine()}) before it is kept.
 */
public final class BoundedLineInputFormat extends FileInputFormat<LongWritable, BoundedLineInputFormat.Line> {
    /** The configuration key of the limit, in bytes; a longer line is returned cut. */
    public static final String MAX_BYTES = "vnkg.jsonl.max.line.bytes";
    /** LineReader counts consumed bytes in an int; stop one buffer short of its overflow check. */
    private static final int MAX_CONSUME = Integer.MAX_VALUE - (1 << 20);

    @Override
    protected boolean isSplitable(FileSystem fs, Path file) {
        return new CompressionCodecFactory(fs.getConf()).getCodec(file) == null;
    }

    @Override
    public RecordReader<LongWritable, Line> getRecordReader(InputSplit split, JobConf job, Reporter reporter)
            throws IOException {
        long max = job.getLong(MAX_BYTES, ArticleReader.MAX_BYTES);
        return new Reader((FileSplit) split, job, (int) Math.min(max, MAX_CONSUME - 1));
    }

    /** A line as read: mutable, as Hadoop's record readers fill the same value again for each record. */
    public static final class Line {
        private final Text text = new Text();
        private long length;
        private boolean cut;

        /** An immutable copy, which Spark may keep. */
        public BoundedLine toBoundedLine() {
            return new BoundedLine(cut ? null : text.copyBytes(), length);
        }
    }

    /** The lines of one split. */
    private static final class Reader implements RecordReader<LongWritable, Line> {
        private final LineReader in;
        private final int maxBytes;
        private final long start;
        private final long end;
        private long pos;

        Reader(FileSplit split, JobConf job, int maxBytes) throws IOException {
            this.maxBytes = maxBytes;
            Path file = split.getPath();
            CompressionCodec codec = new CompressionCodecFactory(job).getCodec(file);
            FSDataInputStream raw = file.getFileSystem(job).open(file);
            long first = split.getStart();
            if (codec != null) {
                in = new LineReader(codec.createInputStream(raw), job);
                end = Long.MAX_VALUE;
            } else {
                raw.seek(first);
                in = new LineReader(raw, job);
                end = first + split.getLength();
                if (first != 0) {
                    // The line under way at the split's start belongs to the split before, which reads it whole.
                    first += in.readLine(new Text(), 0, MAX_CONSUME);
                }
            }
            start = first;
            pos = first;
        }

        @Override
        public boolean next(LongWritable key, Line value) throws IOException {
            // A line that starts at the split's end is still this split's: the next one skips it.
            if (pos > end) {
                return false;
            }
            // Keeps at most maxBytes + 1 bytes, so a longer line shows as one; reads past the rest of it.
            int n = in.readLine(value.text, maxBytes + 1, MAX_CONSUME);
            if (n == 0) {
                return false;
            }
            key.set(pos);
            pos += n;
            value.length = n;
            value.cut = value.text.getLength() > maxBytes;
            return true;
        }

        @Override
        public LongWritable createKey() {
            return new LongWritable();
        }

        @Override
        public Line createValue() {
            return new Line();
        }

        @Override
        public long getPos() {
            return pos;
        }

        @Override
        public float getProgress() {
            return end == Long.MAX_VALUE || end == start ? 0f : Math.min(1f, (pos - start) / (float) (end - start));
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
