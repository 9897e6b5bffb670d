package org.w3id.vnkg.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.mapred.FileInputFormat;
import org.apache.hadoop.mapred.InputSplit;
import org.apache.hadoop.mapred.JobConf;
import org.apache.hadoop.mapred.RecordReader;
import org.apache.hadoop.mapred.Reporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON-lines reader: every line comes back once, in order, whatever the splits; a line over the limit comes
 * back cut, with its length, and never held.
 */
class BoundedLineInputFormatTest {

    /** Reads a file as Spark would with {@code minPartitions} splits, split after split. */
    private static List<BoundedLine> read(Path file, long maxBytes, int splits) throws IOException {
        JobConf job = new JobConf();
        job.setLong(BoundedLineInputFormat.MAX_BYTES, maxBytes);
        FileInputFormat.setInputPaths(job, file.toUri().toString());
        BoundedLineInputFormat format = new BoundedLineInputFormat();
        List<BoundedLine> lines = new ArrayList<>();
        for (InputSplit split : format.getSplits(job, splits)) {
            RecordReader<LongWritable, BoundedLineInputFormat.Line> reader =
                    format.getRecordReader(split, job, Reporter.NULL);
            LongWritable key = reader.createKey();
            BoundedLineInputFormat.Line value = reader.createValue();
            while (reader.next(key, value)) {
                lines.add(value.toBoundedLine());
            }
            reader.close();
        }
        return lines;
    }

    private static List<String> texts(List<BoundedLine> lines) {
        return lines.stream().map(l -> l.cut() ? "<cut " + l.length() + ">" : l.text()).toList();
    }

    @Test
    void everyLineComesBackOnceInOrderWhateverTheSplits(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            // Lengths from 0 to some 600 bytes, Vietnamese in UTF-8, so boundaries fall everywhere.
            lines.add(i + " Bí thư Tỉnh ủy ".repeat(i % 37));
        }
        Path file = dir.resolve("lines.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);

        for (int splits : new int[] {1, 2, 7, 64}) {
            assertThat(texts(read(file, 1 << 20, splits))).as("%d splits", splits).isEqualTo(lines);
        }
    }

    @Test
    void aLineOverTheLimitComesBackCutWithItsLength(@TempDir Path dir) throws IOException {
        String big = "x".repeat(5_000);
        Path file = dir.resolve("lines.jsonl");
        Files.writeString(file, "a\r\n" + big + "\r\nb\n" + "y".repeat(1_000) + "\n" + "z".repeat(1_001), StandardCharsets.UTF_8);

        for (int splits : new int[] {1, 3, 9}) {
            assertThat(texts(read(file, 1_000, splits))).as("%d splits", splits)
                    .containsExactly("a", "<cut 5002>", "b", "y".repeat(1_000), "<cut 1001>");
        }
    }

    @Test
    void aGzippedFileIsReadWholeAndDecompressed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("lines.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("Hội nghị\n\nlần thứ 9\n".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(texts(read(file, 1_000, 4))).containsExactly("Hội nghị", "", "lần thứ 9");
    }
}
