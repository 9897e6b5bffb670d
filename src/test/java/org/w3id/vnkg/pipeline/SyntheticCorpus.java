package org.w3id.vnkg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes corpora for build tests: small articles cut from the five articles of {@code corpus/sample}, each made
 * unique by a sentence of its own, and bad files of several kinds, each with the reason a build must give.
 * Small articles keep the real build path (read, extract, map, SHACL, load) fast enough for a unit test.
 */
public final class SyntheticCorpus {
    /** A bad file written into a corpus and a fragment of the reason the build must report for it. */
    public record Bad(String file, String reason) {
    }

    private static final Path SAMPLE = Path.of("corpus/sample");
    private final List<List<String>> samples = new ArrayList<>();

    public SyntheticCorpus() {
        try (var files = Files.list(SAMPLE)) {
            for (Path p : files.sorted().toList()) {
                List<String> paragraphs = new ArrayList<>();
                for (String para : Files.readString(p, StandardCharsets.UTF_8).split("\n")) {
                    if (!para.isBlank()) {
                        paragraphs.add(para.strip());
                    }
                }
                samples.add(paragraphs);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of good article number i: a title, a sentence of its own and three paragraphs of a sample. */
    public String article(int i) {
        List<String> s = samples.get(i % samples.size());
        StringBuilder b = new StringBuilder();
        b.append("Tỉnh ủy họp phiên thường kỳ số ").append(i).append("\n\n");
        b.append("Ngày ").append(1 + i % 28).append('/').append(1 + i % 12)
                .append("/2024, Ban Thường vụ Tỉnh ủy họp phiên thứ ").append(i).append(" để cho ý kiến về công tác cán bộ.\n\n");
        int start = 1 + (i / samples.size()) % Math.max(1, s.size() - 4);
        for (int k = start; k < Math.min(s.size(), start + 3); k++) {
            b.append(s.get(k)).append("\n\n");
        }
        return b.toString();
    }

    /** Writes good articles 0..count-1 as {@code prefix-NNNN.txt} (some as HTML) into a folder; returns their names. */
    public List<String> writeGood(Path dir, String prefix, int count) throws IOException {
        Files.createDirectories(dir);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = article(i);
            String name;
            if (i % 10 == 3) {
                name = String.format("%s-%04d.html", prefix, i);
                StringBuilder html = new StringBuilder("<html><head><title>t</title><script>var ads = 1;</script>"
                        + "<style>p { margin: 0 }</style></head><body><article>");
                for (String para : text.split("\n\n")) {
                    html.append("<p>").append(para.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
                }
                Files.writeString(dir.resolve(name), html.append("</article></body></html>"), StandardCharsets.UTF_8);
            } else if (i % 10 == 7) {
                name = String.format("%s-%04d.txt", prefix, i);
                Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_16LE));
            } else if (i % 10 == 9) {
                // one stray invalid byte in good UTF-8
                name = String.format("%s-%04d.txt", prefix, i);
                byte[] good = text.getBytes(StandardCharsets.UTF_8);
                byte[] bad = new byte[good.length + 1];
                int at = good.length / 2;
                while ((good[at] & 0xC0) == 0x80) {
                    at++;
                }
                System.arraycopy(good, 0, bad, 0, at);
                bad[at] = (byte) 0xFF;
                System.arraycopy(good, at, bad, at + 1, good.length - at);
                Files.write(dir.resolve(name), bad);
            } else {
                name = String.format("%s-%04d.txt", prefix, i);
                Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
            }
            names.add(name);
        }
        return names;
    }

    /** Writes count bad files of five kinds into a folder. */
    public List<Bad> writeBad(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        List<Bad> bad = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < count; i++) {
            Path f;
            String reason;
            switch (i % 5) {
                case 0 -> {
                    f = Files.write(dir.resolve(String.format("bad-empty-%03d.txt", i)), new byte[0]);
                    reason = "empty file";
                }
                case 1 -> {
                    byte[] noise = new byte[2048 + i];
                    random.nextBytes(noise);
                    f = Files.write(dir.resolve(String.format("bad-binary-%03d.txt", i)), noise);
                    reason = "binary content";
                }
                case 2 -> {
                    f = dir.resolve(String.format("bad-scripts-%03d.html", i));
                    Files.writeString(f, "<html><body><script>var a = '" + article(i).replace("\n", " ")
                            + "';</script><style>body{}</style></body></html>", StandardCharsets.UTF_8);
                    reason = "no text";
                }
                case 3 -> {
                    f = Files.writeString(dir.resolve(String.format("bad-blank-%03d.txt", i)), " \n\n\t \n");
                    reason = "no text";
                }
                default -> {
                    f = dir.resolve(String.format("bad-huge-%03d.txt", i));
                    Files.writeString(f, "Tỉnh ủy ".repeat(260_000), StandardCharsets.UTF_8);
                    reason = "more than the limit";
                }
            }
            bad.add(new Bad(f.getFileName().toString(), reason));
        }
        return bad;
    }
}
